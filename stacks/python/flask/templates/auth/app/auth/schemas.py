"""Register and login bodies (validated with Pydantic) and the public User shape."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer

from app.lib.column_types import iso_utc
from app.models import User
from app.openapi import OutputModel
from app.validation import safe_text

# Deliberately simple: something@something.tld, no spaces. Real proof of an address is a
# confirmation email, which no regular expression replaces.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def normalize_email(value: Any) -> Any:
    """Emails are compared trimmed and lower-cased: " Ada@Example.COM " is ada@example.com."""
    return value.strip().lower() if isinstance(value, str) else value


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _check_email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise ValueError("Must be a valid email address.")
    return value


Email = Annotated[
    str,
    BeforeValidator(normalize_email),
    Field(min_length=1, max_length=254),
    AfterValidator(safe_text),
    AfterValidator(_check_email),
]


class RegisterInput(BaseModel):
    model_config = ConfigDict(extra="ignore")

    email: Email
    password: Annotated[str, Field(min_length=8, max_length=128), AfterValidator(safe_text)]
    name: Annotated[
        str, BeforeValidator(_strip), Field(min_length=1, max_length=100), AfterValidator(safe_text)
    ]


class LoginInput(BaseModel):
    model_config = ConfigDict(extra="ignore")

    email: Annotated[
        str,
        BeforeValidator(normalize_email),
        Field(min_length=1, max_length=254),
        AfterValidator(safe_text),
    ]
    password: Annotated[str, Field(min_length=1, max_length=1024), AfterValidator(safe_text)]


class UserOut(OutputModel):
    """The public view of a user: never the password hash."""

    id: uuid.UUID
    email: str
    name: str
    role: Literal["user", "admin"]
    created_at: Annotated[datetime, PlainSerializer(iso_utc, return_type=str)]


class UserEnvelope(OutputModel):
    user: UserOut


class UserPage(OutputModel):
    """The list envelope (app/lib/pagination.py writes it)."""

    data: list[UserOut]
    page: int
    page_size: int
    total: int


def user_json(user: User) -> dict[str, Any]:
    return UserOut.model_validate(user).model_dump(mode="json")
