"""Logs on stdout at the level LOG_LEVEL names: one JSON object per line (test, production), which
log collectors parse without configuration, or readable lines in development."""

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

# Attributes every LogRecord has; anything else was passed with `extra=` and is logged as a field
# (uvicorn's color_message is the message again, with terminal colours).
_STANDARD_ATTRIBUTES = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys()
    | {"message", "asctime", "color_message"}
)

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warn": logging.WARNING,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
}


class JsonFormatter(logging.Formatter):
    """Formats a record as JSON: time, level, logger, message, extra fields, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


# Fields the access line's message already shows ("GET /api/v1/tasks 200").
_SAID_IN_MESSAGE = frozenset({"method", "path", "status"})


class TextFormatter(logging.Formatter):
    """A line for a person at a terminal: `12:00:00 INFO    app.request: GET /x 200 key=value`.

    The `extra=` fields follow the message (those it already says are left out); a traceback
    follows on the next lines.
    """

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        line = super().formatMessage(record)
        fields = " ".join(
            f"{key}={value}"
            for key, value in vars(record).items()
            if key not in _STANDARD_ATTRIBUTES
            and key not in _SAID_IN_MESSAGE
            and not key.startswith("_")
        )
        return f"{line} {fields}" if fields else line


_HANDLER_NAME = "app-stdout"


def configure_logging(level: str, *, structured: bool = True) -> None:
    """Sends every logger (uvicorn's too) through one handler on stdout: JSON when `structured`,
    else readable text (Settings.json_logs says which).

    Calling it again replaces that handler only, so handlers others installed (pytest's log
    capture, for one) keep working.
    """
    root = logging.getLogger()
    for existing in list(root.handlers):
        if existing.get_name() == _HANDLER_NAME:
            root.removeHandler(existing)
    handler = logging.StreamHandler(sys.stdout)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(JsonFormatter() if structured else TextFormatter())
    root.addHandler(handler)
    root.setLevel(_LEVELS.get(level.lower(), logging.INFO))
    # uvicorn's own loggers propagate to the root ...
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    # ... except its access log: app.middleware logs each request (with its request id). Without
    # a handler anywhere up its chain uvicorn skips it; it checks that per connection
    # (hasHandlers), so a propagating access logger would add a second line to every request.
    access = logging.getLogger("uvicorn.access")
    access.handlers.clear()
    access.propagate = False
