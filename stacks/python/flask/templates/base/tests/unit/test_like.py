"""LIKE escaping: the search text q matches itself literally, never as a wildcard."""

import pytest

from app.database import escape_like


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words", "plain words"),
        ("100%", "100\\%"),
        ("a_b", "a\\_b"),
        ("c:\\temp", "c:\\\\temp"),
        ("%_\\", "\\%\\_\\\\"),
        ("'; DROP TABLE tasks; --", "'; DROP TABLE tasks; --"),
    ],
)
def test_escapes_wildcards_and_the_escape_character(text: str, escaped: str) -> None:
    assert escape_like(text) == escaped


def test_escaping_the_escape_character_first_keeps_it_unambiguous() -> None:
    # "\%" typed by a user must become "\\\%": a literal backslash, then a literal percent.
    assert escape_like("\\%") == "\\\\\\%"
