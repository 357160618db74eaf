"""Parsing the GET /api/v1/tasks parameters."""

import pytest
from rest_framework.exceptions import ValidationError

from app.tasks.query import SORTS, TaskQuery, parse_task_query


def bad_params(params: dict[str, str]) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        parse_task_query(params)
    assert isinstance(caught.value.detail, dict)
    return set(caught.value.detail)


def test_defaults() -> None:
    query = parse_task_query({})
    assert query == TaskQuery()
    assert (query.page.page, query.page.page_size, query.sort) == (1, 20, "-createdAt")


def test_all_parameters() -> None:
    query = parse_task_query(
        {"page": "3", "pageSize": "100", "status": "in_progress", "q": "50%", "sort": "dueDate"}
    )
    assert (query.page.page, query.page.page_size, query.page.offset) == (3, 100, 200)
    assert (query.status, query.q, query.sort) == ("in_progress", "50%", "dueDate")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("pageSize", "0"),
        ("pageSize", "101"),
        ("pageSize", "1.5"),
        ("pageSize", "abc"),
        ("page", "0"),
        ("page", "-1"),
        ("page", "+2"),
        ("status", "DONE"),
        ("sort", "created_at"),
        ("sort", "-"),
        ("q", "nul\x00byte"),
        ("q", "lone\ud800surrogate"),
        ("page", "2147483648"),
    ],
)
def test_each_bad_value_names_its_parameter(name: str, value: str) -> None:
    assert bad_params({name: value}) == {name}


def test_all_bad_parameters_are_reported_together() -> None:
    assert bad_params({"page": "x", "pageSize": "x", "status": "x", "sort": "x"}) == {
        "page",
        "pageSize",
        "status",
        "sort",
    }


def test_unknown_parameter_names_are_ignored_and_an_empty_q_means_no_search() -> None:
    assert parse_task_query({"limit": "5", "sort_by": "title", "q": ""}) == TaskQuery()


def test_every_sort_breaks_ties_newest_first_and_puts_missing_due_dates_last() -> None:
    assert set(SORTS) == {"createdAt", "-createdAt", "dueDate", "-dueDate", "title", "-title"}
    for sort in ("dueDate", "-dueDate", "title", "-title"):
        assert [str(o) for o in SORTS[sort][1:]] == [str(o) for o in SORTS["-createdAt"]]
    assert SORTS["dueDate"][0].nulls_last
    assert SORTS["-dueDate"][0].nulls_last
