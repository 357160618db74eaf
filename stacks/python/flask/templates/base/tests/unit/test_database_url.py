"""DATABASE_URL in the contract's forms -> the SQLAlchemy URL of this project's drivers."""

import pytest

from app.database import to_sqlalchemy_url


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("postgresql://u:p@db:5432/app", "postgresql+psycopg://u:p@db:5432/app"),
        ("postgres://u:p@db:5432/app", "postgresql+psycopg://u:p@db:5432/app"),
        ("mysql://u:p@db:3306/app", "mysql+pymysql://u:p@db:3306/app?charset=utf8mb4"),
        ("mysql://u:p@db/app?charset=latin1", "mysql+pymysql://u:p@db/app?charset=latin1"),
        ("sqlite:///data/app.db", "sqlite:///data/app.db"),
        ("sqlite:////var/lib/app.db", "sqlite:////var/lib/app.db"),
        ("postgresql+psycopg://u:p@db/app", "postgresql+psycopg://u:p@db/app"),
    ],
)
def test_converts_each_contract_form(raw: str, expected: str) -> None:
    assert to_sqlalchemy_url(raw).render_as_string(hide_password=False) == expected


def test_sqlite_paths_stay_relative_or_absolute() -> None:
    assert to_sqlalchemy_url("sqlite:///data/app.db").database == "data/app.db"
    assert to_sqlalchemy_url("sqlite:////app/data/app.db").database == "/app/data/app.db"


def test_keeps_special_characters_in_the_password() -> None:
    url = to_sqlalchemy_url("postgresql://app:p%40ss%2Fw0rd@db:5432/app")
    assert url.password == "p@ss/w0rd"
    assert url.username == "app"


@pytest.mark.parametrize("raw", ["oracle://u:p@db/app", "redis://localhost:6379", "not a url"])
def test_rejects_other_schemes_and_garbage(raw: str) -> None:
    with pytest.raises(ValueError, match="DATABASE_URL"):
        to_sqlalchemy_url(raw)
