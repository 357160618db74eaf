"""
Server-side sessions. The cookie holds a random id (256 bits); the sessions table keys each
session by HMAC-SHA256(SESSION_SECRET, id), so the table alone gives no usable cookie. Each
session has an expiry and its own CSRF token, which login returns to the client and every
state-changing request must echo in the X-CSRF-Token header.
"""

import datetime
import hashlib
import hmac
import secrets

from django.utils import timezone

from app.accounts.models import Session, User

COOKIE_NAME = "sid"
CSRF_HEADER = "X-CSRF-Token"


def new_token() -> str:
    """256 random bits, URL-safe: session ids and CSRF tokens."""
    return secrets.token_urlsafe(32)


def hash_session_id(session_id: str, secret: str) -> str:
    return hmac.new(secret.encode(), session_id.encode(), hashlib.sha256).hexdigest()


def start(user: User, secret: str, ttl_seconds: int) -> tuple[str, Session]:
    """A new session for `user`: returns the id for the cookie (never stored) and the row."""
    now = timezone.now()
    # Housekeeping: expired sessions are useless (the expires_at index keeps this cheap).
    Session.objects.filter(expires_at__lte=now).delete()
    session_id = new_token()
    session = Session.objects.create(
        id=hash_session_id(session_id, secret),
        user=user,
        csrf_token=new_token(),
        expires_at=now + datetime.timedelta(seconds=ttl_seconds),
    )
    return session_id, session


def find(session_id: str, secret: str) -> Session | None:
    """The unexpired session for a cookie value, with its user loaded."""
    return (
        Session.objects.select_related("user")
        .filter(id=hash_session_id(session_id, secret), expires_at__gt=timezone.now())
        .first()
    )


def end(session_id: str, secret: str) -> None:
    Session.objects.filter(id=hash_session_id(session_id, secret)).delete()


def csrf_matches(session: Session, token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(session.csrf_token.encode(), (token or "").encode())
