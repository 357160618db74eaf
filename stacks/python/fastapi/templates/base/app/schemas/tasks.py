"""Validation rules for tasks and the Task JSON shape."""

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, StringConstraints, field_validator
from pydantic_core import PydanticCustomError

from app.schemas.common import InputModel, OutputModel, PageParams, SafeText

TaskStatus = Literal["todo", "in_progress", "done"]
TaskSort = Literal["createdAt", "-createdAt", "dueDate", "-dueDate", "title", "-title"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_iso_date(value: Any) -> Any:
    """Accepts exactly YYYY-MM-DD strings that are real dates (no timestamps or numbers)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("date_format", "Must be a date in YYYY-MM-DD format")


# Trimmed first, then checked: "  x  " is stored as "x" and "   " is too short.
Title = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), SafeText
]
Description = Annotated[str, StringConstraints(max_length=2000), SafeText]
DueDate = Annotated[date, BeforeValidator(_parse_iso_date)]


class TaskIn(InputModel):
    """POST and PUT: title required; omitted optional fields take their defaults."""

    title: Title
    description: Description | None = None
    status: TaskStatus = "todo"
    due_date: DueDate | None = None


class TaskPatch(InputModel):
    """PATCH: only the fields present change; description and dueDate may be set to null."""

    title: Title | None = None
    description: Description | None = None
    status: TaskStatus | None = None
    due_date: DueDate | None = None

    @field_validator("title", "status", mode="before")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        if value is None:
            raise PydanticCustomError("not_null", "Must not be null")
        return value

    def changes(self) -> dict[str, Any]:
        """The fields the client sent, by attribute name."""
        return self.model_dump(include=self.model_fields_set)


class TaskListParams(PageParams):
    """?status=todo&q=word&sort=-createdAt plus paging; unknown parameters are ignored."""

    status: TaskStatus | None = None
    q: Annotated[str, StringConstraints(max_length=200), SafeText] | None = None
    sort: TaskSort = "-createdAt"


class TaskOut(OutputModel):
    id: uuid.UUID
    title: str
    description: str | None
    status: TaskStatus
    due_date: date | None
    created_at: datetime
    updated_at: datetime
