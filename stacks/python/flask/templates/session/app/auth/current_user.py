"""Who is calling: a session cookie, plus X-CSRF-Token on every state-changing request."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar, cast

from flask import Response, g, jsonify, request
from flask.typing import ResponseReturnValue
from sqlalchemy import delete

from app.auth.schemas import UserOut
from app.auth.sessions import (
    COOKIE_NAME,
    CSRF_HEADER,
    SESSION_TTL,
    csrf_matches,
    csrf_token,
    new_session_id,
    session_key,
)
from app.config import get_settings
from app.database import db_session
from app.errors import Forbidden, Unauthorized
from app.lib.column_types import utc_now
from app.models import User, UserSession
from app.openapi import OutputModel
from app.users import repository

P = ParamSpec("P")
R = TypeVar("R")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class LoginOut(OutputModel):
    """The body of a successful login: the CSRF token for this session's writes."""

    user: UserOut
    csrf_token: str


def login_response(user: User) -> ResponseReturnValue:
    """Starts a session: sets the cookie and returns the CSRF token for later writes."""
    settings = get_settings()
    session = db_session()
    now = utc_now()
    # Housekeeping: expired sessions go whenever someone logs in, and so does the session this
    # browser had before (a new login always gets a new id).
    session.execute(delete(UserSession).where(UserSession.expires_at <= now))
    previous = request.cookies.get(COOKIE_NAME)
    if previous:
        session.execute(
            delete(UserSession).where(UserSession.id == session_key(previous, settings.secret))
        )
    session_id = new_session_id()
    session.add(
        UserSession(
            id=session_key(session_id, settings.secret),
            user_id=user.id,
            created_at=now,
            expires_at=now + SESSION_TTL,
        )
    )
    session.commit()
    token = csrf_token(session_id, settings.secret)
    body = LoginOut(user=UserOut.model_validate(user), csrf_token=token)
    response = jsonify(body.model_dump(mode="json"))
    response.set_cookie(
        COOKIE_NAME,
        session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        path="/",
        httponly=True,  # never readable from JavaScript
        samesite="Lax",  # not sent on cross-site POSTs
        secure=settings.env not in ("development", "test"),  # HTTPS only in production
    )
    return response


def logout() -> Response:
    """Deletes the current session on the server and clears the cookie."""
    session = db_session()
    session.execute(delete(UserSession).where(UserSession.id == g.session_key))
    session.commit()
    response = Response(status=204)
    response.delete_cookie(COOKIE_NAME, path="/", httponly=True, samesite="Lax")
    return response


def _authenticate() -> User:
    settings = get_settings()
    session_id = request.cookies.get(COOKIE_NAME)
    if not session_id:
        raise Unauthorized("Log in first: no session cookie was sent.")
    key = session_key(session_id, settings.secret)
    session = db_session()
    stored = session.get(UserSession, key)
    if stored is None or stored.expires_at <= utc_now():
        raise Unauthorized("The session has ended: log in again.")
    user = repository.get_user(session, stored.user_id)
    if user is None:
        raise Unauthorized("The session has ended: log in again.")
    if request.method not in SAFE_METHODS and not csrf_matches(
        request.headers.get(CSRF_HEADER), session_id, settings.secret
    ):
        raise Forbidden(f"Missing or wrong {CSRF_HEADER} header.")
    g.session_key = key
    return user


def require_user() -> None:
    """Authenticates the request (an ApiError otherwise); the user is then current_user()."""
    g.user = _authenticate()


def login_required(view: Callable[P, R]) -> Callable[P, R]:
    """Runs the view only with a live session (and, on writes, its CSRF token)."""

    @wraps(view)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        require_user()
        return view(*args, **kwargs)

    return wrapper


def admin_required(view: Callable[P, R]) -> Callable[P, R]:
    """login_required, and the user must have the admin role (403 otherwise)."""

    @wraps(view)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        user = _authenticate()
        if user.role != "admin":
            raise Forbidden("Only admins may do this.")
        g.user = user
        return view(*args, **kwargs)

    return wrapper


def current_user() -> User:
    return cast(User, g.user)


def current_user_id() -> uuid.UUID:
    """The signed-in caller's user id (tasks are scoped by it)."""
    return current_user().id
