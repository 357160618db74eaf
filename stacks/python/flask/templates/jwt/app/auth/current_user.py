"""Who is calling: a bearer JWT in the Authorization header (auth = jwt)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from functools import wraps
from typing import Literal, ParamSpec, TypeVar, cast

from flask import g, request
from flask.typing import ResponseReturnValue
from flask_jwt_extended import get_jwt_identity, verify_jwt_in_request

from app.auth.schemas import UserOut
from app.auth.tokens import INVALID, TOKEN_TTL, issue_token
from app.database import db_session
from app.errors import Forbidden, Unauthorized
from app.models import User
from app.openapi import OutputModel
from app.users import repository

P = ParamSpec("P")
R = TypeVar("R")

# The scheme of each credential in an Authorization header ("Basic x, bearer y" has two).
_BEARER_SCHEME = re.compile(r"(^\s*|,\s*)bearer(?=\s)", re.IGNORECASE)


class LoginOut(OutputModel):
    """The body of a successful login: a bearer token for the Authorization header."""

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 - a scheme name, not a secret
    expires_in: int
    user: UserOut


def login_response(user: User) -> ResponseReturnValue:
    return LoginOut(
        access_token=issue_token(user.id),
        expires_in=int(TOKEN_TTL.total_seconds()),
        user=UserOut.model_validate(user),
    ).model_dump(mode="json")


def _normalise_bearer_scheme() -> None:
    """Spells the Authorization scheme "Bearer" whatever its case, before the extension reads it.

    RFC 9110 section 11.1: an authentication scheme is case-insensitive, so "bearer <token>" is
    the same credential as "Bearer <token>". Flask-JWT-Extended compares the scheme with
    JWT_HEADER_TYPE exactly and would answer 401; request.headers reads the WSGI environ, so
    rewriting the scheme there is what the extension then sees. The token is left as it is.
    """
    header = request.environ.get("HTTP_AUTHORIZATION")
    if header:
        request.environ["HTTP_AUTHORIZATION"] = _BEARER_SCHEME.sub(r"\1Bearer", header)


def _authenticate() -> uuid.UUID:
    _normalise_bearer_scheme()
    # A missing, malformed, wrongly signed or expired token stops here with a 401 from the
    # error callbacks in app/auth/tokens.py. The verified token is the caller: no database
    # read per request (tokens live an hour; current_user() reads the account when needed).
    verify_jwt_in_request()
    try:
        return uuid.UUID(str(get_jwt_identity()))
    except ValueError:
        raise Unauthorized(INVALID) from None


def require_user() -> None:
    """Authenticates the request (an ApiError otherwise); its caller is then current_user_id()."""
    g.user_id = _authenticate()


def login_required(view: Callable[P, R]) -> Callable[P, R]:
    """Runs the view only for a valid token; the user is then current_user()."""

    @wraps(view)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        require_user()
        return view(*args, **kwargs)

    return wrapper


def admin_required(view: Callable[P, R]) -> Callable[P, R]:
    """login_required, and the user must have the admin role (403 otherwise)."""

    @wraps(view)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        require_user()
        if current_user().role != "admin":
            raise Forbidden("Only admins may do this.")
        return view(*args, **kwargs)

    return wrapper


def current_user_id() -> uuid.UUID:
    """The signed-in caller's user id, from the token (tasks are scoped by it)."""
    return cast(uuid.UUID, g.user_id)


def current_user() -> User:
    """The signed-in caller's account, read on first use; 401 once it is gone."""
    if "user" not in g:
        user = repository.get_user(db_session(), current_user_id())
        if user is None:
            raise Unauthorized(INVALID)
        g.user = user
    return cast(User, g.user)
