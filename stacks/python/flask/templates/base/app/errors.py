"""One error body for every failure: {"error": {"code", "message", "details"?}}.

Views raise ApiError subclasses; Flask's own HTTP errors (unknown route, wrong method, body too
large) and unexpected exceptions are turned into the same shape here. A 500 is logged with its
traceback but answers only a generic message: no stack trace or SQL ever reaches the client.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

logger = logging.getLogger(__name__)

Detail = dict[str, str]

# Flask/werkzeug statuses -> the API spec's codes and plain messages.
HTTP_ERRORS: dict[int, tuple[str, str]] = {
    400: ("bad_request", "The request could not be understood."),
    401: ("unauthorized", "Authentication is required."),
    403: ("forbidden", "You are not allowed to do this."),
    404: ("not_found", "The requested resource was not found."),
    405: ("method_not_allowed", "This method is not allowed on this resource."),
    409: ("conflict", "The request conflicts with the current state."),
    413: ("payload_too_large", "The request body is too large."),
    415: ("unsupported_media_type", "The request body must be JSON."),
    422: ("validation_failed", "The request is invalid."),
    429: ("rate_limited", "Too many requests."),
}


class ApiError(Exception):
    """An error the client caused; subclasses fix the status and code."""

    status = 500
    code = "internal"
    message = "Something went wrong on our side."

    def __init__(
        self,
        message: str | None = None,
        *,
        details: list[Detail] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message or self.message)
        self.message = message or self.message
        self.details = details
        self.headers = dict(headers or {})


class BadRequest(ApiError):
    status, code, message = 400, "bad_request", "The request could not be understood."


class Unauthorized(ApiError):
    status, code, message = 401, "unauthorized", "Authentication is required."


class Forbidden(ApiError):
    status, code, message = 403, "forbidden", "You are not allowed to do this."


class NotFound(ApiError):
    status, code, message = 404, "not_found", "The requested resource was not found."


class Conflict(ApiError):
    status, code, message = 409, "conflict", "The request conflicts with the current state."


class UnsupportedMediaType(ApiError):
    status, code, message = 415, "unsupported_media_type", "The request body must be JSON."


class ValidationFailed(ApiError):
    status, code, message = 422, "validation_failed", "The request is invalid."

    def __init__(self, details: list[Detail], message: str | None = None) -> None:
        super().__init__(message, details=details)


class RateLimited(ApiError):
    status, code, message = 429, "rate_limited", "Too many attempts: try again later."

    def __init__(self, retry_after: int) -> None:
        super().__init__(headers={"Retry-After": str(retry_after)})


def error_response(
    status: int,
    code: str,
    message: str,
    details: list[Detail] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    error: dict[str, object] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    response = jsonify({"error": error})
    response.status_code = status
    response.headers.update(headers or {})
    return response


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def api_error(error: ApiError) -> Response:
        return error_response(error.status, error.code, error.message, error.details, error.headers)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        status = error.code or 500
        fallback = (error.name.lower().replace(" ", "_"), f"{error.name}.")
        code, message = HTTP_ERRORS.get(status, fallback)
        # Keep the Allow header of a 405; drop werkzeug's HTML Content-Type.
        headers = {name: value for name, value in error.get_headers() if name == "Allow"}
        return error_response(status, code, message, headers=headers)

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception) -> Response:
        logger.exception("unhandled error", exc_info=error)
        return error_response(500, ApiError.code, ApiError.message)
