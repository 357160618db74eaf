"""
Health checks, the JSON error pages and /docs. /openapi.json is drf-spectacular's view
(app/urls.py; the shared parts of the document are in app/core/schema.py).
"""

import logging
from typing import Any

from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework import serializers
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from app.core.errors import error_response

logger = logging.getLogger(__name__)


def _status_body(name: str, *fields: str) -> Any:
    return inline_serializer(name, {field: serializers.CharField() for field in fields})


@extend_schema(responses={200: _status_body("Health", "status")})
@api_view(["GET"])
@authentication_classes([])
@permission_classes([AllowAny])
def health(request: Request) -> Response:
    """Liveness: the process answers. No database call, so it is cheap to poll often."""
    return Response({"status": "ok"})


@extend_schema(
    responses={
        200: _status_body("Readiness", "status", "database"),
        503: OpenApiResponse(
            _status_body("Unready", "status", "database"), "The database is unreachable."
        ),
    }
)
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


class SwaggerUIView(SpectacularSwaggerSplitView):
    """
    drf-spectacular's Swagger UI (its start script is /docs?script), without creating a CSRF
    secret for the visitor. The script embeds a CSRF token for "Try it out" writes; Django's
    get_token() would make a new secret for a visitor without one, which means a new session
    row (CSRF_USE_SESSIONS) or a CSRF cookie for every anonymous visit. So the script gets a
    token only when the visitor already has a secret (CsrfViewMiddleware puts it in
    request.META["CSRF_COOKIE"], as get_token() reads it), else none: a token made before
    logging in would be replaced by the login anyway.
    """

    @extend_schema(exclude=True)
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # drf-spectacular's views have no type annotations.
        response: Response = super().get(request, *args, **kwargs)  # type: ignore[no-untyped-call]
        if isinstance(response.data, dict) and "CSRF_COOKIE" not in request.META:
            # Over the template context's lazy csrf_token, which would call get_token().
            response.data["csrf_token"] = ""
        return response


@csrf_exempt  # any method, any path: a 404, never Django's CSRF page
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
