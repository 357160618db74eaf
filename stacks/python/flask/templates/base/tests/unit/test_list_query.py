"""GET /api/v1/tasks query parameters: defaults, limits, and 422 naming each bad one."""

import pytest

from app.errors import ValidationFailed
from app.tasks.schemas import parse_list_query


def bad_params(args: dict[str, str]) -> list[str]:
    with pytest.raises(ValidationFailed) as caught:
        parse_list_query(args)
    return sorted({detail["field"] for detail in caught.value.details or []})


def test_defaults() -> None:
    query = parse_list_query({})
    assert (query.paging.page, query.paging.page_size, query.paging.offset) == (1, 20, 0)
    assert (query.status, query.q, query.sort) == (None, None, "-createdAt")


def test_reads_every_parameter() -> None:
    args = {"page": "3", "pageSize": "100", "status": "done", "q": "50%", "sort": "-dueDate"}
    query = parse_list_query(args)
    assert (query.paging.page, query.paging.page_size, query.paging.offset) == (3, 100, 200)
    assert (query.status, query.q, query.sort) == ("done", "50%", "-dueDate")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("pageSize", "0"),
        ("pageSize", "101"),
        ("pageSize", "-1"),
        ("pageSize", "abc"),
        ("pageSize", "1.5"),
        ("page", "0"),
        ("page", "-1"),
        ("page", ""),
        ("page", "9" * 40),
        ("status", "archived"),
        ("status", "DONE"),
        ("sort", "priority"),
        ("sort", "created_at"),
        ("sort", "-"),
    ],
)
def test_out_of_range_or_unknown_values_name_the_parameter(name: str, value: str) -> None:
    assert bad_params({name: value}) == [name]


def test_all_bad_parameters_are_reported_together() -> None:
    bad = bad_params({"page": "0", "pageSize": "x", "sort": "nope"})
    assert bad == ["page", "pageSize", "sort"]


def test_unknown_parameter_names_are_ignored() -> None:
    noisy = parse_list_query({"foo": "bar", "limit": "1", "sort_by": "title"})
    assert noisy == parse_list_query({})


def test_an_empty_q_means_no_search() -> None:
    assert parse_list_query({"q": ""}).q is None
