"""Access tokens: JWTs signed with HMAC-SHA256 (HS256) and JWT_SECRET."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import jwt

ALGORITHM = "HS256"
TOKEN_TTL = timedelta(hours=1)


class InvalidToken(Exception):
    """Missing, malformed, tampered, wrongly signed or expired."""


def issue_token(user_id: uuid.UUID, secret: str, *, now: datetime | None = None) -> str:
    issued = now or datetime.now(UTC)
    claims = {"sub": str(user_id), "iat": issued, "exp": issued + TOKEN_TTL}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify_token(token: str, secret: str) -> uuid.UUID:
    """The user id a valid token was issued for; raises InvalidToken otherwise."""
    try:
        # Only HS256 is accepted: "alg": "none" or any other algorithm in the header is refused.
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={"require": ["sub", "iat", "exp"]},
        )
        return uuid.UUID(str(claims["sub"]))
    except (jwt.InvalidTokenError, ValueError) as exc:
        raise InvalidToken(str(exc)) from None
