"""
Access tokens: JWTs signed with HS256 and JWT_SECRET (PyJWT). Verification accepts HS256
only, so unsigned (alg "none") or otherwise re-labelled tokens fail, and it requires the
claims this app always writes: sub (the user id), iat and exp.
"""

import datetime
from typing import Any

import jwt

ALGORITHM = "HS256"
REQUIRED_CLAIMS = ["sub", "iat", "exp"]


class InvalidToken(Exception):
    """Malformed, tampered, wrongly signed or expired."""


def issue(user_id: str, secret: str, ttl_seconds: int, now: datetime.datetime | None = None) -> str:
    issued = now or datetime.datetime.now(datetime.UTC)
    claims: dict[str, Any] = {
        "sub": user_id,
        "iat": issued,
        "exp": issued + datetime.timedelta(seconds=ttl_seconds),
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify(token: str, secret: str) -> str:
    """The user id of a valid token; InvalidToken otherwise."""
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": REQUIRED_CLAIMS}
        )
    except jwt.PyJWTError as exc:
        raise InvalidToken(str(exc)) from exc
    subject = claims["sub"]
    if not isinstance(subject, str):
        raise InvalidToken("sub must be a string")
    return subject
