"""Cookie sessions through HTTP: cookie flags, CSRF on writes, logout."""

import json
from pathlib import Path

from fastapi.testclient import TestClient

from app.auth.dependencies import SAFE_METHODS
from app.auth.sessions import SESSION_COOKIE
from tests.integration.helpers import MakeClient, register, sign_in


def test_login_sets_an_http_only_same_site_cookie(client: TestClient) -> None:
    response = client.post("/api/v1/auth/login", json=register(client))
    assert response.status_code == 200
    assert set(response.json()) == {"user", "csrfToken"}
    cookie = response.headers["set-cookie"].lower()
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
    assert "secure" not in cookie  # APP_ENV=test: plain HTTP works


def test_the_cookie_is_secure_in_production(make_client: MakeClient) -> None:
    client = make_client(app_env="production")
    response = client.post("/api/v1/auth/login", json=register(client))
    assert "secure" in response.headers["set-cookie"].lower()


def test_writes_need_the_csrf_token(api: TestClient) -> None:
    token = api.headers.pop("X-CSRF-Token")
    for headers in [{}, {"X-CSRF-Token": ""}, {"X-CSRF-Token": "wrong"}]:
        response = api.post("/api/v1/tasks", json={"title": "csrf"}, headers=headers)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "forbidden"
    assert api.get("/api/v1/tasks").status_code == 200  # reads don't
    created = api.post("/api/v1/tasks", json={"title": "csrf"}, headers={"X-CSRF-Token": token})
    assert created.status_code == 201


def test_another_sessions_csrf_token_is_refused(api: TestClient, make_client: MakeClient) -> None:
    other = make_client()
    other_token = sign_in(other, register(other))["csrfToken"]
    response = api.post("/api/v1/tasks", json={"title": "x"}, headers={"X-CSRF-Token": other_token})
    assert response.status_code == 403


def test_an_unknown_session_id_is_401(client: TestClient) -> None:
    client.cookies.set(SESSION_COOKIE, "made-up-session-id")
    assert client.get("/api/v1/auth/me").status_code == 401


def test_logout_ends_the_session_on_the_server(api: TestClient) -> None:
    cookie = api.cookies[SESSION_COOKIE]
    assert api.post("/api/v1/auth/logout", headers={"X-CSRF-Token": ""}).status_code == 403
    response = api.post("/api/v1/auth/logout")
    assert response.status_code == 204
    assert response.content == b""
    api.cookies.set(SESSION_COOKIE, cookie)  # replay the old cookie
    assert api.get("/api/v1/auth/me").status_code == 401


def test_the_document_asks_for_the_csrf_token_only_on_writes(client: TestClient) -> None:
    spec = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text())
    served = client.get("/openapi.json").json()
    signed_in = 0
    for path, path_item in served["paths"].items():
        for method, operation in path_item.items():
            security = operation.get("security")
            if security is None:
                continue
            signed_in += 1
            expected: list[dict[str, list[str]]] = [{"sessionCookie": []}]
            if method.upper() not in SAFE_METHODS:
                expected = [{"sessionCookie": [], "csrfToken": []}]  # both, not either
            assert security == expected, f"{method.upper()} {path}"
            assert security == spec["paths"][path][method]["security"], f"{method.upper()} {path}"
    assert signed_in > 0
