"""Query-string paging shared by every list endpoint: ?page=1&pageSize=20."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import Detail

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# At most 18 digits: larger numbers are out of range anyway (and int() of huge strings is slow).
_DIGITS = re.compile(r"[0-9]{1,18}")


@dataclass(frozen=True)
class Paging:
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def envelope(self, data: list[Any], total: int) -> dict[str, Any]:
        return {"data": data, "page": self.page, "pageSize": self.page_size, "total": total}


def parse_paging(args: Mapping[str, str], details: list[Detail]) -> Paging:
    """Reads page and pageSize; appends a detail for each bad one (and falls back to defaults)."""
    page = _positive_int(args, "page", 1, None, details)
    page_size = _positive_int(args, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, details)
    return Paging(page=page, page_size=page_size)


def _positive_int(
    args: Mapping[str, str],
    name: str,
    default: int,
    maximum: int | None,
    details: list[Detail],
) -> int:
    raw = args.get(name)
    if raw is None:
        return default
    value = int(raw) if _DIGITS.fullmatch(raw) else 0
    if value < 1 or (maximum is not None and value > maximum):
        upper = f" from 1 to {maximum}" if maximum is not None else " of 1 or more"
        details.append({"field": name, "message": f"Must be a whole number{upper}."})
        return default
    return value
