from app.lib.like import contains_pattern, escape_like


def test_plain_text_is_unchanged() -> None:
    assert escape_like("write the README") == "write the README"


def test_wildcards_are_escaped() -> None:
    assert escape_like("100%") == "100!%"
    assert escape_like("a_b") == "a!_b"


def test_the_escape_character_itself_is_escaped_first() -> None:
    # Escaping "!" after the wildcards would double the escapes just added.
    assert escape_like("wow!") == "wow!!"
    assert escape_like("!%") == "!!!%"


def test_backslashes_are_ordinary_characters() -> None:
    assert escape_like("c:\\temp") == "c:\\temp"


def test_contains_pattern_wraps_the_escaped_text() -> None:
    assert contains_pattern("50%_off") == "%50!%!_off%"
