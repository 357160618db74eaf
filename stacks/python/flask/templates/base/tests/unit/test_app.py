"""HTTP behaviour that needs no database: health, the error body, headers, CORS."""

import json

from flask import Flask, request
from flask.testing import FlaskClient

from app import create_app
from app.config import Settings
from tests.unit.conftest import ALLOWED_ORIGIN, NO_DATABASE


def test_health_answers_without_a_database(client: FlaskClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_unknown_route_gets_the_uniform_404_body(client: FlaskClient) -> None:
    for method in ("GET", "POST", "DELETE"):
        response = client.open("/no-such-route", method=method)
        assert response.status_code == 404
        assert response.is_json
        assert response.get_json() == {
            "error": {"code": "not_found", "message": "The requested resource was not found."}
        }


def test_trailing_slash_is_another_route(client: FlaskClient) -> None:
    assert client.get("/health/").status_code == 404


def test_wrong_method_is_405_with_allow(client: FlaskClient) -> None:
    response = client.delete("/health")
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"
    assert "GET" in response.headers["Allow"]


def test_an_unexpected_exception_is_a_500_without_internals(app: Flask) -> None:
    @app.get("/boom")
    def boom() -> str:
        raise RuntimeError("secret detail: SELECT * FROM users")

    response = app.test_client().get("/boom")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert json.loads(body) == {
        "error": {"code": "internal", "message": "Something went wrong on our side."}
    }
    assert "secret detail" not in body
    assert "Traceback" not in body


def test_security_headers_on_every_response(client: FlaskClient) -> None:
    for path in ("/health", "/no-such-route"):
        headers = client.get(path).headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Request-Id"]


def test_request_id_is_echoed_only_when_well_formed(client: FlaskClient) -> None:
    assert client.get("/health", headers={"X-Request-Id": "abc-123"}).headers["X-Request-Id"] == (
        "abc-123"
    )
    replaced = client.get("/health", headers={"X-Request-Id": "bad id\u00e9"}).headers
    assert replaced["X-Request-Id"] != "bad id\u00e9"


def test_client_address_comes_from_x_forwarded_for_only_behind_a_trusted_proxy() -> None:
    for trust_proxy, expected in ((0, "127.0.0.1"), (1, "203.0.113.7")):
        app = create_app(
            Settings(_env_file=None, database_url=NO_DATABASE, trust_proxy=trust_proxy)
        )

        @app.get("/whoami")
        def whoami() -> str:
            return request.remote_addr or ""

        response = app.test_client().get("/whoami", headers={"X-Forwarded-For": "203.0.113.7"})
        assert response.get_data(as_text=True) == expected


def test_cors_allows_only_the_configured_origins(client: FlaskClient) -> None:
    allowed = client.get("/health", headers={"Origin": ALLOWED_ORIGIN})
    assert allowed.headers["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN
    assert "Origin" in allowed.headers["Vary"]
    other = client.get("/health", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers
    same_origin = client.get("/health")
    assert "Access-Control-Allow-Origin" not in same_origin.headers


def test_cors_headers_are_on_error_responses_too(client: FlaskClient) -> None:
    response = client.get("/no-such-route", headers={"Origin": ALLOWED_ORIGIN})
    assert response.status_code == 404
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN
    assert "X-Request-Id" in response.headers["Access-Control-Expose-Headers"]


def test_cors_preflight(client: FlaskClient) -> None:
    response = client.options(
        "/api/v1/tasks",
        headers={
            "Origin": ALLOWED_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type, X-Unknown",
        },
    )
    # Answered without credentials: a preflight never carries them.
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Max-Age"] == "600"
    allowed_headers = response.headers["Access-Control-Allow-Headers"].lower()
    assert "content-type" in allowed_headers
    assert "x-unknown" not in allowed_headers
