"""?page=&pageSize=: strict digits, within bounds, one detail per bad parameter."""

import pytest

from app.lib.pagination import MAX_PAGE, PageRequest, parse_int, parse_page


def test_defaults() -> None:
    assert parse_page({}) == (PageRequest(1, 20), [])


def test_reads_both_and_computes_the_offset() -> None:
    page, details = parse_page({"page": "3", "pageSize": "100"})
    assert (page.page, page.page_size, page.offset, details) == (3, 100, 200, [])


def test_the_largest_page_is_accepted() -> None:
    page, details = parse_page({"page": str(MAX_PAGE)})
    assert (page.page, details) == (2_147_483_647, [])


BAD_PAGES = ["0", "-1", "+2", "1.5", "1e3", "0x10", "abc", "", " 1", str(MAX_PAGE + 1), "9" * 99]


@pytest.mark.parametrize("raw", BAD_PAGES)
def test_bad_pages_are_one_detail_each(raw: str) -> None:
    page, details = parse_page({"page": raw, "pageSize": "10"})
    assert page == PageRequest(1, 10)
    assert [detail["field"] for detail in details] == ["page"]


@pytest.mark.parametrize("raw", ["0", "101", "1.5", "abc"])
def test_bad_page_sizes_are_one_detail_each(raw: str) -> None:
    _, details = parse_page({"pageSize": raw})
    assert [detail["field"] for detail in details] == ["pageSize"]


def test_parse_int_bounds() -> None:
    assert parse_int("7", 1, 10) == 7
    assert parse_int("11", 1, 10) is None
    assert parse_int("٣", 1, 10) is None  # only ASCII digits


def test_envelope() -> None:
    assert PageRequest(2, 5).envelope(["x"], 6) == {
        "data": ["x"],
        "page": 2,
        "pageSize": 5,
        "total": 6,
    }
