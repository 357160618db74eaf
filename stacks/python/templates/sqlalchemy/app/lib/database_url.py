"""DATABASE_URL in its standard forms -> the SQLAlchemy URL for this project's driver.

postgresql:// and postgres:// use psycopg 3, mysql:// uses PyMySQL, sqlite:///relative.db and
sqlite:////absolute.db use Python's built-in sqlite3.
"""

from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

_DRIVERS = {
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "sqlite": "sqlite",
}


class DatabaseUrlError(ValueError):
    """DATABASE_URL is not one of the supported forms."""


def to_sqlalchemy_url(database_url: str) -> URL:
    raw = database_url.strip()
    scheme = raw.split("://", 1)[0].lower() if "://" in raw else ""
    # An explicit driver (postgresql+psycopg://...) is kept as it is.
    backend = scheme.split("+", 1)[0]
    if backend not in _DRIVERS:
        raise DatabaseUrlError(
            "DATABASE_URL must start with postgresql://, postgres://, mysql:// or sqlite:///"
        )
    # make_url wants the canonical name; "postgres" is only an alias of "postgresql".
    canonical = "postgresql" + raw[len("postgres") :] if backend == "postgres" else raw
    try:
        url = make_url(canonical)
    except ArgumentError as exc:
        raise DatabaseUrlError("DATABASE_URL is not a valid URL") from exc
    if "+" not in scheme:
        url = url.set(drivername=_DRIVERS[backend])
    if url.get_backend_name() == "mysql" and "charset" not in url.query:
        url = url.update_query_dict({"charset": "utf8mb4"})
    if url.get_backend_name() == "sqlite" and not url.database:
        raise DatabaseUrlError("DATABASE_URL needs a file path: sqlite:///data/app.db")
    return url


def sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL (None for other databases and in-memory SQLite)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)
