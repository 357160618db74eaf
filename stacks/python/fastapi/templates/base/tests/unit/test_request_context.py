"""The request-context middleware on a bare app: ids, headers, the access log and the last 500."""

import logging

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.middleware import SECURITY_HEADERS, RequestContext


def _client() -> TestClient:
    app = FastAPI()
    app.add_middleware(RequestContext)

    @app.get("/api/v1/ok")
    async def ok() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/v1/boom")
    async def boom() -> None:
        raise RuntimeError("secret detail")

    # The middleware answers, as the server would: no exception reaches the client.
    return TestClient(app, raise_server_exceptions=False)


def test_answers_carry_the_headers_and_a_sane_request_id() -> None:
    response = _client().get("/api/v1/ok", headers={"X-Request-Id": "trace-1"})
    assert response.status_code == 200
    assert response.headers["X-Request-Id"] == "trace-1"
    assert response.headers["Cache-Control"] == "no-store"
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


def test_an_insane_request_id_is_replaced() -> None:
    response = _client().get("/api/v1/ok", headers={"X-Request-Id": "a b<script>"})
    assert response.headers["X-Request-Id"] != "a b<script>"
    assert len(response.headers["X-Request-Id"]) == 32


def test_an_unhandled_error_is_a_bare_500_logged_with_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="app.request"):
        response = _client().get("/api/v1/boom")
    assert response.status_code == 500
    assert response.json() == {"error": {"code": "internal", "message": "Internal server error"}}
    assert "secret detail" not in response.text
    assert response.headers["X-Request-Id"]
    failure = next(r for r in caplog.records if r.getMessage() == "unhandled error")
    assert failure.exc_info is not None
    access = [r for r in caplog.records if r.getMessage() == "GET /api/v1/boom 500"]
    assert len(access) == 1
    assert access[0].levelno == logging.ERROR


def test_each_request_is_one_info_line(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="app.request"):
        _client().get("/api/v1/ok")
    [line] = [r for r in caplog.records if r.name == "app.request"]
    assert line.levelno == logging.INFO
    assert line.getMessage() == "GET /api/v1/ok 200"
    assert line.__dict__["status"] == 200
