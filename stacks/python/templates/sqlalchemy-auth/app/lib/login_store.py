"""The failed-login limiter's database access through SQLAlchemy (see app/lib/login_limit.py).

Each call runs in its own short transaction on its own connection from the pool, committed at
once: the count must be visible to every other request before this one checks a password.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from app.lib.login_limit import Statement

# MySQL's "deadlock found": two first attempts for a new (email, client) inserting at once.
# InnoDB rolls one back; running it again then finds the row and counts on it.
_MYSQL_DEADLOCK = 1213
_TRIES = 3


class SqlAlchemyLoginStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self.vendor = engine.dialect.name

    def placeholder(self, name: str) -> str:
        return f":{name}"

    def execute(self, statements: Sequence[Statement]) -> Sequence[Sequence[Any]]:
        for attempt in range(_TRIES):
            try:
                with self._engine.begin() as connection:
                    rows: Sequence[Sequence[Any]] = []
                    for sql, params in statements:
                        result = connection.execute(text(sql), dict(params))
                        rows = result.all() if result.returns_rows else []
                    return rows
            except OperationalError as exc:
                code = exc.orig.args[0] if exc.orig is not None and exc.orig.args else None
                if code != _MYSQL_DEADLOCK or attempt == _TRIES - 1:
                    raise
        raise AssertionError("unreachable")
