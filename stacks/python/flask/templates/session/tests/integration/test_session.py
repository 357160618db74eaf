"""Cookie sessions: the cookie's attributes, CSRF on writes, and logout ending the session."""

from __future__ import annotations

from collections.abc import Callable

from tests.integration.conftest import Api, body, unique


def test_login_sets_an_http_only_same_site_cookie(anonymous: Api) -> None:
    email = f"{unique('cookie')}@example.com"
    assert anonymous.register(email).status_code == 201
    response = anonymous.log_in(email)
    assert set(body(response)) == {"user", "csrfToken"}
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Max-Age=" in cookie


def test_writes_need_the_sessions_own_csrf_token(new_user: Callable[..., Api]) -> None:
    alice, bob = new_user(), new_user()
    title = unique("csrf")
    for token in (None, "wrong-token", bob.headers["X-CSRF-Token"]):
        headers = {"X-CSRF-Token": token} if token else {}
        response = alice.client.post("/api/v1/tasks", json={"title": title}, headers=headers)
        assert response.status_code == 403
        assert body(response)["error"]["code"] == "forbidden"
    assert body(alice.get("/api/v1/tasks", query_string={"q": title}))["total"] == 0
    assert alice.post("/api/v1/tasks", {"title": title}).status_code == 201


def test_reads_need_no_csrf_token(new_user: Callable[..., Api]) -> None:
    user = new_user()
    assert user.client.get("/api/v1/auth/me").status_code == 200


def test_an_unknown_session_id_is_401(anonymous: Api) -> None:
    anonymous.client.set_cookie("sid", "forged-session-id")
    assert anonymous.get("/api/v1/auth/me").status_code == 401


def test_logout_ends_the_session_on_the_server(new_user: Callable[..., Api]) -> None:
    user = new_user()
    cookie = user.client.get_cookie("sid")
    assert cookie is not None
    assert user.client.post("/api/v1/auth/logout").status_code == 403  # no CSRF token
    response = user.post("/api/v1/auth/logout")
    assert response.status_code == 204
    assert response.get_data() == b""
    # Replaying the old cookie value: the session is gone server side.
    user.client.set_cookie("sid", cookie.value)
    assert user.get("/api/v1/auth/me").status_code == 401
