"""The failed-login limit, counted in the database so every worker process and every instance
of the app shares one count.

After MAX_FAILURES failed logins for one email from one client address within WINDOW_SECONDS,
further attempts for that pair get 429 with Retry-After until the window ends (other emails and
addresses are unaffected). Each attempt is counted BEFORE its password is checked, in one
atomic statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING on PostgreSQL and SQLite,
INSERT ... ON DUPLICATE KEY UPDATE on MySQL): 30 concurrent guesses see the counts 1 to 30, so
at most 10 of them reach the password check. A successful login gives its count back.

The table is `login_attempts` (see the migrations): one row per (email, client) with the
failures of the current window and the window's start in Unix seconds. Rows of windows that
have ended are deleted from time to time.
"""

# The statements are assembled from constants and the driver's placeholders only; every value
# is a bound parameter. (Ruff's S608 can't tell that from string building.)
# ruff: noqa: S608

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

logger = logging.getLogger(__name__)

MAX_FAILURES = 10
WINDOW_SECONDS = 60
# The column widths of login_attempts.
EMAIL_LENGTH = 254
CLIENT_LENGTH = 64

Params = Mapping[str, Any]
Statement = tuple[str, Params]


class Store(Protocol):
    """Runs SQL for the limiter: the framework's database connection, adapted."""

    @property
    def vendor(self) -> str:
        """The database: postgresql, mysql or sqlite."""
        ...

    def placeholder(self, name: str) -> str:
        """How this driver writes the named parameter `name` (":name", "%(name)s", ...)."""
        ...

    def execute(self, statements: Sequence[Statement]) -> Sequence[Sequence[Any]]:
        """Runs the statements in one transaction; the rows of the last one (or [])."""
        ...


@dataclass(frozen=True)
class Attempt:
    """One counted login attempt."""

    email: str
    client: str
    window_start: int
    #: None: go on and check the password; else the seconds to wait (answer 429).
    retry_after: int | None


class LoginLimiter:
    def __init__(
        self,
        store: Store,
        max_failures: int = MAX_FAILURES,
        window_seconds: int = WINDOW_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._max = max_failures
        self._window = window_seconds
        self._clock = clock
        p = store.placeholder
        table = "login_attempts"
        # When the row's window has ended, this attempt starts a new one.
        ended = f"window_start <= {p('ended')}"
        if store.vendor == "mysql":
            # MySQL applies the assignments left to right: `failures` is set first, so the
            # second test still reads the old window_start. No RETURNING: the count is read
            # back in the same transaction, which holds the row's lock.
            self._reserve = [
                f"INSERT INTO {table} (email, client, failures, window_start) "
                f"VALUES ({p('email')}, {p('client')}, 1, {p('now')}) "
                f"ON DUPLICATE KEY UPDATE failures = IF({ended}, 1, failures + 1), "
                f"window_start = IF({ended}, {p('now')}, window_start)",
                f"SELECT failures, window_start FROM {table} "
                f"WHERE email = {p('email')} AND client = {p('client')}",
            ]
        else:
            ended = f"{table}.{ended}"
            self._reserve = [
                f"INSERT INTO {table} (email, client, failures, window_start) "
                f"VALUES ({p('email')}, {p('client')}, 1, {p('now')}) "
                f"ON CONFLICT (email, client) DO UPDATE SET "
                f"failures = CASE WHEN {ended} THEN 1 ELSE {table}.failures + 1 END, "
                f"window_start = CASE WHEN {ended} THEN {p('now')} ELSE {table}.window_start END "
                "RETURNING failures, window_start"
            ]
        self._release = (
            f"UPDATE {table} SET failures = failures - 1 WHERE email = {p('email')} "
            f"AND client = {p('client')} AND window_start = {p('window_start')} AND failures > 0"
        )
        self._sweep = f"DELETE FROM {table} WHERE window_start <= {p('ended')}"

    def attempt(self, email: str, client: str) -> Attempt:
        """Counts an attempt for (email, client) and says whether it may go on."""
        email, client = email[:EMAIL_LENGTH], client[:CLIENT_LENGTH]
        now = int(self._clock())
        params = {"email": email, "client": client, "now": now, "ended": now - self._window}
        rows = self._store.execute([(sql, params) for sql in self._reserve])
        failures, window_start = int(rows[0][0]), int(rows[0][1])
        if failures == 1:
            # A new window: a good moment to forget the pairs whose windows have ended.
            self._forget_ended(now)
        retry_after = None
        if failures > self._max:
            retry_after = max(1, window_start + self._window - now)
        return Attempt(email, client, window_start, retry_after)

    def succeeded(self, attempt: Attempt) -> None:
        """The password was right: this attempt was not a failure, give its count back."""
        params = {
            "email": attempt.email,
            "client": attempt.client,
            "window_start": attempt.window_start,
        }
        self._store.execute([(self._release, params)])

    def _forget_ended(self, now: int) -> None:
        try:
            self._store.execute([(self._sweep, {"ended": now - self._window})])
        except Exception:
            # Housekeeping only: a busy database must not turn a login into a 500.
            logger.warning("could not delete expired login attempts", exc_info=True)
