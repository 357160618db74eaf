"""Who is calling: a bearer JWT in the Authorization header (auth = jwt)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Literal, ParamSpec, TypeVar, cast

from flask import g
from flask.typing import ResponseReturnValue
from flask_jwt_extended import get_current_user, verify_jwt_in_request

from app.auth.schemas import UserOut
from app.auth.tokens import TOKEN_TTL, issue_token
from app.errors import Forbidden
from app.models import User
from app.openapi import OutputModel

P = ParamSpec("P")
R = TypeVar("R")


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


def _authenticate() -> User:
    # A missing, malformed, wrongly signed or expired token, or one whose user is gone, stops
    # here with a 401 from the error callbacks in app/auth/tokens.py.
    verify_jwt_in_request()
    return cast(User, get_current_user())


def require_user() -> None:
    """Authenticates the request (an ApiError otherwise); the user is then current_user()."""
    g.user = _authenticate()


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
        user = _authenticate()
        if user.role != "admin":
            raise Forbidden("Only admins may do this.")
        g.user = user
        return view(*args, **kwargs)

    return wrapper


def current_user() -> User:
    return cast(User, g.user)
