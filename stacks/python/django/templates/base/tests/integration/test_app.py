"""Health, security headers, unknown routes and malformed requests (see also test_openapi.py)."""

import pytest
from pytest_django import Settings
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def test_health_needs_no_database(api: APIClient) -> None:
    response = api.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readiness_pings_the_database(api: APIClient) -> None:
    response = api.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_security_headers(api: APIClient) -> None:
    response = api.get("/health")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"


def test_allowed_hosts_is_enforced_when_set(api: APIClient, settings: Settings) -> None:
    settings.ALLOWED_HOSTS = ["api.example.com"]
    assert api.get("/health", headers={"Host": "api.example.com"}).status_code == 200
    response = api.get("/health", headers={"Host": "evil.example"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"


@pytest.mark.parametrize("path", ["/nope", "/api/v1/nope", "/api/v1/tasks/a/b", "/health/"])
def test_unknown_routes_are_json_404(api: APIClient, path: str) -> None:
    for method in (api.get, api.post, api.delete):
        response = method(path)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"


def test_malformed_json_is_400(user_api: APIClient) -> None:
    response = user_api.generic(
        "POST", "/api/v1/tasks", '{"title": ', content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == {
        "error": {"code": "bad_request", "message": "The request body is not valid JSON"}
    }


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"],
)
def test_a_body_that_is_not_json_is_415(user_api: APIClient, content_type: str) -> None:
    response = user_api.generic(
        "POST", "/api/v1/tasks", '{"title": "x"}', content_type=content_type
    )
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_json_nested_too_deep_is_400(user_api: APIClient, depth: int) -> None:
    body = "[" * depth + "]" * depth
    response = user_api.generic("POST", "/api/v1/tasks", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"


def test_api_answers_are_never_cached(user_api: APIClient) -> None:
    assert user_api.get("/api/v1/tasks")["Cache-Control"] == "no-store"


def test_a_method_a_route_does_not_have_is_405(user_api: APIClient) -> None:
    response = user_api.delete("/api/v1/tasks")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
