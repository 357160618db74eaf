"""`?page=&pageSize=`: strict parsing and the bounds every list endpoint shares.

Values are decimal digits only ("1.5", "+2", "1e3", "0x10" and "abc" are errors, not something
to guess at). `page` stops at 2147483647, the largest 32-bit integer, so the offset computed
from it always fits the databases' integer types.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 2_147_483_647

# At most 10 digits: anything longer is out of range anyway, and int() of a huge string is slow.
_DIGITS = re.compile(r"[0-9]{1,10}")

Detail = dict[str, str]


@dataclass(frozen=True)
class PageRequest:
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def envelope(self, data: Sequence[Any], total: int) -> dict[str, Any]:
        """The list response: {"data", "page", "pageSize", "total"}."""
        return {"data": data, "page": self.page, "pageSize": self.page_size, "total": total}


def parse_int(raw: str, minimum: int, maximum: int) -> int | None:
    """A decimal integer within [minimum, maximum], or None."""
    if not _DIGITS.fullmatch(raw):
        return None
    value = int(raw)
    return value if minimum <= value <= maximum else None


def parse_page(params: Mapping[str, str]) -> tuple[PageRequest, list[Detail]]:
    """page and pageSize from the query string, and a detail for each bad one."""
    details: list[Detail] = []
    page, page_size = 1, DEFAULT_PAGE_SIZE
    if "page" in params:
        parsed = parse_int(params["page"], 1, MAX_PAGE)
        if parsed is None:
            details.append({"field": "page", "message": f"Must be an integer from 1 to {MAX_PAGE}"})
        else:
            page = parsed
    if "pageSize" in params:
        parsed = parse_int(params["pageSize"], 1, MAX_PAGE_SIZE)
        if parsed is None:
            message = f"Must be an integer from 1 to {MAX_PAGE_SIZE}"
            details.append({"field": "pageSize", "message": message})
        else:
            page_size = parsed
    return PageRequest(page, page_size), details
