"""The failed-login limit on the real database: concurrent attempts are counted one by one."""

import uuid
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine

from app.lib.login_limit import MAX_FAILURES, LoginLimiter
from app.lib.login_store import SqlAlchemyLoginStore


def test_30_concurrent_attempts_let_at_most_10_through(engine: Engine) -> None:
    limiter = LoginLimiter(SqlAlchemyLoginStore(engine))
    email = f"race-{uuid.uuid4().hex}@example.com"
    with ThreadPoolExecutor(max_workers=30) as pool:
        attempts = list(pool.map(lambda _: limiter.attempt(email, "203.0.113.7"), range(30)))
    allowed = [attempt for attempt in attempts if attempt.retry_after is None]
    assert len(allowed) == MAX_FAILURES
    refused = [attempt.retry_after for attempt in attempts if attempt.retry_after is not None]
    assert all(0 < seconds <= 60 for seconds in refused)


def test_a_success_gives_its_count_back(engine: Engine) -> None:
    limiter = LoginLimiter(SqlAlchemyLoginStore(engine), max_failures=1)
    email = f"success-{uuid.uuid4().hex}@example.com"
    for _ in range(3):
        attempt = limiter.attempt(email, "203.0.113.7")
        assert attempt.retry_after is None
        limiter.succeeded(attempt)
