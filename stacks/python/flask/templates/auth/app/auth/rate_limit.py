"""Failed-login rate limit: 10 failures per minute for one email from one client address.

The counters live in this process's memory, which is why gunicorn.conf.py runs a single worker
process (with threads). With several processes or machines, move them to a shared store such as
Redis or a database table. The client address is the TCP peer (request.remote_addr): behind a
reverse proxy, wrap the app in werkzeug's ProxyFix so it is the real client's address.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

MAX_FAILURES = 10
WINDOW_SECONDS = 60.0


class LoginRateLimiter:
    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> int | None:
        """Seconds until `key` may try again, or None when it is not limited."""
        with self._lock:
            now = self.clock()
            failures = self._prune(key, now)
            if len(failures) < self.max_failures:
                return None
            # Allowed again once the oldest failure that still counts leaves the window.
            wait = failures[-self.max_failures] + self.window - now
            return max(1, math.ceil(wait))

    def record_failure(self, key: str) -> None:
        with self._lock:
            now = self.clock()
            self._prune(key, now)
            self._failures.setdefault(key, deque()).append(now)
            if len(self._failures) > 10_000:
                self._forget_old(now)

    def _prune(self, key: str, now: float) -> deque[float]:
        """The failures of `key` still inside the window (older ones are dropped)."""
        failures = self._failures.get(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def _forget_old(self, now: float) -> None:
        for key in list(self._failures):
            if not self._prune(key, now):
                del self._failures[key]


def login_key(email: str, client_address: str | None) -> str:
    return f"{email}|{client_address or 'unknown'}"
