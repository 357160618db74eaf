"""The SQLAlchemy engine and one ORM session per request (DATABASE_URL conversion: app/lib)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from flask import Flask, current_app, g, has_request_context, request
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from app.lib.database_url import to_sqlalchemy_url

CONNECT_TIMEOUT_SECONDS = 5


def create_db_engine(raw_url: str) -> Engine:
    """An engine with a connection pool; nothing connects until the first query."""
    url = to_sqlalchemy_url(raw_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            # sqlite:///data/app.db is relative to the working directory: create data/ if needed.
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
    )


def reads_engine(engine: Engine) -> Engine:
    """The engine for requests that only read (GET, HEAD): the same pool, and on PostgreSQL no
    transaction around the queries.

    psycopg opens a transaction with its own BEGIN round trip before a query and the session
    ends it with a ROLLBACK, two of a read's round trips. In autocommit mode each SELECT stands
    alone (READ COMMITTED, PostgreSQL's default, gives every statement its own snapshot inside
    a transaction too). Switching psycopg's mode costs no round trip; with PyMySQL it sends SET
    autocommit both ways, more than it saves, and SQLite has no network.
    """
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine


#: The methods whose handlers only read: HTTP's safe methods this API serves.
READ_METHODS = frozenset({"GET", "HEAD"})


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLite enforces foreign keys (ON DELETE CASCADE) only when asked, per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


class Database:
    """The engine and a session factory, kept on the Flask app as app.extensions["database"]."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        #: Sessions for GET and HEAD, which never change data (see reads_engine).
        self.read_sessions = sessionmaker(reads_engine(engine), expire_on_commit=False)

    def ping(self) -> None:
        """Raises when the database does not answer."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def init_app(self, app: Flask) -> None:
        app.extensions["database"] = self
        app.teardown_appcontext(_close_session)


def get_database() -> Database:
    return cast(Database, current_app.extensions["database"])


def db_session() -> Session:
    """The session of the current request, opened on first use and closed when it ends."""
    if "db_session" not in g:
        database = get_database()
        read = has_request_context() and request.method in READ_METHODS
        g.db_session = (database.read_sessions if read else database.sessions)()
    return cast(Session, g.db_session)


def _close_session(_error: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
