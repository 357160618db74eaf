"""Access tokens: JWTs signed with HMAC-SHA256 (HS256) and JWT_SECRET, by Flask-JWT-Extended.

Its error callbacks are replaced so that every bad token answers the API's own error body,
401 {"error": {"code": "unauthorized", ...}}: the extension's default is {"msg": ...}, and 422
for a malformed token.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from flask import Flask, Response
from flask_jwt_extended import JWTManager, create_access_token

from app.errors import Unauthorized, error_response

TOKEN_TTL = timedelta(hours=1)
ALGORITHM = "HS256"
MISSING = "Send an Authorization: Bearer <token> header."
INVALID = "The token is invalid or has expired."

jwt = JWTManager()


def init_app(app: Flask, secret: str) -> None:
    app.config.update(
        JWT_SECRET_KEY=secret,
        JWT_ALGORITHM=ALGORITHM,
        # Only HS256 is accepted: "alg": "none" or any other algorithm in the header is refused.
        JWT_DECODE_ALGORITHMS=[ALGORITHM],
        JWT_TOKEN_LOCATION=["headers"],
        JWT_ACCESS_TOKEN_EXPIRES=TOKEN_TTL,
    )
    jwt.init_app(app)


def issue_token(user_id: uuid.UUID) -> str:
    """A signed access token for the user (claims sub, iat, exp, plus the extension's jti...)."""
    return str(create_access_token(identity=str(user_id)))


def _unauthorized(message: str) -> Response:
    return error_response(Unauthorized.status, Unauthorized.code, message)


@jwt.unauthorized_loader
def _missing_token(_reason: str) -> Response:
    return _unauthorized(MISSING)


@jwt.invalid_token_loader
def _invalid_token(_reason: str) -> Response:
    return _unauthorized(INVALID)


@jwt.expired_token_loader
def _expired_token(_header: dict[str, Any], _claims: dict[str, Any]) -> Response:
    return _unauthorized(INVALID)


@jwt.token_verification_loader
def _has_expiry(_header: dict[str, Any], claims: dict[str, Any]) -> bool:
    # The extension accepts a token without "exp" (for apps that issue non-expiring ones): this
    # app never does, so a token without an expiry is refused.
    return "exp" in claims and "iat" in claims


@jwt.token_verification_failed_loader
def _unverified(_header: dict[str, Any], _claims: dict[str, Any]) -> Response:
    return _unauthorized(INVALID)
