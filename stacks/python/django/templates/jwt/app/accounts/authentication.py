"""
`Authorization: Bearer <JWT>` (the scheme in any case), by simplejwt's DRF authentication
(settings.REST_FRAMEWORK).
"""

import uuid

from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from rest_framework_simplejwt.authentication import JWTStatelessUserAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken
from rest_framework_simplejwt.models import TokenUser
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import Token


class BearerTokenAuthentication(JWTStatelessUserAuthentication):
    """
    simplejwt's stateless authentication: the verified token is the caller (request.user is a
    TokenUser holding its claims), so a request costs no database read for its user. The
    signature proves the claims and tokens live an hour; the views that need the account
    itself read it (app.accounts.models.current_user, a 401 once it is gone). A token whose
    sub is not a UUID (signed with JWT_SECRET, yet not issued by this app) is a 401 too.
    """

    www_authenticate_realm = "api"

    def get_raw_token(self, header: bytes) -> bytes | None:
        # RFC 9110 (11.1): the scheme is case-insensitive, so `bearer <JWT>` is accepted too;
        # simplejwt compares it with AUTH_HEADER_TYPES exactly. Only the scheme is rewritten:
        # simplejwt still refuses a header with anything but one token after it.
        parts = header.split(maxsplit=1)
        if parts and parts[0].lower() == b"bearer":
            header = b" ".join([b"Bearer", *parts[1:]])
        return super().get_raw_token(header)

    def get_user(self, validated_token: Token) -> TokenUser:  # type: ignore[override]
        try:
            uuid.UUID(str(validated_token.get(api_settings.USER_ID_CLAIM)))
        except ValueError as exc:
            raise InvalidToken("Invalid or expired token") from exc
        return TokenUser(validated_token)


class BearerTokenScheme(SimpleJWTScheme):  # type: ignore[no-untyped-call]
    """How /openapi.json describes it: drf-spectacular's simplejwt scheme, named bearerAuth."""

    target_class = "app.accounts.authentication.BearerTokenAuthentication"
    name = "bearerAuth"
