"""
The page envelope `{data, page, pageSize, total}` of every list endpoint, for Django querysets.
Parsing `?page=&pageSize=` and its bounds live in app/lib/pagination.py; this adapts its
details to DRF's `{field: [messages]}` errors.
"""

from collections.abc import Mapping
from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from rest_framework.serializers import BaseSerializer, ListSerializer

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
    queryset: QuerySet[M], page: PageRequest, serializer: type[BaseSerializer[M]]
) -> dict[str, Any]:
    """One page of an ordered queryset in the envelope; a page past the end has no data.

    The page is serialized at once (what `many=True` builds): one serializer whose fields are
    set up once for the page, not once per row.
    """
    total = queryset.count()
    rows = list(queryset[page.offset : page.offset + page.page_size]) if page.offset < total else []
    return page.envelope(ListSerializer(rows, child=serializer()).data, total)
