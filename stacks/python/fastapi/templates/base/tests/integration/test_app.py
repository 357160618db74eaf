"""Health, and what every response shares: error bodies and security headers."""

from fastapi.testclient import TestClient

from tests.integration.helpers import MakeClient, unreachable_database_url

JSON = {"content-type": "application/json"}


def test_health_does_not_need_the_database(make_client: MakeClient, database_url: str) -> None:
    broken = make_client(database_url=unreachable_database_url(database_url))
    response = broken.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_ready_checks_the_database(client: TestClient) -> None:
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_ready_is_503_when_the_database_is_unreachable(
    make_client: MakeClient, database_url: str
) -> None:
    broken = make_client(database_url=unreachable_database_url(database_url))
    response = broken.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_unknown_routes_and_methods_are_404_with_the_error_body(client: TestClient) -> None:
    for response in [
        client.get("/no-such-route"),
        client.post("/api/v1/no-such-route", json={}),
        client.get("/api/v1/tasks/extra/segments"),
        client.delete("/api/v1/tasks"),
        client.get("/api/v1/tasks/"),  # no trailing-slash redirects
    ]:
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"
        assert set(response.json()["error"]) == {"code", "message"}


def test_security_headers_and_request_id(client: TestClient) -> None:
    response = client.get("/health", headers={"X-Request-Id": "trace-123"})
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Request-Id"] == "trace-123"
    generated = client.get("/health", headers={"X-Request-Id": "not a sane id!"})
    assert generated.headers["X-Request-Id"] != "not a sane id!"


def test_cors_allows_only_configured_origins(make_client: MakeClient) -> None:
    client = make_client(cors_origins="https://app.example")
    preflight = {"Access-Control-Request-Method": "POST"}
    allowed = client.options(
        "/api/v1/tasks", headers={"Origin": "https://app.example", **preflight}
    )
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://app.example"
    refused = client.options(
        "/api/v1/tasks", headers={"Origin": "https://evil.example", **preflight}
    )
    assert "Access-Control-Allow-Origin" not in refused.headers


def test_no_cors_headers_without_cors_origins(client: TestClient) -> None:
    response = client.get("/health", headers={"Origin": "https://app.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_a_body_that_is_not_json_is_415(client: TestClient) -> None:
    for content_type in ("text/plain", "application/x-www-form-urlencoded", ""):
        headers = {"content-type": content_type} if content_type else {}
        response = client.post("/api/v1/tasks", content=b'{"title": "x"}', headers=headers)
        assert response.status_code == 415, content_type
        assert response.json()["error"]["code"] == "unsupported_media_type"


def test_a_body_over_1_mib_is_413_by_its_length(client: TestClient) -> None:
    body = b'{"title": "' + b"x" * (1024 * 1024) + b'"}'
    response = client.post("/api/v1/tasks", content=body, headers=JSON)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_a_streamed_body_over_1_mib_is_413_while_it_arrives(client: TestClient) -> None:
    chunks = iter([b'{"title": "', b"x" * (700 * 1024), b"x" * (700 * 1024), b'"}'])
    response = client.post("/api/v1/tasks", content=chunks, headers=JSON)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_json_nested_too_deep_is_400(client: TestClient) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    response = client.post("/api/v1/tasks", content=body, headers=JSON)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"


def test_api_answers_are_never_cached(client: TestClient) -> None:
    assert client.get("/api/v1/tasks").headers["cache-control"] == "no-store"
