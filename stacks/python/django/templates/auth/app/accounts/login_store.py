"""The failed-login limiter's database access through Django's connection (see
app/lib/login_limit.py for the rules and the SQL).

Raw SQL on purpose: counting an attempt must be one atomic upsert that returns the new count,
and the ORM has no such query. Each call runs in its own transaction.atomic() block, so the
count is committed before the password is checked (a savepoint inside a test's transaction).
"""

from collections.abc import Sequence
from typing import Any

from django.db import OperationalError, connection, transaction

from app.lib.login_limit import LoginLimiter, Statement

# MySQL's "deadlock found": two first attempts for a new (email, client) inserting at once.
# InnoDB rolls one back; running it again then finds the row and counts on it.
_MYSQL_DEADLOCK = 1213
_TRIES = 3


class DjangoLoginStore:
    @property
    def vendor(self) -> str:
        return connection.vendor

    def placeholder(self, name: str) -> str:
        # Django's cursors take pyformat parameters on every backend (SQLite's included).
        return f"%({name})s"

    def execute(self, statements: Sequence[Statement]) -> Sequence[Sequence[Any]]:
        for attempt in range(_TRIES):
            try:
                with transaction.atomic(), connection.cursor() as cursor:
                    rows: Sequence[Sequence[Any]] = []
                    for sql, params in statements:
                        cursor.execute(sql, dict(params))
                        rows = cursor.fetchall() if cursor.description else []
                    return rows
            except OperationalError as exc:
                if not exc.args or exc.args[0] != _MYSQL_DEADLOCK or attempt == _TRIES - 1:
                    raise
        raise AssertionError("unreachable")


#: One per process; the counts themselves are in the database, shared by every process.
login_limiter = LoginLimiter(DjangoLoginStore())
