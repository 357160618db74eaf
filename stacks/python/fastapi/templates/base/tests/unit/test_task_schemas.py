from datetime import date

import pytest
from pydantic import ValidationError

from app.schemas.tasks import TaskIn, TaskListParams, TaskPatch


def fields_in(error: ValidationError) -> set[str]:
    return {str(detail["loc"][0]) for detail in error.errors()}


def test_defaults() -> None:
    task = TaskIn.model_validate({"title": "Write tests"})
    assert (task.description, task.status, task.due_date) == (None, "todo", None)


def test_title_is_trimmed_before_its_length_is_checked() -> None:
    assert TaskIn.model_validate({"title": "  padded \t"}).title == "padded"
    assert TaskIn.model_validate({"title": f"  {'t' * 200}  "}).title == "t" * 200
    for bad in ["", "   ", "t" * 201]:
        with pytest.raises(ValidationError) as caught:
            TaskIn.model_validate({"title": bad})
        assert fields_in(caught.value) == {"title"}


def test_title_must_be_a_string() -> None:
    for bad in [None, 42, ["x"]]:
        with pytest.raises(ValidationError):
            TaskIn.model_validate({"title": bad})


def test_description_up_to_2000_characters() -> None:
    assert TaskIn.model_validate({"title": "x", "description": "d" * 2000}).description
    with pytest.raises(ValidationError) as caught:
        TaskIn.model_validate({"title": "x", "description": "d" * 2001})
    assert fields_in(caught.value) == {"description"}


def test_status_must_be_known() -> None:
    with pytest.raises(ValidationError) as caught:
        TaskIn.model_validate({"title": "x", "status": "archived"})
    assert fields_in(caught.value) == {"status"}


@pytest.mark.parametrize(
    "bad", ["2024-13-45", "tomorrow", "2024-1-5", "2024-01-05T10:00:00", 20240105]
)
def test_due_date_must_be_a_real_yyyy_mm_dd_date(bad: object) -> None:
    with pytest.raises(ValidationError) as caught:
        TaskIn.model_validate({"title": "x", "dueDate": bad})
    assert fields_in(caught.value) == {"dueDate"}


def test_due_date_is_parsed() -> None:
    assert TaskIn.model_validate({"title": "x", "dueDate": "2030-05-17"}).due_date == date(
        2030, 5, 17
    )


def test_every_bad_field_is_reported() -> None:
    with pytest.raises(ValidationError) as caught:
        TaskIn.model_validate({"title": "", "status": "nope", "dueDate": "tomorrow"})
    assert fields_in(caught.value) == {"title", "status", "dueDate"}


def test_unknown_and_snake_case_fields_are_ignored() -> None:
    task = TaskIn.model_validate(
        {"title": "x", "id": "abc", "ownerId": "abc", "due_date": "2030-01-01"}
    )
    assert task.due_date is None
    assert "id" not in task.model_dump()


def test_patch_keeps_only_the_fields_sent() -> None:
    patch = TaskPatch.model_validate({"status": "done", "dueDate": None})
    assert patch.changes() == {"status": "done", "due_date": None}


def test_patch_refuses_null_for_required_fields() -> None:
    for field in ["title", "status"]:
        with pytest.raises(ValidationError) as caught:
            TaskPatch.model_validate({field: None})
        assert fields_in(caught.value) == {field}


def test_list_params_defaults() -> None:
    params = TaskListParams.model_validate({})
    assert (params.page, params.page_size, params.sort, params.status, params.q) == (
        1,
        20,
        "-createdAt",
        None,
        None,
    )
    assert TaskListParams.model_validate({"page": "3", "pageSize": "10"}).offset == 20


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("pageSize", "0"),
        ("pageSize", "101"),
        ("pageSize", "1.5"),
        ("page", "0"),
        ("page", "abc"),
        ("status", "DONE"),
        ("sort", "created_at"),
        ("sort", "-"),
    ],
)
def test_list_params_out_of_range(name: str, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TaskListParams.model_validate({name: value})
    assert fields_in(caught.value) == {name}


def test_nul_characters_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        TaskIn.model_validate({"title": "a\x00b", "description": "\x00"})
    assert fields_in(caught.value) == {"title", "description"}
    with pytest.raises(ValidationError):
        TaskListParams.model_validate({"q": "\x00"})
