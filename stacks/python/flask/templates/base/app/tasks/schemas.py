"""What clients may send about tasks (validated with Pydantic) and what they get back."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer

from app.errors import ValidationFailed
from app.lib.column_types import iso_utc
from app.lib.pagination import PageRequest, parse_page
from app.lib.text import text_problem
from app.models import Task
from app.openapi import OutputModel, PageQuery
from app.validation import safe_text

Status = Literal["todo", "in_progress", "done"]
STATUSES: tuple[str, ...] = get_args(Status)
Sort = Literal["createdAt", "-createdAt", "dueDate", "-dueDate", "title", "-title"]
SORTS: tuple[str, ...] = get_args(Sort)
DEFAULT_SORT: Sort = "-createdAt"
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _due_date(value: Any) -> Any:
    """null, or a real calendar date written YYYY-MM-DD (no times, no timestamps)."""
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError("Must be a date written YYYY-MM-DD, or null.")


Title = Annotated[
    str, BeforeValidator(_strip), Field(min_length=1, max_length=200), AfterValidator(safe_text)
]
Description = Annotated[str, Field(max_length=2000), AfterValidator(safe_text)] | None
DueDate = Annotated[date | None, BeforeValidator(_due_date)]


class TaskInput(BaseModel):
    """POST and PUT: the whole task. Omitted optional fields take their defaults."""

    # Unknown fields (id, ownerId, createdAt, ...) are ignored, never stored.
    model_config = ConfigDict(extra="ignore")

    title: Title
    description: Description = None
    status: Status = "todo"
    due_date: DueDate = Field(default=None, alias="dueDate")


class TaskPatch(BaseModel):
    """PATCH: only the fields present change. title and status may not be null."""

    model_config = ConfigDict(extra="ignore")

    title: Title = ""
    description: Description = None
    status: Status = "todo"
    due_date: DueDate = Field(default=None, alias="dueDate")

    def changes(self) -> dict[str, Any]:
        """The attributes the client actually sent, by model attribute name."""
        return {name: getattr(self, name) for name in self.model_fields_set}


@dataclass(frozen=True)
class ListQuery:
    paging: PageRequest
    status: str | None = None
    q: str | None = None
    sort: str = DEFAULT_SORT


def parse_list_query(args: Mapping[str, str]) -> ListQuery:
    """?page&pageSize&status&q&sort -> ListQuery; 422 naming every bad parameter."""
    paging, details = parse_page(args)
    status = args.get("status")
    if status is not None and status not in STATUSES:
        details.append({"field": "status", "message": f"Must be one of {', '.join(STATUSES)}."})
    sort = args.get("sort", DEFAULT_SORT)
    if sort not in SORTS:
        details.append({"field": "sort", "message": f"Must be one of {', '.join(SORTS)}."})
    q = args.get("q") or None
    problem = text_problem(q) if q else None
    if problem is not None:
        details.append({"field": "q", "message": f"{problem}."})
    if details:
        raise ValidationFailed(details)
    return ListQuery(paging=paging, status=status, q=q, sort=sort)


class TaskListQuery(PageQuery):
    """The query string of GET /api/v1/tasks, for the OpenAPI document: parse_list_query reads
    it (one 422 naming every bad parameter, in this API's words)."""

    status: Status | None = None
    q: str | None = None
    sort: Sort = DEFAULT_SORT


UtcTimestamp = Annotated[datetime, PlainSerializer(iso_utc, return_type=str)]


class TaskOut(OutputModel):
    id: uuid.UUID
    title: str
    description: str | None
    status: Status
    due_date: date | None
    created_at: UtcTimestamp
    updated_at: UtcTimestamp


class TaskPage(OutputModel):
    """The list envelope (app/lib/pagination.py writes it)."""

    data: list[TaskOut]
    page: int
    page_size: int
    total: int


def task_json(task: Task) -> dict[str, Any]:
    return TaskOut.model_validate(task).model_dump(mode="json")
