"""
POST /api/v1/auth/login and /logout: Django's login() and logout() on the session framework.
The session is stored server side (django_session) with its expiry; the cookie holds only its
random key (HttpOnly, SameSite=Lax, Secure in production: settings.py).
"""

from typing import Any

from django.contrib import auth
from django.middleware.csrf import get_token
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from app.accounts.login import authenticate_credentials
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
    # A new session key (the browser's old session ends) and a new CSRF secret in it.
    auth.login(request._request, user)
    csrf_token = get_token(request._request)  # masked: a different string on every login
    return Response({"user": UserSerializer(user).data, "csrfToken": csrf_token})


@extend_schema(request=None, responses={204: OpenApiResponse(description="Logged out.")})
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def logout(request: Request) -> Response:
    """204; the session row is deleted, so the cookie no longer works even if replayed."""
    auth.logout(request._request)
    return Response(status=status.HTTP_204_NO_CONTENT)
