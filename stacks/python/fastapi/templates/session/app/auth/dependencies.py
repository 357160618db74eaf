"""The current user, from the session cookie; CSRF protection; and the admin check.

Every state-changing request (anything but GET, HEAD, OPTIONS) authenticated by the cookie
must also carry the session's token in X-CSRF-Token. A cross-site form or script can make the
browser send the cookie, but can't read the token, so it can't forge such a request.
"""

from typing import Annotated

from fastapi import Cookie, Depends, Header, Request

from app.auth.sessions import SESSION_COOKIE, ActiveSession, find_session, tokens_match
from app.db.models import User
from app.dependencies import AppServices, DbSession
from app.errors import forbidden, unauthorized

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def current_session(
    request: Request,
    db: DbSession,
    services: AppServices,
    session_id: Annotated[str | None, Cookie(alias=SESSION_COOKIE)] = None,
    csrf_token: Annotated[str | None, Header(alias="X-CSRF-Token")] = None,
) -> ActiveSession:
    active = find_session(db, session_id, services.secret) if session_id else None
    if active is None:
        raise unauthorized("Not signed in")
    if request.method not in SAFE_METHODS and not tokens_match(active.csrf_token, csrf_token):
        raise forbidden("Missing or invalid CSRF token")
    return active


CurrentSession = Annotated[ActiveSession, Depends(current_session)]


def current_user(session: CurrentSession) -> User:
    return session.user


CurrentUser = Annotated[User, Depends(current_user)]


def require_admin(user: CurrentUser) -> User:
    if user.role != "admin":
        raise forbidden("Admins only")
    return user


AdminUser = Annotated[User, Depends(require_admin)]
