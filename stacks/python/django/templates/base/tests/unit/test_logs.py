import json
import logging

from app.core.logs import JsonFormatter


def test_log_lines_are_json_with_extra_fields() -> None:
    record = logging.LogRecord("app.request", logging.INFO, __file__, 1, "GET %s", ("/x",), None)
    record.status = 200
    line = json.loads(JsonFormatter().format(record))
    assert line["level"] == "info"
    assert line["message"] == "GET /x"
    assert line["status"] == 200
    assert line["time"].endswith("+00:00")
