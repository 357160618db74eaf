"""Validation rules for accounts and the User JSON shape (never the password hash)."""

import re
import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, StringConstraints
from pydantic_core import PydanticCustomError

from app.schemas.common import InputModel, OutputModel, SafeText

# Deliberately simple: something@something.tld without spaces. Real proof of an address is an
# email the user can click, not a regular expression.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _check_email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise PydanticCustomError("email", "Must be a valid email address")
    return value


# Trimmed and lower-cased before anything else, so "  Ada@Example.com " is "ada@example.com".
NormalisedEmail = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, max_length=254), SafeText
]
Email = Annotated[NormalisedEmail, AfterValidator(_check_email)]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128), SafeText]
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), SafeText
]
Role = Literal["user", "admin"]


class RegisterIn(InputModel):
    email: Email
    password: Password
    name: Name


class LoginIn(InputModel):
    email: NormalisedEmail
    # No length rule beyond a sanity bound: a wrong password is a 401, not a validation error.
    password: Annotated[str, StringConstraints(max_length=1024), SafeText]


class UserOut(OutputModel):
    id: uuid.UUID
    email: str
    name: str
    role: Role
    created_at: datetime


class UserEnvelope(OutputModel):
    """{"user": User}"""

    user: UserOut
