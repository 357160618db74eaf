"""Bearer tokens on GET /api/v1/auth/me: a real login, then every way a token can be bad."""

from __future__ import annotations

from collections.abc import Callable

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
