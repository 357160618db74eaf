"""Task bodies: trimming, limits, defaults, nulls, and 422 details that name the bad fields."""

from datetime import date
from typing import Any

import pytest

from app.errors import ValidationFailed
from app.tasks.schemas import TaskInput, TaskPatch
from app.validation import validate


def bad_fields(model: type[TaskInput] | type[TaskPatch], body: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationFailed) as caught:
        validate(model, body)
    details = caught.value.details or []
    assert all(detail["message"] for detail in details)
    return sorted({detail["field"] for detail in details})


def test_defaults_and_trimmed_title() -> None:
    task = validate(TaskInput, {"title": "  Write tests \t"})
    assert task.title == "Write tests"
    assert (task.description, task.status, task.due_date) == (None, "todo", None)


def test_full_body_with_camel_case_due_date() -> None:
    body = {"title": "x", "description": "d", "status": "in_progress", "dueDate": "2030-05-17"}
    task = validate(TaskInput, body)
    assert task.status == "in_progress"
    assert task.due_date == date(2030, 5, 17)


def test_explicit_nulls_are_accepted_for_description_and_due_date() -> None:
    task = validate(TaskInput, {"title": "x", "description": None, "dueDate": None})
    assert task.description is None
    assert task.due_date is None


def test_length_limits_apply_after_trimming() -> None:
    assert validate(TaskInput, {"title": f"  {'t' * 200}  "}).title == "t" * 200
    assert validate(TaskInput, {"title": "x", "description": "d" * 2000}).description
    assert bad_fields(TaskInput, {"title": "t" * 201}) == ["title"]
    assert bad_fields(TaskInput, {"title": "x", "description": "d" * 2001}) == ["description"]


@pytest.mark.parametrize("title", [None, "", "   ", 42, ["x"]])
def test_title_must_be_a_non_blank_string(title: object) -> None:
    assert bad_fields(TaskInput, {"title": title}) == ["title"]


def test_missing_title() -> None:
    assert bad_fields(TaskInput, {"description": "no title"}) == ["title"]


@pytest.mark.parametrize("status", ["archived", "DONE", None, ""])
def test_status_must_be_one_of_the_three(status: object) -> None:
    assert bad_fields(TaskInput, {"title": "x", "status": status}) == ["status"]


@pytest.mark.parametrize(
    "due_date",
    ["2024-13-45", "2024-02-30", "tomorrow", "2024-1-5", "2024-01-01T00:00:00Z", 1700000000, ""],
)
def test_due_date_must_be_a_real_calendar_date(due_date: object) -> None:
    assert bad_fields(TaskInput, {"title": "x", "dueDate": due_date}) == ["dueDate"]


def test_every_bad_field_is_named_at_once() -> None:
    body = {"title": "", "status": "nope", "dueDate": "tomorrow"}
    assert bad_fields(TaskInput, body) == ["dueDate", "status", "title"]


def test_unknown_fields_are_ignored() -> None:
    task = validate(TaskInput, {"title": "x", "id": "abc", "ownerId": "x", "priority": "high"})
    assert "id" not in task.model_dump()
    assert "priority" not in task.model_dump()


def test_patch_reports_only_the_fields_sent() -> None:
    assert validate(TaskPatch, {"status": "done"}).changes() == {"status": "done"}
    assert validate(TaskPatch, {"description": None, "dueDate": None}).changes() == {
        "description": None,
        "due_date": None,
    }
    assert validate(TaskPatch, {"title": "  renamed "}).changes() == {"title": "renamed"}
    assert validate(TaskPatch, {}).changes() == {}


@pytest.mark.parametrize(
    ("body", "field"),
    [({"title": None}, "title"), ({"title": " "}, "title"), ({"status": None}, "status")],
)
def test_patch_cannot_null_or_blank_required_fields(body: dict[str, Any], field: str) -> None:
    assert bad_fields(TaskPatch, body) == [field]
