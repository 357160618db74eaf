"""Text no database stores reliably: NUL (U+0000) and unpaired UTF-16 surrogates.

PostgreSQL refuses NUL in text columns, MySQL and SQLite truncate or keep it depending on the
driver, and a lone surrogate (JSON "\\ud800") is not encodable as UTF-8 at all. Refusing both
at the edge makes them a 422 naming the field instead of a 500 from the driver.
"""

import re

# A valid surrogate pair is decoded by the JSON parser into one astral character, so any code
# point left in U+D800..U+DFFF is an unpaired half.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")

NUL_MESSAGE = "Must not contain NUL characters"
SURROGATE_MESSAGE = "Must not contain unpaired surrogate characters"


def text_problem(value: str) -> str | None:
    """Why `value` cannot be stored, or None when it can."""
    match = _UNSTORABLE.search(value)
    if match is None:
        return None
    return NUL_MESSAGE if match.group() == "\x00" else SURROGATE_MESSAGE
