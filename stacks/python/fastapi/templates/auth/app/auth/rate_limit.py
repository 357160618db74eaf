"""Slows down password guessing: after 10 failed logins for one email from one client address
within a minute, further attempts for that email from that address get 429 with Retry-After
until the oldest failure leaves the window. Successful logins don't count; other emails and
other addresses are unaffected.

The counters live in this process's memory: they reset on restart and are per process. With
several processes or replicas, keep them in a shared store such as Redis instead.
"""

import math
import threading
import time
from collections import deque
from collections.abc import Callable

MAX_FAILURES = 10
WINDOW_SECONDS = 60.0
# Past this many tracked keys, stale ones are swept out so memory stays bounded.
_SWEEP_THRESHOLD = 10_000


class LoginRateLimiter:
    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window_seconds: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max_failures = max_failures
        self._window = window_seconds
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        # Handlers run in a threadpool: several threads may touch the counters at once.
        self._lock = threading.Lock()

    @staticmethod
    def key(client_ip: str, email: str) -> str:
        return f"{client_ip}|{email}"

    def retry_after(self, key: str) -> int | None:
        """Seconds until another attempt is allowed, or None when it is allowed now."""
        with self._lock:
            now = self._clock()
            failures = self._recent(key, now)
            if len(failures) < self._max_failures:
                return None
            return max(1, math.ceil(failures[0] + self._window - now))

    def record_failure(self, key: str) -> None:
        with self._lock:
            now = self._clock()
            self._recent(key, now).append(now)
            if len(self._failures) > _SWEEP_THRESHOLD:
                self._sweep(now)

    def _recent(self, key: str, now: float) -> deque[float]:
        """The key's failures inside the window (older ones are dropped)."""
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self._window:
            failures.popleft()
        return failures

    def _sweep(self, now: float) -> None:
        for key in list(self._failures):
            if not self._recent(key, now):
                del self._failures[key]
