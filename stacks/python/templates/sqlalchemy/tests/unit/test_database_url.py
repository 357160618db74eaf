import pytest

from app.lib.database_url import DatabaseUrlError, sqlite_file, to_sqlalchemy_url


def test_postgresql_url_uses_psycopg() -> None:
    url = to_sqlalchemy_url("postgresql://app:secret@db.example.com:5432/tasks")
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "app",
        "secret",
        "db.example.com",
        5432,
        "tasks",
    )


def test_postgres_alias_is_accepted() -> None:
    url = to_sqlalchemy_url("postgres://app:secret@localhost/tasks")
    assert url.drivername == "postgresql+psycopg"
    assert url.database == "tasks"


def test_percent_encoded_password_is_decoded() -> None:
    url = to_sqlalchemy_url("postgresql://app:p%40ss%2Fword@localhost:5432/tasks")
    assert url.password == "p@ss/word"


def test_mysql_url_uses_pymysql_and_utf8mb4() -> None:
    url = to_sqlalchemy_url("mysql://root:root@127.0.0.1:3306/tasks")
    assert url.drivername == "mysql+pymysql"
    assert url.query["charset"] == "utf8mb4"


def test_sqlite_relative_and_absolute_paths() -> None:
    relative = to_sqlalchemy_url("sqlite:///data/app.db")
    absolute = to_sqlalchemy_url("sqlite:////var/lib/app/app.db")
    assert relative.drivername == "sqlite"
    assert str(sqlite_file(relative)) == "data/app.db"
    assert str(sqlite_file(absolute)) == "/var/lib/app/app.db"


def test_explicit_driver_is_kept() -> None:
    url = to_sqlalchemy_url("postgresql+psycopg://app:secret@localhost/tasks")
    assert url.drivername == "postgresql+psycopg"


def test_sqlite_file_is_none_for_server_databases() -> None:
    assert sqlite_file(to_sqlalchemy_url("postgresql://app:secret@localhost/tasks")) is None


@pytest.mark.parametrize(
    "raw",
    ["", "localhost:5432/tasks", "mongodb://localhost/tasks", "http://example.com", "sqlite://"],
)
def test_unsupported_urls_are_rejected(raw: str) -> None:
    with pytest.raises(DatabaseUrlError):
        to_sqlalchemy_url(raw)
