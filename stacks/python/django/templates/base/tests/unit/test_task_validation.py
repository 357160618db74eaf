"""The Task serializer's rules, without a database."""

from typing import Any

import pytest

from app.tasks.serializers import TaskSerializer


def errors_of(data: Any, partial: bool = False) -> set[str]:
    serializer = TaskSerializer(data=data, partial=partial)
    assert not serializer.is_valid()
    return set(serializer.errors)


def test_title_is_trimmed_and_defaults_fill_the_rest() -> None:
    serializer = TaskSerializer(data={"title": "  Write tests \t"})
    assert serializer.is_valid(), serializer.errors
    assert serializer.validated_data == {
        "title": "Write tests",
        "description": None,
        "status": "todo",
        "due_date": None,
    }


@pytest.mark.parametrize("title", [None, "", "   ", "x" * 201, 42, ["list"]])
def test_bad_titles(title: Any) -> None:
    assert errors_of({"title": title}) == {"title"}


def test_title_is_required() -> None:
    assert errors_of({"description": "no title"}) == {"title"}


def test_title_length_is_checked_after_trimming() -> None:
    serializer = TaskSerializer(data={"title": f"  {'t' * 200}  "})
    assert serializer.is_valid(), serializer.errors


def test_description_may_be_null_or_up_to_2000_characters() -> None:
    assert TaskSerializer(data={"title": "t", "description": None}).is_valid()
    assert TaskSerializer(data={"title": "t", "description": "d" * 2000}).is_valid()
    assert errors_of({"title": "t", "description": "d" * 2001}) == {"description"}


@pytest.mark.parametrize("status", ["archived", "DONE", "", 1])
def test_status_must_be_one_of_the_three(status: Any) -> None:
    assert errors_of({"title": "t", "status": status}) == {"status"}


@pytest.mark.parametrize(
    "due", ["2024-13-45", "tomorrow", "2024-02-30", "20240105", "2024-1-5", "2024-01-05T10:00:00Z"]
)
def test_due_date_must_be_a_real_yyyy_mm_dd_date(due: str) -> None:
    assert errors_of({"title": "t", "dueDate": due}) == {"dueDate"}


def test_every_bad_field_is_reported_at_once_with_api_names() -> None:
    assert errors_of({"title": "", "status": "nope", "dueDate": "tomorrow"}) == {
        "title",
        "status",
        "dueDate",
    }


def test_unknown_and_read_only_fields_are_ignored() -> None:
    data = {"title": "t", "id": "x", "ownerId": "y", "createdAt": "2000-01-01", "priority": 1}
    serializer = TaskSerializer(data=data)
    assert serializer.is_valid(), serializer.errors
    assert set(serializer.validated_data) == {"title", "description", "status", "due_date"}


def test_a_partial_update_applies_no_defaults() -> None:
    serializer = TaskSerializer(data={"status": "done"}, partial=True)
    assert serializer.is_valid(), serializer.errors
    assert serializer.validated_data == {"status": "done"}


def test_a_body_that_is_not_an_object_is_an_error_on_the_body() -> None:
    assert errors_of(["title"]) == {"non_field_errors"}
