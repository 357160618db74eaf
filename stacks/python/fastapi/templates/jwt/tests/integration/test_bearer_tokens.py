"""GET /api/v1/auth/me with every kind of bad bearer token: all 401."""

import uuid
from datetime import UTC, datetime, timedelta

import jwt
from fastapi.testclient import TestClient

from tests.integration.helpers import register, sign_in


def me(client: TestClient, authorization: str) -> int:
    return client.get("/api/v1/auth/me", headers={"Authorization": authorization}).status_code


def test_login_returns_a_bearer_token(client: TestClient) -> None:
    body = sign_in(client, register(client))
    assert set(body) == {"accessToken", "tokenType", "expiresIn", "user"}
    assert (body["tokenType"], body["expiresIn"]) == ("Bearer", 3600)
    assert me(client, f"Bearer {body['accessToken']}") == 200


def test_the_scheme_is_case_insensitive(client: TestClient) -> None:
    # RFC 9110 section 11.1: HTTPBearer compares the scheme in lower case.
    token = sign_in(client, register(client))["accessToken"]
    for scheme in ("bearer", "BEARER", "bEaReR"):
        assert me(client, f"{scheme} {token}") == 200, scheme


def test_bad_authorization_headers_are_401(client: TestClient) -> None:
    token = sign_in(client, register(client))["accessToken"]
    for header in [
        "",
        "Bearer",
        "Bearer ",
        "Bearer a.b.c",
        f"Token {token}",
        token,
        f"Bearer {token}x",
    ]:
        assert me(client, header) == 401, header


def test_forged_tokens_are_401(client: TestClient) -> None:
    token = sign_in(client, register(client))["accessToken"]
    claims = jwt.decode(token, options={"verify_signature": False})
    now = datetime.now(UTC)
    expired = {**claims, "iat": now - timedelta(hours=2), "exp": now - timedelta(hours=1)}
    secret = client.app.state.services.secret  # type: ignore[attr-defined]
    forged = [
        jwt.encode(claims, secret + "-wrong", algorithm="HS256"),
        jwt.encode(claims, key="", algorithm="none"),
        jwt.encode(expired, secret, algorithm="HS256"),
        jwt.encode({**claims, "sub": str(uuid.uuid4())}, secret, algorithm="HS256"),
    ]
    for bad in forged:
        assert me(client, f"Bearer {bad}") == 401
