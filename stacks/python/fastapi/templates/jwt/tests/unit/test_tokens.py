import uuid
from datetime import UTC, datetime, timedelta

import jwt

from app.auth.tokens import ACCESS_TOKEN_TTL, issue_access_token, read_access_token

SECRET = "unit-test-secret-" + "s" * 32


def test_a_fresh_token_names_its_user() -> None:
    user_id = uuid.uuid4()
    assert read_access_token(issue_access_token(user_id, SECRET), SECRET) == user_id


def test_tokens_are_hs256_and_expire_after_the_ttl() -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    token = issue_access_token(uuid.uuid4(), SECRET, now=now)
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    assert claims["exp"] - claims["iat"] == ACCESS_TOKEN_TTL.total_seconds()


def test_expired_tokens_are_refused() -> None:
    issued = datetime.now(UTC) - ACCESS_TOKEN_TTL - timedelta(minutes=1)
    assert read_access_token(issue_access_token(uuid.uuid4(), SECRET, now=issued), SECRET) is None


def test_another_secret_is_refused() -> None:
    token = issue_access_token(uuid.uuid4(), SECRET)
    assert read_access_token(token, SECRET + "-other") is None


def test_unsigned_tokens_are_refused() -> None:
    claims = {
        "sub": str(uuid.uuid4()),
        "iat": datetime.now(UTC),
        "exp": datetime.now(UTC) + ACCESS_TOKEN_TTL,
    }
    unsigned = jwt.encode(claims, key="", algorithm="none")
    assert read_access_token(unsigned, SECRET) is None


def test_a_tampered_payload_is_refused() -> None:
    header, _payload, signature = issue_access_token(uuid.uuid4(), SECRET).split(".")
    _, other_payload, _ = issue_access_token(uuid.uuid4(), SECRET).split(".")
    assert read_access_token(f"{header}.{other_payload}.{signature}", SECRET) is None


def test_garbage_and_missing_claims_are_refused() -> None:
    assert read_access_token("not-a-token", SECRET) is None
    no_subject = jwt.encode(
        {"exp": datetime.now(UTC) + ACCESS_TOKEN_TTL}, SECRET, algorithm="HS256"
    )
    assert read_access_token(no_subject, SECRET) is None
