"""Server-side sessions: an opaque random id in a cookie, stored only as a keyed hash.

The database keeps HMAC-SHA256(SESSION_SECRET, id), so a leaked sessions table cannot be
replayed as cookies. The CSRF token is derived from the id the same way (with another label):
the server can check it without storing it, and it is different for every session.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

COOKIE_NAME = "sid"
SESSION_TTL = timedelta(hours=12)
CSRF_HEADER = "X-CSRF-Token"


def new_session_id() -> str:
    """256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def _mac(secret: str, label: str, session_id: str) -> str:
    message = f"{label}:{session_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def session_key(session_id: str, secret: str) -> str:
    """What the sessions table stores for a cookie value (64 hex characters)."""
    return _mac(secret, "session", session_id)


def csrf_token(session_id: str, secret: str) -> str:
    return _mac(secret, "csrf", session_id)


def csrf_matches(sent: str | None, session_id: str, secret: str) -> bool:
    if not sent:
        return False
    return hmac.compare_digest(sent.encode(), csrf_token(session_id, secret).encode())
