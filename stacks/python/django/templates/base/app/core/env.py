"""
Reading the environment, the only source of configuration (see .env.example). Pure functions
that take the environment as a mapping, so the rules are unit-tested without touching
os.environ; app/settings.py calls them once at startup.
"""

import logging
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

from app.lib.local_database import database_name, test_database_url

APP_ENVS = ("development", "test", "production")

LOG_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warn": logging.WARNING,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}

# Shorter secrets are refused in production: HS256 wants at least 256 bits of key.
MIN_SECRET_LENGTH = 32


def app_env(environ: Mapping[str, str]) -> str:
    """APP_ENV: development (the default), test or production."""
    value = environ.get("APP_ENV", "").strip().lower() or "development"
    if value not in APP_ENVS:
        raise ImproperlyConfigured(f"APP_ENV must be one of {', '.join(APP_ENVS)}, got {value!r}")
    return value


def log_level(environ: Mapping[str, str]) -> str:
    """LOG_LEVEL (debug, info, warn, error) as a name the logging module knows."""
    value = environ.get("LOG_LEVEL", "").strip().lower() or "info"
    if value not in LOG_LEVELS:
        raise ImproperlyConfigured(
            f"LOG_LEVEL must be one of debug, info, warn, error, got {value!r}"
        )
    return logging.getLevelName(LOG_LEVELS[value])


def csv_list(environ: Mapping[str, str], name: str, default: str = "") -> list[str]:
    """A comma-separated variable as a list, without blanks: 'a, b,,c' -> ['a', 'b', 'c']."""
    raw = environ.get(name)
    if raw is None or not raw.strip():
        raw = default
    return [item.strip() for item in raw.split(",") if item.strip()]


def secret(environ: Mapping[str, str], name: str, env: str) -> tuple[str, str | None]:
    """
    The signing secret `name` and a warning to log, if any. Outside production a missing
    secret becomes a random one for this process (tokens and sessions then end with it). In
    production a missing or short secret is returned as '' and app/wsgi.py refuses to serve;
    management commands such as migrate do not need it.
    """
    value = environ.get(name, "").strip()
    if env == "production":
        return (value if len(value) >= MIN_SECRET_LENGTH else ""), None
    if value:
        return value, None
    warning = f"{name} is not set: using a random secret for this process only"
    return secrets.token_urlsafe(32), warning


def database_url(environ: Mapping[str, str], env: str, local_default: str) -> str:
    """DATABASE_URL; required in production, `local_default` elsewhere when it is missing."""
    url = environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    if env == "production":
        raise ImproperlyConfigured("DATABASE_URL is required in production")
    return local_default


def database_settings(url: str, base_dir: Path) -> dict[str, Any]:
    """
    Converts DATABASE_URL to Django's DATABASES["default"]. Accepts postgresql:// (or
    postgres://), mysql://, sqlite:///relative/path.db (relative to the project folder) and
    sqlite:////absolute/path.db. For PostgreSQL, query parameters such as ?sslmode=require
    are handed to the driver.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        # urlsplit keeps one leading slash too many: "/data/app.db" or "//abs/app.db".
        raw_path = unquote(parts.path)[1:]
        if not raw_path:
            raise ImproperlyConfigured("DATABASE_URL sqlite:/// needs a file path")
        path = Path(raw_path)
        test_path = Path(database_name(test_database_url(url.strip())))
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(path if path.is_absolute() else base_dir / path),
            # The tests' own database file (created and deleted by the test run).
            "TEST": {"NAME": str(test_path if test_path.is_absolute() else base_dir / test_path)},
            "OPTIONS": {
                # WAL lets readers work while one writer writes; IMMEDIATE takes the write
                # lock when a transaction starts, so concurrent writers wait (up to `timeout`
                # seconds) instead of failing with "database is locked".
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    if scheme in ("postgres", "postgresql"):
        engine, port, options = "django.db.backends.postgresql", 5432, dict(parse_qsl(parts.query))
    elif scheme == "mysql":
        engine, port, options = "django.db.backends.mysql", 3306, {"charset": "utf8mb4"}
    else:
        raise ImproperlyConfigured(
            "DATABASE_URL must start with postgresql://, postgres://, mysql:// or sqlite:///"
        )
    name = unquote(parts.path.lstrip("/"))
    if not name or not parts.hostname:
        raise ImproperlyConfigured("DATABASE_URL needs a host and a database name")
    return {
        "ENGINE": engine,
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname,
        "PORT": str(parts.port or port),
        "OPTIONS": options,
        # The tests' own database, NAME_test (created and dropped by the test run).
        "TEST": {"NAME": database_name(test_database_url(url.strip()))},
        # Keep connections open between requests (checked before reuse) instead of
        # reconnecting for every request.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }
