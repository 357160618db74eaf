"""Health checks, the OpenAPI document and its explorer, and the JSON error pages."""

import base64
import hashlib
import logging
from functools import cache
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from app.core.errors import error_response

logger = logging.getLogger(__name__)


@api_view(["GET"])
@authentication_classes([])
@permission_classes([AllowAny])
def health(request: Request) -> Response:
    """Liveness: the process answers. No database call, so it is cheap to poll often."""
    return Response({"status": "ok"})


@api_view(["GET"])
@authentication_classes([])
@permission_classes([AllowAny])
def ready(request: Request) -> Response:
    """Readiness: the database answers. Orchestrators stop routing traffic on 503."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("readiness check failed", exc_info=True)
        return Response({"status": "unavailable", "database": "unavailable"}, status=503)
    return Response({"status": "ok", "database": "ok"})


def _get_only() -> JsonResponse:
    response = error_response(405, "Method not allowed")
    response["Allow"] = "GET, HEAD"
    return response


@cache
def _openapi_document() -> bytes:
    return (settings.BASE_DIR / "openapi.json").read_bytes()


def openapi_document(request: HttpRequest) -> HttpResponse:
    """
    The project's openapi.json (the API contract), byte for byte. No schema generator such as
    drf-spectacular: a document generated from the code would differ from the API spec in
    wording and structure, and two sources of truth drift apart. The API spec is the source;
    the tests check the code against it.
    """
    if request.method not in ("GET", "HEAD"):
        return _get_only()
    return HttpResponse(_openapi_document(), content_type="application/json")


# Swagger UI comes from a CDN (jsDelivr, pinned version) to keep the Python image free of
# front-end assets; the Content-Security-Policy below allows exactly that origin and the one
# inline script (by its hash). Without network access /docs is blank; /openapi.json still works.
SWAGGER_UI = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.35.0"
DOCS_SCRIPT = (
    'window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", '
    "validatorUrl: null });"
)
DOCS_PAGE = f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>API explorer</title>
    <link rel="stylesheet" href="{SWAGGER_UI}/swagger-ui.css">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="{SWAGGER_UI}/swagger-ui-bundle.js"></script>
    <script>{DOCS_SCRIPT}</script>
  </body>
</html>
"""
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(DOCS_SCRIPT.encode()).digest()).decode()
DOCS_CSP = (
    "default-src 'none'; "
    f"script-src https://cdn.jsdelivr.net 'sha256-{_SCRIPT_HASH}'; "
    "style-src https://cdn.jsdelivr.net 'unsafe-inline'; "
    "img-src 'self' data: https://cdn.jsdelivr.net; "
    "connect-src 'self'; "
    "frame-ancestors 'none'"
)


def docs(request: HttpRequest) -> HttpResponse:
    """An interactive explorer (Swagger UI) for /openapi.json."""
    if request.method not in ("GET", "HEAD"):
        return _get_only()
    response = HttpResponse(DOCS_PAGE, content_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = DOCS_CSP
    return response


def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """The last URL pattern: every path no other pattern matched, with any method."""
    return error_response(404, f"No route for {request.method} {request.path}")


# Django's error views (settings.DEBUG off), in the API spec's body.
def bad_request(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return error_response(400, "Bad request")


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return error_response(403, "Forbidden")


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return error_response(404, "Not found")


def server_error(request: HttpRequest) -> JsonResponse:
    return error_response(500, "Internal server error")
