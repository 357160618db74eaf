"""
Access tokens through djangorestframework-simplejwt (settings.SIMPLE_JWT): JWTs signed with
HS256 and JWT_SECRET, carrying sub (the user id), iat, exp, jti and token_type. Verifying
accepts HS256 only (so unsigned, alg "none" or re-labelled tokens fail) and requires exp and
token_type "access". There are no refresh tokens: a client logs in again when its token expires.
"""

from rest_framework_simplejwt.tokens import AccessToken

from app.accounts.models import User


def issue(user: User) -> str:
    return str(AccessToken.for_user(user))
