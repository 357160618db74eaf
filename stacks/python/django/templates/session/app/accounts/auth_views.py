"""POST /api/v1/auth/login and /logout: a server-side session in an HttpOnly cookie."""

from typing import Any

from django.conf import settings
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from app.accounts import sessions
from app.accounts.login import authenticate_credentials
from app.accounts.models import Session
from app.accounts.serializers import LoginSerializer, UserSerializer
from app.core.schema import error


class SessionSerializer(serializers.Serializer[Any]):
    """The body of a successful login (the session itself is in the cookie)."""

    user = UserSerializer()
    csrfToken = serializers.CharField(  # noqa: N815
        help_text="Send it as the X-CSRF-Token header on every state-changing request."
    )


@extend_schema(
    request=LoginSerializer,
    responses={
        200: SessionSerializer,
        401: error("Wrong email or password."),
        429: error("Too many failed logins: wait Retry-After seconds."),
    },
)
@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def login(request: Request) -> Response:
    user = authenticate_credentials(request)
    previous = request.COOKIES.get(sessions.COOKIE_NAME)
    if previous:  # a new login replaces the browser's old session
        sessions.end(previous, settings.SESSION_SECRET)
    ttl = settings.SESSION_TTL_SECONDS
    session_id, session = sessions.start(user, settings.SESSION_SECRET, ttl)
    response = Response({"user": UserSerializer(user).data, "csrfToken": session.csrf_token})
    response.set_cookie(
        sessions.COOKIE_NAME,
        session_id,
        max_age=ttl,
        path="/",
        httponly=True,  # invisible to JavaScript
        samesite="Lax",  # not sent with cross-site POSTs
        secure=settings.AUTH_COOKIE_SECURE,  # HTTPS only, outside development and test
    )
    return response


@extend_schema(request=None, responses={204: OpenApiResponse(description="Logged out.")})
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def logout(request: Request) -> Response:
    """204; the session row is deleted, so the cookie no longer works even if replayed."""
    if isinstance(request.auth, Session):
        request.auth.delete()
    response = Response(status=status.HTTP_204_NO_CONTENT)
    response.delete_cookie(sessions.COOKIE_NAME, path="/", samesite="Lax")
    return response
