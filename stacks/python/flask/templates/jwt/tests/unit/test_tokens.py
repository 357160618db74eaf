"""JWT rules: HS256 with the secret, an expiry, and nothing else accepted."""

import base64
import json
import uuid
from datetime import UTC, datetime, timedelta

import jwt
import pytest

from app.auth.tokens import TOKEN_TTL, InvalidToken, issue_token, verify_token

SECRET = "s" * 64


def b64(part: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(part).encode()).rstrip(b"=").decode()


def test_round_trip_returns_the_user_id() -> None:
    user_id = uuid.uuid4()
    assert verify_token(issue_token(user_id, SECRET), SECRET) == user_id


def test_token_carries_subject_issued_at_and_expiry() -> None:
    token = issue_token(uuid.uuid4(), SECRET)
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    assert claims["exp"] - claims["iat"] == TOKEN_TTL.total_seconds()
    assert jwt.get_unverified_header(token)["alg"] == "HS256"


def test_expired_token_is_refused() -> None:
    token = issue_token(uuid.uuid4(), SECRET, now=datetime.now(UTC) - timedelta(hours=2))
    with pytest.raises(InvalidToken):
        verify_token(token, SECRET)


def test_wrong_secret_is_refused() -> None:
    with pytest.raises(InvalidToken):
        verify_token(issue_token(uuid.uuid4(), SECRET), "t" * 64)


def test_tampered_payload_is_refused() -> None:
    header, _, signature = issue_token(uuid.uuid4(), SECRET).split(".")
    now = int(datetime.now(UTC).timestamp())
    forged = b64({"sub": str(uuid.uuid4()), "iat": now, "exp": now + 3600})
    with pytest.raises(InvalidToken):
        verify_token(f"{header}.{forged}.{signature}", SECRET)


@pytest.mark.parametrize("alg", ["none", "None", "HS512"])
def test_other_algorithms_are_refused(alg: str) -> None:
    now = int(datetime.now(UTC).timestamp())
    claims = {"sub": str(uuid.uuid4()), "iat": now, "exp": now + 3600}
    if alg == "HS512":
        token = jwt.encode(claims, SECRET, algorithm="HS512")
    else:
        token = f"{b64({'alg': alg, 'typ': 'JWT'})}.{b64(claims)}."
    with pytest.raises(InvalidToken):
        verify_token(token, SECRET)


@pytest.mark.parametrize("token", ["", "not-a-token", "a.b.c", "a.b"])
def test_garbage_is_refused(token: str) -> None:
    with pytest.raises(InvalidToken):
        verify_token(token, SECRET)


def test_a_token_without_expiry_is_refused() -> None:
    token = jwt.encode({"sub": str(uuid.uuid4()), "iat": 0}, SECRET, algorithm="HS256")
    with pytest.raises(InvalidToken):
        verify_token(token, SECRET)
