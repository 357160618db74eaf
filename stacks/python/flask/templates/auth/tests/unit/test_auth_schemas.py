"""Register and login bodies."""

from typing import Any

import pytest

from app.auth.schemas import LoginInput, RegisterInput
from app.errors import ValidationFailed
from app.validation import validate

VALID = {"email": "ada@example.com", "password": "long enough", "name": "Ada"}


def bad_fields(body: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationFailed) as caught:
        validate(RegisterInput, body)
    return sorted({detail["field"] for detail in caught.value.details or []})


def test_email_is_trimmed_and_lower_cased() -> None:
    data = validate(RegisterInput, {**VALID, "email": "  Ada@Example.COM\t"})
    assert data.email == "ada@example.com"
    assert validate(LoginInput, {"email": " ADA@example.com ", "password": "x"}).email == (
        "ada@example.com"
    )


def test_boundaries_are_accepted() -> None:
    validate(RegisterInput, {**VALID, "password": "p" * 8, "name": "n"})
    validate(RegisterInput, {**VALID, "password": "p" * 128, "name": "n" * 100})


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"email": "not-an-email"}, ["email"]),
        ({"email": "ada@"}, ["email"]),
        ({"email": "ada@example"}, ["email"]),
        ({"email": "a b@example.com"}, ["email"]),
        ({"email": f"'; DROP TABLE users; --{'x' * 300}"}, ["email"]),
        ({"password": "p" * 7}, ["password"]),
        ({"password": "p" * 129}, ["password"]),
        ({"name": ""}, ["name"]),
        ({"name": "   "}, ["name"]),
        ({"name": "n" * 101}, ["name"]),
        ({"email": 1, "password": None, "name": []}, ["email", "name", "password"]),
    ],
)
def test_each_bad_field_is_named(changes: dict[str, Any], fields: list[str]) -> None:
    assert bad_fields({**VALID, **changes}) == fields


def test_an_empty_body_names_every_field() -> None:
    assert bad_fields({}) == ["email", "name", "password"]
