"""
`?page=&pageSize=` parsing and the page envelope `{data, page, pageSize, total}` shared by
every list endpoint. Query values are checked strictly: "1.5", "+2" or "abc" are errors, not
something to guess at.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from django.db.models import Model, QuerySet

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

_DIGITS = re.compile(r"[0-9]{1,18}")

Errors = dict[str, list[str]]
M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class PageRequest:
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


def parse_int(raw: str, minimum: int, maximum: int | None = None) -> int | None:
    """A decimal integer within [minimum, maximum], or None."""
    if not _DIGITS.fullmatch(raw):
        return None
    value = int(raw)
    if value < minimum or (maximum is not None and value > maximum):
        return None
    return value


def parse_page(params: Mapping[str, str], errors: Errors) -> PageRequest:
    """Reads page and pageSize; a bad value adds an entry to `errors` and the default is used."""
    page, page_size = 1, DEFAULT_PAGE_SIZE
    if "page" in params:
        parsed = parse_int(params["page"], 1)
        if parsed is None:
            errors["page"] = ["Must be an integer of at least 1"]
        else:
            page = parsed
    if "pageSize" in params:
        parsed = parse_int(params["pageSize"], 1, MAX_PAGE_SIZE)
        if parsed is None:
            errors["pageSize"] = [f"Must be an integer from 1 to {MAX_PAGE_SIZE}"]
        else:
            page_size = parsed
    return PageRequest(page, page_size)


def paginate(
    queryset: QuerySet[M], page: PageRequest, serialize: Callable[[M], dict[str, Any]]
) -> dict[str, Any]:
    """One page of an ordered queryset in the envelope; a page past the end has no data."""
    total = queryset.count()
    rows = queryset[page.offset : page.offset + page.page_size] if page.offset < total else []
    return {
        "data": [serialize(row) for row in rows],
        "page": page.page,
        "pageSize": page.page_size,
        "total": total,
    }
