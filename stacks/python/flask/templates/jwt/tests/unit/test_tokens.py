"""JWT rules: HS256 with the secret, an expiry, and nothing else accepted (always a 401 body)."""

import base64
import json
import uuid
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.auth.tokens import TOKEN_TTL, issue_token

ME = "/api/v1/auth/me"


def b64(part: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(part).encode()).rstrip(b"=").decode()


@pytest.fixture
def secret(app: Flask) -> str:
    return str(app.config["JWT_SECRET_KEY"])


def token_for(app: Flask, user_id: uuid.UUID) -> str:
    with app.app_context():
        return issue_token(user_id)


def assert_refused(client: FlaskClient, token: str) -> None:
    response = client.get(ME, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401, token
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_token_carries_subject_issued_at_and_expiry(app: Flask, secret: str) -> None:
    user_id = uuid.uuid4()
    token = token_for(app, user_id)
    claims = jwt.decode(token, secret, algorithms=["HS256"])
    assert claims["sub"] == str(user_id)
    assert claims["exp"] - claims["iat"] == TOKEN_TTL.total_seconds()
    assert jwt.get_unverified_header(token)["alg"] == "HS256"


def test_a_missing_header_is_a_401_body(client: FlaskClient) -> None:
    response = client.get(ME)
    assert response.status_code == 401
    assert response.get_json()["error"] == {
        "code": "unauthorized",
        "message": "Send an Authorization: Bearer <token> header.",
    }


def test_expired_token_is_refused(client: FlaskClient, secret: str) -> None:
    issued = datetime.now(UTC) - timedelta(hours=2)
    claims = {"sub": str(uuid.uuid4()), "iat": issued, "exp": issued + TOKEN_TTL, "type": "access"}
    assert_refused(client, jwt.encode(claims, secret, algorithm="HS256"))


def test_wrong_secret_is_refused(app: Flask, client: FlaskClient, secret: str) -> None:
    claims = jwt.decode(token_for(app, uuid.uuid4()), secret, algorithms=["HS256"])
    assert_refused(client, jwt.encode(claims, "t" * 64, algorithm="HS256"))


def test_tampered_payload_is_refused(app: Flask, client: FlaskClient) -> None:
    header, _, signature = token_for(app, uuid.uuid4()).split(".")
    now = int(datetime.now(UTC).timestamp())
    forged = b64({"sub": str(uuid.uuid4()), "iat": now, "exp": now + 3600, "type": "access"})
    assert_refused(client, f"{header}.{forged}.{signature}")


@pytest.mark.parametrize("alg", ["none", "None", "HS512"])
def test_other_algorithms_are_refused(client: FlaskClient, secret: str, alg: str) -> None:
    now = int(datetime.now(UTC).timestamp())
    claims = {"sub": str(uuid.uuid4()), "iat": now, "exp": now + 3600, "type": "access"}
    if alg == "HS512":
        token = jwt.encode(claims, secret, algorithm="HS512")
    else:
        token = f"{b64({'alg': alg, 'typ': 'JWT'})}.{b64(claims)}."
    assert_refused(client, token)


@pytest.mark.parametrize("token", ["not-a-token", "a.b.c", "a.b"])
def test_garbage_is_refused(client: FlaskClient, token: str) -> None:
    assert_refused(client, token)


def test_a_token_without_expiry_is_refused(client: FlaskClient, secret: str) -> None:
    claims = {"sub": str(uuid.uuid4()), "iat": 0, "type": "access"}
    assert_refused(client, jwt.encode(claims, secret, algorithm="HS256"))


def test_a_subject_that_is_not_a_user_id_is_refused(client: FlaskClient, secret: str) -> None:
    now = int(datetime.now(UTC).timestamp())
    claims = {"sub": "not-a-uuid", "iat": now, "exp": now + 3600, "type": "access"}
    assert_refused(client, jwt.encode(claims, secret, algorithm="HS256"))
