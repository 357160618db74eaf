"""Text no database stores reliably is found, whatever else the string holds."""

import pytest

from app.lib.text import NUL_MESSAGE, SURROGATE_MESSAGE, text_problem


@pytest.mark.parametrize("value", ["", "plain", "caf\u00e9", "emoji \U0001f600", "tab\tand\nline"])
def test_ordinary_text_has_no_problem(value: str) -> None:
    assert text_problem(value) is None


@pytest.mark.parametrize("value", ["\x00", "a\x00b", "trailing\x00"])
def test_nul_is_refused(value: str) -> None:
    assert text_problem(value) == NUL_MESSAGE


@pytest.mark.parametrize("value", ["\ud800", "a\udc00b", "ab\ud83d", "a\ude00\ud83db"])
def test_unpaired_surrogates_are_refused(value: str) -> None:
    assert text_problem(value) == SURROGATE_MESSAGE


def test_the_first_problem_is_reported() -> None:
    assert text_problem("a\x00\ud800") == NUL_MESSAGE
