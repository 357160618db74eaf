"""The failed-login limiter, with a fake clock."""

from app.accounts.rate_limit import LoginRateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def limiter_with_clock() -> tuple[LoginRateLimiter, Clock]:
    clock = Clock()
    return LoginRateLimiter(max_failures=10, window_seconds=60, clock=clock), clock


KEY = ("ada@example.com", "10.0.0.1")


def test_ten_failures_block_the_eleventh_attempt() -> None:
    limiter, _ = limiter_with_clock()
    for _ in range(9):
        limiter.record_failure(KEY)
    assert limiter.retry_after(KEY) is None
    limiter.record_failure(KEY)
    assert limiter.retry_after(KEY) == 60


def test_retry_after_counts_down_and_the_block_ends_with_the_window() -> None:
    limiter, clock = limiter_with_clock()
    for _ in range(10):
        limiter.record_failure(KEY)
        clock.now += 1
    # The oldest failure was 10 s ago: it leaves the window in 50 s.
    assert limiter.retry_after(KEY) == 50
    clock.now += 49.5
    assert limiter.retry_after(KEY) == 1
    clock.now += 0.5
    assert limiter.retry_after(KEY) is None


def test_other_emails_and_other_addresses_are_counted_separately() -> None:
    limiter, _ = limiter_with_clock()
    for _ in range(10):
        limiter.record_failure(KEY)
    assert limiter.retry_after(("grace@example.com", "10.0.0.1")) is None
    assert limiter.retry_after(("ada@example.com", "10.0.0.2")) is None


def test_reset_forgets_the_failures_of_one_key() -> None:
    limiter, _ = limiter_with_clock()
    other = ("grace@example.com", "10.0.0.1")
    for _ in range(10):
        limiter.record_failure(KEY)
        limiter.record_failure(other)
    limiter.reset(KEY)
    assert limiter.retry_after(KEY) is None
    assert limiter.retry_after(other) == 60
