"""Access tokens: JWTs signed with HMAC-SHA256 (HS256) and JWT_SECRET.

Only HS256 is accepted when reading, so unsigned tokens (`alg: none`) and tokens signed with
another algorithm or key are refused, as are tampered, expired and malformed ones. The token
carries the user id only; role and everything else are read from the database per request.
"""

import uuid
from datetime import UTC, datetime, timedelta

import jwt

ALGORITHM = "HS256"
ACCESS_TOKEN_TTL = timedelta(hours=1)


def issue_access_token(user_id: uuid.UUID, secret: str, now: datetime | None = None) -> str:
    issued = now or datetime.now(UTC)
    claims = {"sub": str(user_id), "iat": issued, "exp": issued + ACCESS_TOKEN_TTL}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def read_access_token(token: str, secret: str) -> uuid.UUID | None:
    """The user id in a valid token, or None for any token that is not valid."""
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["sub", "iat", "exp"]}
        )
        return uuid.UUID(claims["sub"])
    except (jwt.InvalidTokenError, ValueError, TypeError):
        return None
