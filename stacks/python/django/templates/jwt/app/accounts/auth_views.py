"""POST /api/v1/auth/login: credentials in, a bearer token out."""

from django.conf import settings
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from app.accounts import tokens
from app.accounts.login import authenticate_credentials
from app.accounts.serializers import UserSerializer


@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def login(request: Request) -> Response:
    user = authenticate_credentials(request)
    ttl = settings.JWT_TTL_SECONDS
    return Response(
        {
            "accessToken": tokens.issue(str(user.pk), settings.JWT_SECRET, ttl),
            "tokenType": "Bearer",
            "expiresIn": ttl,
            "user": UserSerializer(user).data,
        }
    )
