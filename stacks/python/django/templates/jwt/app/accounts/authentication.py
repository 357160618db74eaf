"""DRF authentication with `Authorization: Bearer <JWT>` (settings.REST_FRAMEWORK)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.plumbing import build_bearer_security_scheme_object
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from app.accounts import tokens
from app.accounts.models import User


class BearerTokenAuthentication(BaseAuthentication):
    def authenticate(self, request: Request) -> tuple[User, str] | None:
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header:
            return None  # no credentials: IsAuthenticated answers 401
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token or " " in token:
            raise AuthenticationFailed("Expected Authorization: Bearer <token>")
        try:
            user_id = tokens.verify(token, settings.JWT_SECRET)
            user = User.objects.filter(pk=user_id).first()
        except (tokens.InvalidToken, ValidationError) as exc:
            raise AuthenticationFailed("Invalid or expired token") from exc
        if user is None:
            raise AuthenticationFailed("Invalid or expired token")
        return user, token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class BearerTokenScheme(OpenApiAuthenticationExtension):  # type: ignore[no-untyped-call]
    """How /openapi.json describes BearerTokenAuthentication (drf-spectacular finds it here)."""

    target_class = BearerTokenAuthentication
    name = "bearerAuth"

    def get_security_definition(self, auto_schema: object) -> dict[str, str]:
        return build_bearer_security_scheme_object("Authorization", "Bearer", "JWT")
