"""Literal substring search with LIKE: the user's text never acts as a pattern."""

# Not a backslash: MySQL string literals treat backslashes specially, `!` means nothing anywhere.
ESCAPE_CHAR = "!"


def escape_like(text: str) -> str:
    """Escapes the LIKE wildcards (% and _) and the escape character itself."""
    return (
        text.replace(ESCAPE_CHAR, ESCAPE_CHAR * 2)
        .replace("%", f"{ESCAPE_CHAR}%")
        .replace("_", f"{ESCAPE_CHAR}_")
    )


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching any value that contains `text` (use with ESCAPE '!')."""
    return f"%{escape_like(text)}%"
