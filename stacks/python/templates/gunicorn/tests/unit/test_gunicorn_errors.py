"""gunicorn's answers to unreadable requests are JSON error bodies."""

import json

from gunicorn import util  # type: ignore[import-untyped]  # gunicorn ships no type hints

from app.lib import gunicorn_errors


def split(response: bytes) -> tuple[list[str], dict[str, object]]:
    head, body = response.split(b"\r\n\r\n", 1)
    return head.decode("latin-1").split("\r\n"), json.loads(body)


def test_a_request_line_too_long_is_a_json_414() -> None:
    lines, body = split(gunicorn_errors.error_response(414, "URI Too Long"))
    assert lines[0] == "HTTP/1.1 414 URI Too Long"
    assert "Content-Type: application/json" in lines
    assert body == {"error": {"code": "bad_request", "message": "URI Too Long"}}


def test_content_length_matches_the_body() -> None:
    response = gunicorn_errors.error_response(431, "Request Header Fields Too Large")
    lines, _ = split(response)
    length = next(int(line.split(": ")[1]) for line in lines if line.startswith("Content-Length"))
    assert length == len(response.split(b"\r\n\r\n", 1)[1])


def test_server_side_failures_are_internal() -> None:
    _, body = split(gunicorn_errors.error_response(500, "Internal Server Error"))
    assert body == {"error": {"code": "internal", "message": "Internal Server Error"}}


def test_install_replaces_gunicorns_html_writer() -> None:
    original = util.write_error
    try:
        gunicorn_errors.install()
        assert util.write_error is gunicorn_errors.write_json_error
    finally:
        util.write_error = original
