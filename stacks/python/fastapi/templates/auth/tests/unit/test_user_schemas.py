import pytest
from pydantic import ValidationError

from app.schemas.users import LoginIn, RegisterIn

VALID = {"email": "ada@example.com", "password": "correct horse", "name": "Ada"}


def fields_in(error: ValidationError) -> set[str]:
    return {str(detail["loc"][0]) for detail in error.errors()}


def test_email_is_trimmed_and_lower_cased() -> None:
    account = RegisterIn.model_validate({**VALID, "email": "  Ada@Example.COM\t"})
    assert account.email == "ada@example.com"
    assert LoginIn.model_validate({"email": " ADA@example.com ", "password": "x"}).email == (
        "ada@example.com"
    )


@pytest.mark.parametrize(
    "email",
    ["not-an-email", "ada@", "@example.com", "ada@example", "a b@example.com", "x" * 250 + "@a.io"],
)
def test_invalid_emails(email: str) -> None:
    with pytest.raises(ValidationError) as caught:
        RegisterIn.model_validate({**VALID, "email": email})
    assert fields_in(caught.value) == {"email"}


def test_password_is_8_to_128_characters() -> None:
    for ok in ["p" * 8, "p" * 128]:
        assert RegisterIn.model_validate({**VALID, "password": ok}).password == ok
    for bad in ["p" * 7, "p" * 129]:
        with pytest.raises(ValidationError) as caught:
            RegisterIn.model_validate({**VALID, "password": bad})
        assert fields_in(caught.value) == {"password"}


def test_name_is_1_to_100_characters() -> None:
    assert RegisterIn.model_validate({**VALID, "name": "n" * 100}).name == "n" * 100
    for bad in ["", "   ", "n" * 101]:
        with pytest.raises(ValidationError) as caught:
            RegisterIn.model_validate({**VALID, "name": bad})
        assert fields_in(caught.value) == {"name"}


def test_every_missing_field_is_reported() -> None:
    with pytest.raises(ValidationError) as caught:
        RegisterIn.model_validate({})
    assert fields_in(caught.value) == {"email", "password", "name"}
