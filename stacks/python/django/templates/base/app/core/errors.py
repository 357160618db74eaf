"""
The one error body of the API, `{"error": {"code", "message", "details"?}}`, and the DRF
exception handler (settings.REST_FRAMEWORK["EXCEPTION_HANDLER"]) that turns every exception
raised in a view into it. Clients never see a stack trace or SQL; unexpected errors are logged
with their traceback and answered with a bare 500.
"""

import logging
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import set_rollback

logger = logging.getLogger(__name__)

# The error codes of the API spec, by HTTP status. 405 is outside the API spec's list: it
# answers a known path called with a method it does not have.
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    429: "rate_limited",
    500: "internal",
}

Details = list[dict[str, str]]


def error_body(status_code: int, message: str, details: Details | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": CODES.get(status_code, "internal"), "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


def error_response(status_code: int, message: str) -> JsonResponse:
    """The error body for plain Django views (404 for unknown routes, 500, ...)."""
    return JsonResponse(error_body(status_code, message), status=status_code)


class ApiError(exceptions.APIException):
    """An error a view raises on purpose; the status picks the API spec's code."""


class Conflict(ApiError):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The resource already exists"


class RateLimited(ApiError):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_detail = "Too many attempts, try again later"

    def __init__(self, retry_after: int) -> None:
        super().__init__()
        self.retry_after = retry_after


def validation_details(detail: Any, field: str = "") -> Details:
    """
    DRF's nested error structure as a flat list of {field, message}. Field names are the
    API's (camelCase); errors about the body as a whole are reported on the field "body".
    """
    if isinstance(detail, dict):
        out: Details = []
        for key, value in detail.items():
            name = "body" if key == api_settings.NON_FIELD_ERRORS_KEY else str(key)
            out.extend(validation_details(value, f"{field}.{name}" if field else name))
        return out
    if isinstance(detail, list):
        return [entry for item in detail for entry in validation_details(item, field)]
    return [{"field": field or "body", "message": str(detail)}]


def _message(exc: exceptions.APIException) -> str:
    detail: Any = exc.detail
    if isinstance(detail, dict) and isinstance(detail.get("detail"), str):
        return str(detail["detail"])  # simplejwt's errors: {"detail", "code", "messages"}
    return detail if isinstance(detail, str) else "Request failed"


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    headers: dict[str, str] = {}
    if isinstance(exc, exceptions.ValidationError):
        status_code, message = 422, "The request is not valid"
        body = error_body(status_code, message, validation_details(exc.detail))
    else:
        if isinstance(exc, (Http404, exceptions.NotFound)):
            status_code, message = 404, "Not found"
        elif isinstance(exc, (exceptions.NotAuthenticated, exceptions.AuthenticationFailed)):
            # DRF turns these into 403 when no authentication class names a scheme; the
            # API spec says 401 for every missing or bad credential.
            status_code, message = 401, _message(exc)
            auth_header = getattr(exc, "auth_header", None)
            if auth_header:
                headers["WWW-Authenticate"] = str(auth_header)
        elif isinstance(exc, (exceptions.PermissionDenied, DjangoPermissionDenied)):
            status_code, message = 403, str(getattr(exc, "detail", "")) or "Forbidden"
        elif isinstance(exc, exceptions.ParseError):
            status_code, message = 400, "The request body is not valid JSON"
        elif isinstance(exc, exceptions.UnsupportedMediaType):
            status_code, message = (
                415,
                "The request body must be JSON (Content-Type: application/json)",
            )
        elif isinstance(exc, RequestDataTooBig):  # a body over DATA_UPLOAD_MAX_MEMORY_SIZE
            status_code, message = 413, "The request body is too large"
        elif isinstance(exc, SuspiciousOperation):
            status_code, message = 400, "Bad request"
        elif isinstance(exc, exceptions.MethodNotAllowed):
            status_code, message = 405, _message(exc)
        elif isinstance(exc, RateLimited):
            status_code, message = 429, _message(exc)
            headers["Retry-After"] = str(exc.retry_after)
        elif isinstance(exc, exceptions.APIException) and exc.status_code in CODES:
            status_code, message = exc.status_code, _message(exc)
        else:
            logger.error("unhandled exception in %s", context.get("view"), exc_info=exc)
            status_code, message = 500, "Internal server error"
        body = error_body(status_code, message)
    set_rollback()
    return Response(body, status=status_code, headers=headers)
