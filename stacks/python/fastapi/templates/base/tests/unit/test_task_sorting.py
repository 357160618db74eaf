import pytest
from sqlalchemy.engine import Dialect, make_url

from app.repositories.tasks import order_by, parse_sort


def dialect(name: str) -> Dialect:
    """The SQL dialect of a database, without connecting to one."""
    return make_url(f"{name}://").get_dialect()()


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("createdAt", ("createdAt", False)),
        ("-createdAt", ("createdAt", True)),
        ("dueDate", ("dueDate", False)),
        ("-title", ("title", True)),
    ],
)
def test_parse_sort(sort: str, expected: tuple[str, bool]) -> None:
    assert parse_sort(sort) == expected


def compiled(sort: str, dialect: Dialect) -> str:
    return ", ".join(str(clause.compile(dialect=dialect)) for clause in order_by(sort))


@pytest.mark.parametrize("dialect", [dialect("postgresql"), dialect("mysql"), dialect("sqlite")])
def test_due_date_puts_missing_dates_last_in_both_directions(dialect: Dialect) -> None:
    for sort in ["dueDate", "-dueDate"]:
        sql = compiled(sort, dialect)
        assert sql.startswith("CASE WHEN (tasks.due_date IS NULL)")
        assert "NULLS" not in sql  # MySQL has no NULLS LAST


def test_ties_are_newest_first() -> None:
    sql = compiled("title", dialect("sqlite"))
    assert sql == "tasks.title ASC, tasks.created_at DESC, tasks.id DESC"


def test_created_at_has_no_redundant_tie_break() -> None:
    assert compiled("-createdAt", dialect("sqlite")) == "tasks.created_at DESC, tasks.id DESC"
