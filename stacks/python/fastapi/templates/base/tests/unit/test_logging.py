import json
import logging
import sys
from collections.abc import Iterator

import pytest

from app.config import Environment, Settings
from app.logging_setup import JsonFormatter, configure_logging


def access_record() -> logging.LogRecord:
    """A record as app.middleware logs one request."""
    record = logging.LogRecord(
        "app.request", logging.INFO, __file__, 1, "GET %s %s", ("/x", 200), None
    )
    record.request_id = "abc123"
    record.method = "GET"
    record.status = 200
    return record


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Puts the root logger's handlers and level back after a test configured logging."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def handler_configured_for(app_env: Environment) -> logging.Handler:
    """The handler configure_logging installs with the settings of APP_ENV."""
    settings = Settings(_env_file=None, app_env=app_env, database_url="sqlite:///data/test.db")
    configure_logging("info", structured=settings.json_logs)
    [handler] = [h for h in logging.getLogger().handlers if h.get_name() == "app-stdout"]
    return handler


def test_records_are_one_json_object_with_extra_fields() -> None:
    entry = json.loads(JsonFormatter().format(access_record()))
    assert entry["level"] == "info"
    assert entry["logger"] == "app.request"
    assert entry["message"] == "GET /x 200"
    assert entry["status"] == 200
    assert entry["request_id"] == "abc123"
    assert entry["time"].endswith("+00:00")


@pytest.mark.usefixtures("restore_logging")
@pytest.mark.parametrize("app_env", ["production", "test"])
def test_production_and_tests_log_json(app_env: Environment) -> None:
    line = handler_configured_for(app_env).format(access_record())
    assert "\n" not in line
    assert json.loads(line)["message"] == "GET /x 200"


@pytest.mark.usefixtures("restore_logging")
def test_development_logs_readable_lines() -> None:
    line = handler_configured_for("development").format(access_record())
    with pytest.raises(json.JSONDecodeError):
        json.loads(line)
    # The time, level, logger and message, then the fields the message does not already say.
    assert line.endswith(" INFO    app.request: GET /x 200 request_id=abc123")


@pytest.mark.usefixtures("restore_logging")
def test_a_readable_line_keeps_its_traceback() -> None:
    handler = handler_configured_for("development")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        record = logging.LogRecord(
            "app", logging.ERROR, __file__, 1, "failed", None, sys.exc_info()
        )
    first, *rest = handler.format(record).splitlines()
    assert first.endswith("ERROR   app: failed")
    assert rest[-1] == "RuntimeError: boom"


@pytest.mark.usefixtures("restore_logging")
def test_uvicorn_access_lines_are_left_to_the_request_log() -> None:
    handler_configured_for("production")
    assert logging.getLogger("uvicorn.error").hasHandlers()
    # uvicorn logs a request only when its access logger has a handler (app.middleware does).
    assert not logging.getLogger("uvicorn.access").hasHandlers()
