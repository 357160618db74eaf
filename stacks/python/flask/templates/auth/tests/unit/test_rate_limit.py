"""The failed-login limiter, driven by a fake clock."""

from app.auth.rate_limit import LoginRateLimiter, login_key


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_ten_failures_block_the_eleventh_attempt() -> None:
    limiter = LoginRateLimiter(clock=Clock())
    for _ in range(9):
        limiter.record_failure("ada|1.2.3.4")
    assert limiter.retry_after("ada|1.2.3.4") is None
    limiter.record_failure("ada|1.2.3.4")
    assert limiter.retry_after("ada|1.2.3.4") == 60


def test_retry_after_counts_down_and_the_window_passes() -> None:
    clock = Clock()
    limiter = LoginRateLimiter(clock=clock)
    for _ in range(10):
        limiter.record_failure("key")
    clock.now += 45.5
    assert limiter.retry_after("key") == 15
    clock.now += 14.5
    assert limiter.retry_after("key") is None


def test_failures_spread_out_over_the_window_only_count_while_recent() -> None:
    clock = Clock()
    limiter = LoginRateLimiter(clock=clock)
    for _ in range(10):
        limiter.record_failure("key")
        clock.now += 7  # 10 failures over 70 s: never 10 within one minute
    assert limiter.retry_after("key") is None


def test_other_keys_are_unaffected() -> None:
    limiter = LoginRateLimiter(clock=Clock())
    for _ in range(10):
        limiter.record_failure(login_key("victim@example.com", "1.2.3.4"))
    assert limiter.retry_after(login_key("victim@example.com", "1.2.3.4")) is not None
    assert limiter.retry_after(login_key("bystander@example.com", "1.2.3.4")) is None
    assert limiter.retry_after(login_key("victim@example.com", "5.6.7.8")) is None


def test_retry_after_is_always_at_least_one_second() -> None:
    clock = Clock()
    limiter = LoginRateLimiter(clock=clock)
    for _ in range(10):
        limiter.record_failure("key")
    clock.now += 59.99
    assert limiter.retry_after("key") == 1
