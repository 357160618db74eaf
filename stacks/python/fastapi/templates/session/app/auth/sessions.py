"""Server-side sessions: the browser holds an opaque random id in an HttpOnly cookie; the
sessions table holds a keyed hash of it (HMAC-SHA256 with SESSION_SECRET), the user, an
expiry and the session's CSRF token. Someone who reads the table can't turn a row back into
a working cookie, and deleting the row ends the session at once.
"""

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import User, UserSession
from app.lib.column_types import utc_now

SESSION_COOKIE = "sid"
SESSION_TTL = timedelta(days=1)


@dataclass(frozen=True)
class StartedSession:
    #: Goes into the cookie; only its hash is stored.
    cookie_value: str
    csrf_token: str


@dataclass(frozen=True)
class ActiveSession:
    user: User
    csrf_token: str


def random_token() -> str:
    """256 random bits, URL-safe: for session ids and CSRF tokens."""
    return secrets.token_urlsafe(32)


def hash_session_id(cookie_value: str, secret: str) -> str:
    return hmac.new(secret.encode(), cookie_value.encode(), hashlib.sha256).hexdigest()


def tokens_match(expected: str, given: str | None) -> bool:
    """Constant-time comparison, so timing doesn't reveal how much of a guess was right."""
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())


async def start_session(db: AsyncSession, user_id: uuid.UUID, secret: str) -> StartedSession:
    now = utc_now()
    # Housekeeping: expired sessions are useless; the expires_at index makes this cheap.
    await db.execute(delete(UserSession).where(UserSession.expires_at <= now))
    started = StartedSession(cookie_value=random_token(), csrf_token=random_token())
    db.add(
        UserSession(
            id=hash_session_id(started.cookie_value, secret),
            user_id=user_id,
            csrf_token=started.csrf_token,
            expires_at=now + SESSION_TTL,
            created_at=now,
        )
    )
    await db.commit()
    return started


async def find_session(db: AsyncSession, cookie_value: str, secret: str) -> ActiveSession | None:
    """The unexpired session behind a cookie value, with its user."""
    query = (
        select(User, UserSession.csrf_token)
        .join(UserSession, UserSession.user_id == User.id)
        .where(
            UserSession.id == hash_session_id(cookie_value, secret),
            UserSession.expires_at > utc_now(),
        )
    )
    row = (await db.execute(query)).first()
    return ActiveSession(user=row[0], csrf_token=row[1]) if row else None


async def end_session(db: AsyncSession, cookie_value: str, secret: str) -> None:
    session_id = hash_session_id(cookie_value, secret)
    await db.execute(delete(UserSession).where(UserSession.id == session_id))
    await db.commit()
