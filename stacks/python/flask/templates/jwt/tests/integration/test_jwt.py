"""Bearer tokens on GET /api/v1/auth/me: a real login, then every way a token can be bad, and
a token that outlives its account."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, delete

from app.models import User
from tests.integration.conftest import Api, body


def test_login_returns_a_bearer_token(new_user: Callable[..., Api]) -> None:
    user = new_user()
    assert user.headers["Authorization"].startswith("Bearer ")
    response = user.get("/api/v1/auth/me")
    assert response.status_code == 200
    assert body(response)["user"] == user.user


def test_login_body_shape(anonymous: Api, new_user: Callable[..., Api]) -> None:
    user = new_user()
    response = anonymous.log_in(user.user["email"])
    login = body(response)
    assert set(login) == {"accessToken", "tokenType", "expiresIn", "user"}
    assert login["tokenType"] == "Bearer"
    assert isinstance(login["expiresIn"], int)
    assert login["expiresIn"] > 0


def test_the_scheme_is_case_insensitive(anonymous: Api, new_user: Callable[..., Api]) -> None:
    # RFC 9110 section 11.1; Flask-JWT-Extended alone matches "Bearer" exactly.
    user = new_user()
    token = user.headers["Authorization"].removeprefix("Bearer ")
    for scheme in ("bearer", "BEARER", "bEaReR"):
        response = anonymous.get("/api/v1/auth/me", headers={"Authorization": f"{scheme} {token}"})
        assert response.status_code == 200, scheme
        assert body(response)["user"] == user.user


def test_bad_authorization_headers_are_401(anonymous: Api, new_user: Callable[..., Api]) -> None:
    token = new_user().headers["Authorization"].removeprefix("Bearer ")
    header, payload, _ = token.split(".")
    for value in (
        "",
        "Bearer",
        "Bearer not-a-token",
        f"Token {token}",
        token,
        f"Bearer {token}x",
        f"Bearer {header}.{payload}.",
    ):
        response = anonymous.get("/api/v1/auth/me", headers={"Authorization": value})
        assert response.status_code == 401, value
        assert body(response)["error"]["code"] == "unauthorized"


def test_a_token_whose_account_was_deleted_reads_no_tasks_and_creates_none(
    new_user: Callable[..., Api], engine: Engine
) -> None:
    # The token alone names the caller on the task routes (no account read per request).
    user = new_user()
    assert user.post("/api/v1/tasks", {"title": "Before"}).status_code == 201
    with engine.begin() as connection:
        connection.execute(delete(User).where(User.email == user.user["email"]))
    assert body(user.get("/api/v1/tasks"))["total"] == 0  # its tasks went with it
    response = user.post("/api/v1/tasks", {"title": "After"})
    assert response.status_code == 401
    assert body(response)["error"]["code"] == "unauthorized"
    assert user.get("/api/v1/auth/me").status_code == 401
