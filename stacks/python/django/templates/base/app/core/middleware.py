"""Middleware of this app (the order is in settings.MIDDLEWARE)."""

import logging
import time
from collections.abc import Callable

from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase

from app.core.errors import error_response

logger = logging.getLogger("app.request")

Handler = Callable[[HttpRequest], HttpResponseBase]

# The API only ever answers JSON: nothing may load, frame or run.
API_CSP = "default-src 'none'; frame-ancestors 'none'"
# Swagger UI at /docs: its scripts and styles from this app only (it sets inline styles and
# shows data: images), and it fetches /openapi.json.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
)
# Django's admin site (auth projects): its own scripts, styles and images, and its forms.
ADMIN_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"
)


class RequestLogMiddleware:
    """One structured log line per request: method, path, status and duration."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        response = self.get_response(request)
        status = response.status_code
        logger.log(
            logging.ERROR if status >= 500 else logging.INFO,
            "%s %s %s",
            request.method,
            request.path,
            status,
            extra={
                "method": request.method,
                "path": request.path,
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "remote_addr": request.META.get("REMOTE_ADDR"),
            },
        )
        return response


class SecurityHeadersMiddleware:
    """
    Headers Django's SecurityMiddleware does not set: a Content-Security-Policy (the API's, or
    the explorer's at /docs), Cross-Origin-Resource-Policy, and Cache-Control: no-store on the API.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if request.path == "/docs":
            csp = DOCS_CSP
        elif request.path.startswith("/admin/"):
            csp = ADMIN_CSP
        else:
            csp = API_CSP
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if request.path.startswith("/api/"):
            # API answers are per user (and login's carry credentials): never cached.
            response.headers.setdefault("Cache-Control", "no-store")
        return response


class JsonErrorMiddleware:
    """
    Exceptions that escape a plain Django view become the API spec's 500 body (logged with
    their traceback), also with DEBUG on, where Django would otherwise render an HTML page.
    DRF views handle their own errors in app.core.errors.exception_handler.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse:
        if isinstance(exception, Http404):
            return error_response(404, "Not found")
        if isinstance(exception, PermissionDenied):
            return error_response(403, "Forbidden")
        if isinstance(exception, RequestDataTooBig):
            return error_response(413, "The request body is too large")
        if isinstance(exception, SuspiciousOperation):
            return error_response(400, "Bad request")
        logger.error(
            "unhandled exception on %s %s", request.method, request.path, exc_info=exception
        )
        return error_response(500, "Internal server error")
