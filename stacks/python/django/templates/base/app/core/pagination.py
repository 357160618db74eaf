"""
The page envelope `{data, page, pageSize, total}` of every list endpoint, for Django querysets.
Parsing `?page=&pageSize=` and its bounds live in app/lib/pagination.py; this adapts its
details to DRF's `{field: [messages]}` errors.
"""

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from django.db.models import Model, QuerySet

from app.lib import pagination
from app.lib.pagination import PageRequest

Errors = dict[str, list[str]]
M = TypeVar("M", bound=Model)


def parse_page(params: Mapping[str, str], errors: Errors) -> PageRequest:
    """Reads page and pageSize; a bad value adds an entry to `errors` and the default is used."""
    page, details = pagination.parse_page(params)
    for detail in details:
        errors[detail["field"]] = [detail["message"]]
    return page


def paginate(
    queryset: QuerySet[M], page: PageRequest, serialize: Callable[[M], dict[str, Any]]
) -> dict[str, Any]:
    """One page of an ordered queryset in the envelope; a page past the end has no data."""
    total = queryset.count()
    rows = queryset[page.offset : page.offset + page.page_size] if page.offset < total else []
    return page.envelope([serialize(row) for row in rows], total)
