from app.auth.rate_limit import LoginRateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_ten_failures_then_limited_with_retry_after() -> None:
    clock = FakeClock()
    limiter = LoginRateLimiter(clock=clock)
    key = limiter.key("10.0.0.1", "ada@example.com")
    for _ in range(10):
        assert limiter.retry_after(key) is None
        limiter.record_failure(key)
        clock.now += 1
    assert limiter.retry_after(key) == 50  # the first failure leaves the window at t+60


def test_the_limit_lifts_when_the_window_passes() -> None:
    clock = FakeClock()
    limiter = LoginRateLimiter(clock=clock)
    key = limiter.key("10.0.0.1", "ada@example.com")
    for _ in range(10):
        limiter.record_failure(key)
    assert limiter.retry_after(key) == 60
    clock.now += 60
    assert limiter.retry_after(key) is None


def test_other_emails_and_addresses_are_unaffected() -> None:
    limiter = LoginRateLimiter(clock=FakeClock())
    for _ in range(10):
        limiter.record_failure(limiter.key("10.0.0.1", "ada@example.com"))
    assert limiter.retry_after(limiter.key("10.0.0.1", "ada@example.com")) is not None
    assert limiter.retry_after(limiter.key("10.0.0.1", "bob@example.com")) is None
    assert limiter.retry_after(limiter.key("10.0.0.2", "ada@example.com")) is None


def test_retry_after_is_at_least_one_second() -> None:
    clock = FakeClock()
    limiter = LoginRateLimiter(max_failures=1, window_seconds=1.0, clock=clock)
    limiter.record_failure("key")
    clock.now += 0.999
    assert limiter.retry_after("key") == 1
