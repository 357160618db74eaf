"""GET /api/v1/tasks: paging, status filter, literal search and sorting on the real database.

Every query carries q=<marker> unique to the test, so tasks left by other tests or earlier runs
never show up (without auth, all clients share one task list).
"""

from __future__ import annotations

import time
from typing import Any

from tests.integration.conftest import Api, body, unique


def make(api: Api, marker: str, specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Creates tasks one after another, a few ms apart, so creation times differ."""
    tasks = []
    for spec in specs:
        title = f"{marker} {spec.pop('title', '')}".strip()
        response = api.post("/api/v1/tasks", {"title": title, **spec})
        assert response.status_code == 201
        tasks.append(body(response))
        time.sleep(0.005)
    return tasks


def listing(api: Api, **params: str | int) -> dict[str, Any]:
    response = api.get("/api/v1/tasks", query_string=params)
    assert response.status_code == 200, response.get_data(as_text=True)
    page: dict[str, Any] = body(response)
    return page


def titles(page: dict[str, Any], marker: str) -> list[str]:
    return [task["title"].removeprefix(f"{marker} ") for task in page["data"]]


def test_pages_partition_the_results(api: Api) -> None:
    marker = unique("paging")
    tasks = make(api, marker, [{"title": f"item {i:02}"} for i in range(5)])
    first = listing(api, q=marker, pageSize=2)
    assert {key: first[key] for key in ("page", "pageSize", "total")} == {
        "page": 1,
        "pageSize": 2,
        "total": 5,
    }
    # Newest first by default.
    assert titles(first, marker) == ["item 04", "item 03"]
    pages = [listing(api, q=marker, pageSize=2, page=page) for page in (1, 2, 3)]
    seen = [task["id"] for page in pages for task in page["data"]]
    assert sorted(seen) == sorted(task["id"] for task in tasks)
    assert listing(api, q=marker, pageSize=2, page=4) == {
        "data": [],
        "page": 4,
        "pageSize": 2,
        "total": 5,
    }


def test_bad_parameters_are_422(api: Api) -> None:
    response = api.get("/api/v1/tasks", query_string={"pageSize": "101", "sort": "priority"})
    assert response.status_code == 422
    fields = sorted(detail["field"] for detail in body(response)["error"]["details"])
    assert fields == ["pageSize", "sort"]


def test_status_filter(api: Api) -> None:
    marker = unique("status")
    specs = [{"title": "a", "status": "done"}, {"title": "b"}, {"title": "c", "status": "done"}]
    make(api, marker, specs)
    assert titles(listing(api, q=marker, status="done"), marker) == ["c", "a"]
    assert titles(listing(api, q=marker, status="todo"), marker) == ["b"]


def test_search_is_literal_and_case_insensitive(api: Api) -> None:
    marker = unique("search")
    make(
        api,
        marker,
        [
            {"title": "100% done"},
            {"title": "100 percent done"},
            {"title": "a_b"},
            {"title": "axb"},
            {"title": "c:\\temp"},
            {"title": "Mixed CASE"},
            {"title": "described", "description": f"has {marker}-WORD inside"},
        ],
    )
    assert titles(listing(api, q=f"{marker} 100%"), marker) == ["100% done"]
    assert titles(listing(api, q=f"{marker} a_b"), marker) == ["a_b"]
    assert titles(listing(api, q=f"{marker} c:\\t"), marker) == ["c:\\temp"]
    assert titles(listing(api, q=f"{marker} mixed case".upper()), marker) == ["Mixed CASE"]
    assert titles(listing(api, q=f"{marker}-word"), marker) == ["described"]
    assert listing(api, q=f"{marker}'; DROP TABLE tasks; --")["total"] == 0


def test_sorting_puts_missing_due_dates_last_and_breaks_ties_newest_first(api: Api) -> None:
    marker = unique("sort")
    make(
        api,
        marker,
        [
            {"title": "delta", "dueDate": "2031-03-01"},
            {"title": "alpha", "dueDate": None},
            {"title": "charlie", "dueDate": "2031-01-01"},
            {"title": "bravo", "dueDate": "2031-03-01"},
            {"title": "bravo", "dueDate": None},
            {"title": "echo", "dueDate": "2031-02-01"},
        ],
    )

    def order(sort: str) -> list[str]:
        page = listing(api, q=marker, sort=sort)
        return [f"{t['title'].split()[-1]} {t['dueDate']}" for t in page["data"]]

    assert order("dueDate") == [
        "charlie 2031-01-01",
        "echo 2031-02-01",
        "bravo 2031-03-01",  # same date as delta, but newer
        "delta 2031-03-01",
        "bravo None",
        "alpha None",
    ]
    assert order("-dueDate") == [
        "bravo 2031-03-01",
        "delta 2031-03-01",
        "echo 2031-02-01",
        "charlie 2031-01-01",
        "bravo None",
        "alpha None",
    ]
    assert order("title") == [
        "alpha None",
        "bravo None",  # the newer bravo first
        "bravo 2031-03-01",
        "charlie 2031-01-01",
        "delta 2031-03-01",
        "echo 2031-02-01",
    ]
    assert order("-title")[:3] == ["echo 2031-02-01", "delta 2031-03-01", "charlie 2031-01-01"]
    assert order("createdAt")[0] == "delta 2031-03-01"
    assert order("-createdAt") == order("createdAt")[::-1]
    assert order("-createdAt")[0] == "echo 2031-02-01"
