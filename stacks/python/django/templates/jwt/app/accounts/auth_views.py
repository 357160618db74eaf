"""POST /api/v1/auth/login: credentials in, a bearer token out."""

from typing import Any

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from app.accounts import tokens
from app.accounts.login import authenticate_credentials
from app.accounts.serializers import LoginSerializer, UserSerializer
from app.core.schema import error


class TokenSerializer(serializers.Serializer[Any]):
    """The body of a successful login."""

    accessToken = serializers.CharField(help_text="A JWT signed with HS256.")  # noqa: N815
    tokenType = serializers.ChoiceField(choices=["Bearer"])  # noqa: N815
    expiresIn = serializers.IntegerField(help_text="Seconds until it expires.")  # noqa: N815
    user = UserSerializer()


@extend_schema(
    request=LoginSerializer,
    responses={
        200: TokenSerializer,
        401: error("Wrong email or password."),
        429: error("Too many failed logins: wait Retry-After seconds."),
    },
)
@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def login(request: Request) -> Response:
    user = authenticate_credentials(request)
    ttl = settings.JWT_TTL_SECONDS
    return Response(
        {
            "accessToken": tokens.issue(user),
            "tokenType": "Bearer",
            "expiresIn": ttl,
            "user": UserSerializer(user).data,
        }
    )
