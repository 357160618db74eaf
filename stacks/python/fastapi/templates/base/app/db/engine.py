"""The SQLAlchemy engine (an asyncio connection pool) and the factory of per-request sessions.

Handlers are `async def` and await their queries, so a request waiting on the database leaves
the event loop free for the others. The drivers: psycopg 3 (its asyncio side) for PostgreSQL,
aiomysql (PyMySQL's protocol, awaited) for MySQL, aiosqlite for SQLite. Alembic keeps the
sync drivers of app/lib/database_url.py: a migration is one script run, not a server.
"""

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from app.lib.database_url import to_sqlalchemy_url

# Fail fast when the server is unreachable instead of hanging a request (or /health/ready).
CONNECT_TIMEOUT_SECONDS = 5

#: Connections per worker process (see create_db_engine).
POOL_SIZE = 10

# The sync driver of a URL -> its asyncio counterpart (psycopg 3 is both).
_ASYNC_DRIVERS = {"psycopg": "psycopg", "pymysql": "aiomysql", "pysqlite": "aiosqlite"}


def async_url(database_url: str) -> URL:
    """DATABASE_URL as a SQLAlchemy URL with the asyncio driver of its database."""
    url = to_sqlalchemy_url(database_url)
    driver = _ASYNC_DRIVERS.get(url.get_driver_name(), url.get_driver_name())
    return url.set(drivername=f"{url.get_backend_name()}+{driver}")


def create_db_engine(database_url: str) -> AsyncEngine:
    url = async_url(database_url)
    if url.get_backend_name() == "sqlite":
        engine = create_async_engine(url, connect_args={"timeout": 10})
        event.listen(engine.sync_engine, "connect", _configure_sqlite)
        return engine
    return create_async_engine(
        url,
        pool_pre_ping=True,  # drop connections the server closed while they sat in the pool
        # A fixed pool: one worker's event loop keeps POOL_SIZE queries in flight, and requests
        # beyond that wait for a connection (up to pool_timeout, 30 s) instead of opening and
        # closing overflow connections under load. WEB_CONCURRENCY workers hold up to
        # POOL_SIZE connections each: 8 x 10 stays under PostgreSQL's and MySQL's default 100.
        pool_size=POOL_SIZE,
        max_overflow=0,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
    )


def reads_engine(engine: AsyncEngine) -> AsyncEngine:
    """The engine for requests that only read (GET, HEAD): the same pool, and on PostgreSQL no
    transaction around the queries.

    psycopg opens a transaction with its own BEGIN round trip before a query and the session
    ends it with a ROLLBACK, two of the three to five round trips of a read. In autocommit mode
    each SELECT stands alone (READ COMMITTED, PostgreSQL's default, gives every statement its
    own snapshot inside a transaction too). Switching psycopg's mode costs no round trip; with
    aiomysql it sends SET autocommit both ways, more than it saves, and SQLite has no network.
    """
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine


def _configure_sqlite(connection: Any, _record: Any) -> None:
    # aiosqlite's connection, adapted by SQLAlchemy to be driven like sqlite3's.
    cursor = connection.cursor()
    # SQLite ignores foreign keys (and ON DELETE CASCADE) unless each connection asks.
    cursor.execute("PRAGMA foreign_keys = ON")
    # Readers don't block the writer and the other way round.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # Every column value is set in Python (ids, timestamps, defaults), so nothing needs reloading
    # after a commit: without expiring, answering a create or an update needs no second SELECT
    # (and no attribute access after a commit ever needs the implicit I/O asyncio forbids).
    return async_sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)
