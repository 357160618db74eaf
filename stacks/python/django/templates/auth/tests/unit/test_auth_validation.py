"""Register and login input rules."""

from typing import Any

import pytest

from app.accounts.serializers import LoginSerializer, RegisterSerializer

VALID = {"email": "ada@example.com", "password": "correct horse", "name": "Ada"}


def register_errors(**changes: Any) -> set[str]:
    serializer = RegisterSerializer(data={**VALID, **changes})
    assert not serializer.is_valid()
    return set(serializer.errors)


def test_email_is_trimmed_and_lower_cased() -> None:
    serializer = RegisterSerializer(data={**VALID, "email": "  Ada@Example.COM\t"})
    assert serializer.is_valid(), serializer.errors
    assert serializer.validated_data["email"] == "ada@example.com"


@pytest.mark.parametrize(
    "email", ["not-an-email", "ada@", "", "'; DROP TABLE users; --" + "x" * 300, 42]
)
def test_bad_emails(email: Any) -> None:
    assert register_errors(email=email) == {"email"}


@pytest.mark.parametrize("password", ["x" * 7, "x" * 129, 12345678])
def test_password_is_8_to_128_characters(password: Any) -> None:
    assert register_errors(password=password) == {"password"}


def test_password_boundaries_and_name_boundaries_are_accepted() -> None:
    for edge in ({"password": "p" * 8, "name": "n"}, {"password": "p" * 128, "name": "n" * 100}):
        serializer = RegisterSerializer(data={**VALID, **edge})
        assert serializer.is_valid(), serializer.errors


@pytest.mark.parametrize("name", ["", "   ", "n" * 101])
def test_name_is_1_to_100_characters(name: str) -> None:
    assert register_errors(name=name) == {"name"}


def test_missing_fields_are_each_reported() -> None:
    serializer = RegisterSerializer(data={})
    assert not serializer.is_valid()
    assert set(serializer.errors) == {"email", "password", "name"}


def test_login_normalises_the_email_but_not_the_password() -> None:
    serializer = LoginSerializer(data={"email": " ADA@example.com ", "password": " secret "})
    assert serializer.is_valid(), serializer.errors
    assert serializer.validated_data == {"email": "ada@example.com", "password": " secret "}
