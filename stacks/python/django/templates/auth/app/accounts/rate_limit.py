"""
Failed-login limiting: after MAX_FAILURES failed logins within WINDOW_SECONDS for one email
from one client address, that pair gets 429 until the oldest failure leaves the window.
Successful logins do not count (and clear the pair's failures); other emails are unaffected.

The counts live in this process's memory, so each server process counts on its own and a
restart forgets them: gunicorn.conf.py runs one worker process (with threads) by default.
Several processes or machines would need a shared store such as the database or Redis.
"""

import math
import threading
import time
from collections import deque
from collections.abc import Callable

MAX_FAILURES = 10
WINDOW_SECONDS = 60.0

Key = tuple[str, str]


class LoginRateLimiter:
    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window_seconds: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self.clock = clock
        self._failures: dict[Key, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: Key, now: float) -> deque[float]:
        """The key's failures still inside the window (older ones are dropped)."""
        failures = self._failures.get(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        if failures:
            self._failures[key] = failures
        else:
            self._failures.pop(key, None)
        return failures

    def retry_after(self, key: Key) -> int | None:
        """Seconds to wait when the key is blocked now, else None."""
        with self._lock:
            now = self.clock()
            failures = self._recent(key, now)
            if len(failures) < self.max_failures:
                return None
            return max(1, math.ceil(failures[0] + self.window - now))

    def record_failure(self, key: Key) -> None:
        with self._lock:
            now = self.clock()
            self._recent(key, now)
            self._failures.setdefault(key, deque()).append(now)
            if len(self._failures) > 10_000:
                self._sweep(now)

    def reset(self, key: Key) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._failures.clear()

    def _sweep(self, now: float) -> None:
        """Forgets keys whose failures have all expired, so memory stays bounded."""
        for key in list(self._failures):
            self._recent(key, now)


login_limiter = LoginRateLimiter()
