"""Access tokens: what verify() accepts and everything it refuses."""

import base64
import datetime
import json

import jwt
import pytest

from app.accounts import tokens

SECRET = "s" * 64
USER_ID = "4b0f2f7e-3f55-4a43-9b0c-2f8b1d6f1e11"


def part(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_a_fresh_token_verifies_to_its_user() -> None:
    token = tokens.issue(USER_ID, SECRET, ttl_seconds=60)
    assert tokens.verify(token, SECRET) == USER_ID
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "HS256"


def test_an_expired_token_is_refused() -> None:
    long_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=2)
    token = tokens.issue(USER_ID, SECRET, ttl_seconds=60, now=long_ago)
    with pytest.raises(tokens.InvalidToken):
        tokens.verify(token, SECRET)


def test_another_secret_is_refused() -> None:
    token = tokens.issue(USER_ID, "o" * 64, ttl_seconds=60)
    with pytest.raises(tokens.InvalidToken):
        tokens.verify(token, SECRET)


def test_a_tampered_payload_is_refused() -> None:
    header, _, signature = tokens.issue(USER_ID, SECRET, ttl_seconds=60).split(".")
    forged = part({"sub": "someone-else", "iat": 0, "exp": 4_102_444_800})
    with pytest.raises(tokens.InvalidToken):
        tokens.verify(f"{header}.{forged}.{signature}", SECRET)


def test_unsigned_and_other_algorithms_are_refused() -> None:
    claims = {"sub": USER_ID, "iat": 0, "exp": 4_102_444_800}
    unsigned = f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."
    hs512 = jwt.encode(claims, SECRET, algorithm="HS512")
    for token in (unsigned, hs512):
        with pytest.raises(tokens.InvalidToken):
            tokens.verify(token, SECRET)


def test_tokens_missing_required_claims_are_refused() -> None:
    no_expiry = jwt.encode({"sub": USER_ID, "iat": 0}, SECRET, algorithm="HS256")
    with pytest.raises(tokens.InvalidToken):
        tokens.verify(no_expiry, SECRET)


@pytest.mark.parametrize("garbage", ["", "a.b.c", "not-a-token", "x.y"])
def test_garbage_is_refused(garbage: str) -> None:
    with pytest.raises(tokens.InvalidToken):
        tokens.verify(garbage, SECRET)
