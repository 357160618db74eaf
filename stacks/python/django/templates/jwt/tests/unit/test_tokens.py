"""Access tokens (simplejwt, settings.SIMPLE_JWT): what is issued and everything refused."""

import base64
import datetime
import json
import uuid

import jwt
import pytest
from django.conf import settings
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken
from rest_framework_simplejwt.tokens import AccessToken

from app.accounts import tokens
from app.accounts.models import User

USER = User(id=uuid.UUID("4b0f2f7e-3f55-4a43-9b0c-2f8b1d6f1e11"))


def part(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def validate(token: str) -> AccessToken:
    return JWTAuthentication().get_validated_token(token.encode())  # type: ignore[return-value]


def claims(**extra: object) -> dict[str, object]:
    now = int(datetime.datetime.now(datetime.UTC).timestamp())
    base = {"sub": str(USER.id), "iat": now, "exp": now + 60, "jti": "x", "token_type": "access"}
    return {**base, **extra}


def test_a_fresh_token_is_hs256_with_the_user_as_sub_for_the_ttl() -> None:
    token = tokens.issue(USER)
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    payload = jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"])
    assert payload["sub"] == str(USER.id)
    assert payload["token_type"] == "access"
    assert payload["exp"] - payload["iat"] == settings.JWT_TTL_SECONDS
    assert validate(token)["sub"] == str(USER.id)


def test_an_expired_token_is_refused() -> None:
    token = AccessToken.for_user(USER)
    token.set_exp(from_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=2))
    with pytest.raises(InvalidToken):
        validate(str(token))


def test_another_secret_is_refused() -> None:
    with pytest.raises(InvalidToken):
        validate(jwt.encode(claims(), "o" * 64, algorithm="HS256"))


def test_a_tampered_payload_is_refused() -> None:
    header, _, signature = tokens.issue(USER).split(".")
    forged = part(claims(sub=str(uuid.uuid4())))
    with pytest.raises(InvalidToken):
        validate(f"{header}.{forged}.{signature}")


def test_unsigned_and_other_algorithms_are_refused() -> None:
    unsigned = f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims())}."
    hs512 = jwt.encode(claims(), settings.JWT_SECRET, algorithm="HS512")
    for token in (unsigned, hs512):
        with pytest.raises(InvalidToken):
            validate(token)


def test_tokens_without_expiry_or_of_another_type_are_refused() -> None:
    no_expiry = {k: v for k, v in claims().items() if k != "exp"}
    for payload in (no_expiry, claims(token_type="refresh")):
        with pytest.raises(InvalidToken):
            validate(jwt.encode(payload, settings.JWT_SECRET, algorithm="HS256"))


@pytest.mark.parametrize("garbage", ["", "a.b.c", "not-a-token", "x.y"])
def test_garbage_is_refused(garbage: str) -> None:
    with pytest.raises(InvalidToken):
        validate(garbage)
