"""`Authorization: Bearer <JWT>`, by simplejwt's DRF authentication (settings.REST_FRAMEWORK)."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken
from rest_framework_simplejwt.tokens import Token


class BearerTokenAuthentication(JWTAuthentication):
    """
    simplejwt's JWTAuthentication; a token whose sub is not a UUID (signed with JWT_SECRET, yet
    not issued by this app) is a 401 like any other invalid token, not a database error.
    """

    www_authenticate_realm = "api"

    def get_user(self, validated_token: Token) -> AbstractBaseUser:  # type: ignore[override]
        try:
            return super().get_user(validated_token)
        except ValidationError as exc:
            raise InvalidToken("Invalid or expired token") from exc


class BearerTokenScheme(SimpleJWTScheme):  # type: ignore[no-untyped-call]
    """How /openapi.json describes it: drf-spectacular's simplejwt scheme, named bearerAuth."""

    target_class = "app.accounts.authentication.BearerTokenAuthentication"
    name = "bearerAuth"
