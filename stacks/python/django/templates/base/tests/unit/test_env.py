"""Reading configuration from the environment: DATABASE_URL, APP_ENV, LOG_LEVEL, secrets."""

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from app.core import env

BASE = Path("/srv/project")


def test_postgres_url_becomes_django_settings() -> None:
    db = env.database_settings("postgresql://app:s3cret@db.internal:6543/tasks", BASE)
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"]) == ("tasks", "app", "s3cret")
    assert (db["HOST"], db["PORT"]) == ("db.internal", "6543")


def test_postgres_short_scheme_default_port_and_query_options() -> None:
    db = env.database_settings("postgres://u:p@localhost/tasks?sslmode=require", BASE)
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert db["PORT"] == "5432"
    assert db["OPTIONS"] == {"sslmode": "require"}


def test_percent_encoded_credentials_are_decoded() -> None:
    db = env.database_settings("mysql://root:p%40ss%2Fword@127.0.0.1/app_db", BASE)
    assert db["ENGINE"] == "django.db.backends.mysql"
    assert db["PASSWORD"] == "p@ss/word"
    assert db["PORT"] == "3306"
    assert db["OPTIONS"]["charset"] == "utf8mb4"


def test_sqlite_relative_path_is_relative_to_the_project() -> None:
    db = env.database_settings("sqlite:///data/app.db", BASE)
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == str(BASE / "data" / "app.db")


def test_sqlite_absolute_path_has_four_slashes() -> None:
    assert env.database_settings("sqlite:////var/lib/app/app.db", BASE)["NAME"] == (
        "/var/lib/app/app.db"
    )


def test_database_url_is_required_in_production_only() -> None:
    local = "sqlite:///data/app.db"
    assert (
        env.database_url({"DATABASE_URL": " mysql://h/db "}, "production", local) == "mysql://h/db"
    )
    assert env.database_url({}, "test", local) == local
    with pytest.raises(ImproperlyConfigured):
        env.database_url({"DATABASE_URL": ""}, "production", local)


@pytest.mark.parametrize(
    "url", ["", "redis://localhost/0", "postgresql://localhost", "sqlite:///", "nonsense"]
)
def test_unusable_database_urls_are_refused(url: str) -> None:
    with pytest.raises(ImproperlyConfigured):
        env.database_settings(url, BASE)


def test_app_env_defaults_to_development_and_rejects_unknown_values() -> None:
    assert env.app_env({}) == "development"
    assert env.app_env({"APP_ENV": " Production "}) == "production"
    with pytest.raises(ImproperlyConfigured):
        env.app_env({"APP_ENV": "staging"})


@pytest.mark.parametrize(
    ("raw", "level"), [("", "INFO"), ("debug", "DEBUG"), ("WARN", "WARNING"), ("error", "ERROR")]
)
def test_log_level(raw: str, level: str) -> None:
    assert env.log_level({"LOG_LEVEL": raw}) == level


def test_csv_list_drops_blanks_and_falls_back_to_the_default() -> None:
    assert env.csv_list({"X": " https://a.dev, ,https://b.dev,"}, "X") == [
        "https://a.dev",
        "https://b.dev",
    ]
    assert env.csv_list({}, "X", "localhost,127.0.0.1") == ["localhost", "127.0.0.1"]


def test_a_missing_secret_is_random_per_process_outside_production() -> None:
    first, warning = env.secret({}, "APP_SECRET", "development")
    second, _ = env.secret({}, "APP_SECRET", "test")
    assert len(first) >= 32
    assert first != second
    assert warning is not None
    assert "APP_SECRET" in warning


def test_production_never_invents_a_secret() -> None:
    assert env.secret({}, "APP_SECRET", "production") == ("", None)
    assert env.secret({"APP_SECRET": "too-short"}, "APP_SECRET", "production") == ("", None)
    strong = "x" * 40
    assert env.secret({"APP_SECRET": strong}, "APP_SECRET", "production") == (strong, None)
