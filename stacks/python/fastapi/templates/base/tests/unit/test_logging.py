import json
import logging

from app.logging_setup import JsonFormatter


def test_records_are_one_json_object_with_extra_fields() -> None:
    record = logging.LogRecord("app.request", logging.INFO, __file__, 1, "GET %s", ("/x",), None)
    record.status = 200
    entry = json.loads(JsonFormatter().format(record))
    assert entry["level"] == "info"
    assert entry["logger"] == "app.request"
    assert entry["message"] == "GET /x"
    assert entry["status"] == 200
    assert entry["time"].endswith("+00:00")
