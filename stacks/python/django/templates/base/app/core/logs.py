"""
Structured logs: one JSON object per line on stderr, which log collectors parse without
configuration. Used by Django (settings.LOGGING) and by gunicorn (gunicorn.conf.py).
"""

import json
import logging
from datetime import UTC, datetime
from typing import Any

# No line names its source line or thread, so the logging module need not look them up for
# every record (the "Optimization" advice of the Python logging HOWTO). The process id stays:
# gunicorn's own lines show it.
logging._srcfile = None
logging.logThreads = False
logging.logMultiprocessing = False

# Attributes every LogRecord has; anything else was passed with `extra=` and is logged too.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def logging_config(level: str) -> dict[str, Any]:
    """A dictConfig that sends everything at `level` and above to stderr as JSON."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            },
        },
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            # Django logs every 4xx response as a warning; app.core.middleware already logs
            # each request once, so only its 5xx errors are kept.
            "django.request": {"level": "ERROR"},
            "django.server": {"level": "ERROR"},
        },
    }
