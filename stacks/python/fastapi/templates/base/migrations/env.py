"""How Alembic connects: DATABASE_URL (converted for this project's driver), and the models'
metadata for `alembic revision --autogenerate`."""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

from app.config import ConfigError, Settings
from app.db.models import Base
from app.lib.database_url import sqlite_file, to_sqlalchemy_url
from app.lib.local_database import DatabaseSetupError, ensure_database

config = context.config

# The CLI logs through alembic.ini; code that calls Alembic (the tests) keeps its own logging.
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata

try:
    database_url = config.attributes.get("database_url") or Settings().database()
    url = to_sqlalchemy_url(database_url)
except (ConfigError, ValueError) as exc:
    # One line, not a traceback: what is wrong and how to fix it.
    raise SystemExit(f"alembic: {exc}") from None


def run_migrations_offline() -> None:
    """`alembic upgrade head --sql`: print the SQL instead of running it."""
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=url.get_backend_name() == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    try:
        ensure_database(database_url)  # a missing database is created (or the fix is named)
    except DatabaseSetupError as exc:
        raise SystemExit(f"alembic: {exc}") from None
    database_file = sqlite_file(url)
    if database_file is not None:
        database_file.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite can't ALTER most things: later migrations rebuild tables in batches.
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
