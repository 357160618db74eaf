"""The SQLAlchemy engine (a connection pool) and the factory of per-request sessions."""

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.lib.database_url import to_sqlalchemy_url

# Fail fast when the server is unreachable instead of hanging a request (or /health/ready).
CONNECT_TIMEOUT_SECONDS = 5


def create_db_engine(database_url: str) -> Engine:
    url = to_sqlalchemy_url(database_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        # FastAPI runs handlers in a threadpool: a connection may serve several threads in turn.
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,  # drop connections the server closed while they sat in the pool
        pool_size=5,
        max_overflow=10,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
    )


def _configure_sqlite(connection: sqlite3.Connection, _record: Any) -> None:
    cursor = connection.cursor()
    # SQLite ignores foreign keys (and ON DELETE CASCADE) unless each connection asks.
    cursor.execute("PRAGMA foreign_keys = ON")
    # Readers don't block the writer and the other way round.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Every column value is set in Python (ids, timestamps, defaults), so nothing needs reloading
    # after a commit: without expiring, answering a create or an update needs no second SELECT.
    return sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)
