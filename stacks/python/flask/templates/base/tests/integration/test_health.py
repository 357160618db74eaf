"""Readiness against the real database."""

from tests.integration.conftest import Api, body


def test_ready_when_the_database_answers(anonymous: Api) -> None:
    response = anonymous.get("/health/ready")
    assert response.status_code == 200
    assert body(response) == {"status": "ok", "database": "ok"}
