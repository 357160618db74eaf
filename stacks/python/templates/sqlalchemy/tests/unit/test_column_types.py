import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.engine import Dialect, make_url

from app.lib.column_types import Guid, UtcDateTime


def dialect(name: str) -> Dialect:
    """The SQL dialect of a database, without connecting to one."""
    return make_url(f"{name}://").get_dialect()()


PG = dialect("postgresql")
MYSQL = dialect("mysql")
SQLITE = dialect("sqlite")


def test_guid_is_native_on_postgres_and_text_elsewhere() -> None:
    value = uuid.uuid4()
    assert Guid().process_bind_param(value, PG) == value
    assert Guid().process_bind_param(value, MYSQL) == str(value)
    assert len(Guid().process_bind_param(value, SQLITE)) == 36


def test_guid_reads_text_back_as_uuid() -> None:
    value = uuid.uuid4()
    assert Guid().process_result_value(str(value), SQLITE) == value


def test_datetimes_are_stored_as_utc() -> None:
    paris = timezone(timedelta(hours=2))
    value = datetime(2030, 1, 1, 12, 0, 0, 123456, tzinfo=paris)
    assert UtcDateTime().process_bind_param(value, MYSQL) == datetime(2030, 1, 1, 10, 0, 0, 123456)
    assert UtcDateTime().process_bind_param(value, PG) == value.astimezone(UTC)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        UtcDateTime().process_bind_param(datetime(2030, 1, 1), SQLITE)


def test_values_read_back_are_aware_utc() -> None:
    naive = datetime(2030, 1, 1, 10, 0, 0, 5)  # what MySQL and SQLite return
    assert UtcDateTime().process_result_value(naive, SQLITE) == naive.replace(tzinfo=UTC)
