"""The failed-login limiter's counting, on a real SQLite database in memory (the SQL is the
same one the app runs; tests/integration run it on DATABASE_URL's database too)."""

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from app.lib.login_limit import LoginLimiter, Statement

SCHEMA = """
CREATE TABLE login_attempts (
    email VARCHAR(254) NOT NULL,
    client VARCHAR(64) NOT NULL,
    failures INTEGER NOT NULL,
    window_start BIGINT NOT NULL,
    PRIMARY KEY (email, client)
)
"""


class SqliteStore:
    vendor = "sqlite"

    def __init__(self) -> None:
        self.connection = sqlite3.connect(":memory:")
        self.connection.execute(SCHEMA)

    def placeholder(self, name: str) -> str:
        return f":{name}"

    def execute(self, statements: Sequence[Statement]) -> Sequence[Sequence[Any]]:
        rows: list[Any] = []
        with self.connection:  # one transaction, committed at the end
            for sql, params in statements:
                rows = self.connection.execute(sql, dict(params)).fetchall()
        return rows

    def count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM login_attempts").fetchone()[0])


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store() -> Iterator[SqliteStore]:
    store = SqliteStore()
    yield store
    store.connection.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_ten_attempts_go_on_and_the_eleventh_waits_for_the_window(
    store: SqliteStore, clock: Clock
) -> None:
    limiter = LoginLimiter(store, clock=clock)
    for _ in range(10):
        assert limiter.attempt("ada@example.com", "10.0.0.1").retry_after is None
    clock.now += 15
    assert limiter.attempt("ada@example.com", "10.0.0.1").retry_after == 45


def test_other_emails_and_addresses_are_counted_apart(store: SqliteStore, clock: Clock) -> None:
    limiter = LoginLimiter(store, max_failures=1, clock=clock)
    limiter.attempt("ada@example.com", "10.0.0.1")
    assert limiter.attempt("ada@example.com", "10.0.0.1").retry_after is not None
    assert limiter.attempt("bob@example.com", "10.0.0.1").retry_after is None
    assert limiter.attempt("ada@example.com", "10.0.0.2").retry_after is None


def test_a_new_window_starts_counting_again(store: SqliteStore, clock: Clock) -> None:
    limiter = LoginLimiter(store, max_failures=2, window_seconds=60, clock=clock)
    for _ in range(3):
        limiter.attempt("ada@example.com", "10.0.0.1")
    clock.now += 60
    assert limiter.attempt("ada@example.com", "10.0.0.1").retry_after is None


def test_a_successful_attempt_gives_its_count_back(store: SqliteStore, clock: Clock) -> None:
    limiter = LoginLimiter(store, max_failures=2, clock=clock)
    for _ in range(5):
        limiter.succeeded(limiter.attempt("ada@example.com", "10.0.0.1"))
    assert limiter.attempt("ada@example.com", "10.0.0.1").retry_after is None
    assert limiter.attempt("ada@example.com", "10.0.0.1").retry_after is None
    assert limiter.attempt("ada@example.com", "10.0.0.1").retry_after == 60


def test_pairs_of_ended_windows_are_forgotten(store: SqliteStore, clock: Clock) -> None:
    limiter = LoginLimiter(store, clock=clock)
    limiter.attempt("ada@example.com", "10.0.0.1")
    limiter.attempt("bob@example.com", "10.0.0.1")
    clock.now += 61
    limiter.attempt("eve@example.com", "10.0.0.1")  # starts a window: sweeps the ended ones
    assert store.count() == 1


def test_over_long_keys_are_cut_to_the_column_widths(store: SqliteStore, clock: Clock) -> None:
    limiter = LoginLimiter(store, clock=clock)
    attempt = limiter.attempt("a" * 400, "b" * 100)
    assert (len(attempt.email), len(attempt.client)) == (254, 64)
