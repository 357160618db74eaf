"""The one error body: {"error": {"code", "message", "details"?}}.

Everything that goes wrong while handling a request ends here: errors the app raises on
purpose (ApiError), request validation (422, or 400 for malformed JSON), unknown routes and
methods (404). Unexpected exceptions become a bare 500 in app.middleware; clients never see a
traceback or SQL, the log gets the details.
"""

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

# Where FastAPI says a value came from; the field name follows it.
_SOURCES = frozenset({"body", "query", "path", "header", "cookie"})

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    429: "rate_limited",
}


class ApiError(Exception):
    """An error with an HTTP status and a stable code, raised anywhere in a request."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def bad_request(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def unauthorized(message: str = "Authentication required") -> ApiError:
    return ApiError(401, "unauthorized", message)


def forbidden(message: str = "You are not allowed to do this") -> ApiError:
    return ApiError(403, "forbidden", message)


def not_found(message: str = "Resource not found") -> ApiError:
    return ApiError(404, "not_found", message)


def conflict(message: str) -> ApiError:
    return ApiError(409, "conflict", message)


def rate_limited(message: str, retry_after_seconds: int) -> ApiError:
    return ApiError(429, "rate_limited", message, {"Retry-After": str(retry_after_seconds)})


def error_body(
    code: str, message: str, details: list[dict[str, str]] | None = None
) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


def field_name(loc: Sequence[str | int]) -> str:
    """Where pydantic says the problem is, as the client named it.

    ("body", "dueDate") -> "dueDate", ("query", "pageSize") -> "pageSize", ("body",) -> "body".
    """
    parts = list(loc)
    if len(parts) > 1 and parts[0] in _SOURCES:
        parts = parts[1:]
    return ".".join(str(part) for part in parts) or "body"


def validation_details(errors: Sequence[Any]) -> list[dict[str, str]]:
    """Pydantic's errors as [{field, message}], one entry per problem."""
    details = []
    for error in errors:
        message = str(error.get("msg", "Invalid value"))
        # Messages of ValueErrors raised in validators carry this prefix; it adds nothing.
        message = message.removeprefix("Value error, ")
        details.append({"field": field_name(error.get("loc", ())), "message": message})
    return details


def _is_malformed_json(errors: Sequence[Any]) -> bool:
    return any(error.get("type") == "json_invalid" for error in errors)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message), exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if _is_malformed_json(errors):
            return JSONResponse(error_body("bad_request", "Request body is not valid JSON"), 400)
        details = validation_details(errors)
        return JSONResponse(error_body("validation_failed", "The request is invalid", details), 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # Routing raises 404 for an unknown path and 405 for a known path with another method:
        # both are "no such route" in this API's spec (openapi.json).
        if exc.status_code in (404, 405):
            message = f"No route for {request.method} {request.url.path}"
            return JSONResponse(error_body("not_found", message), 404)
        fallback = "internal" if exc.status_code >= 500 else "bad_request"
        code = _CODES.get(exc.status_code, fallback)
        return JSONResponse(error_body(code, str(exc.detail)), exc.status_code, exc.headers)
