"""gunicorn's own error answers in the API's JSON error body.

gunicorn answers requests it cannot parse (a request line over limit_request_line, headers over
their limits, malformed HTTP) itself, before the app sees them, with a small HTML page. This
swaps the function that writes that page (gunicorn.util.write_error, called by every worker
class) for one that writes {"error": {"code", "message"}}. The status stays gunicorn's: 414 and
431 are the HTTP answers to those requests; they carry the `bad_request` code, the API spec's
code for a request the server could not read.
"""

import json
import socket

from gunicorn import util  # type: ignore[import-untyped]  # gunicorn ships no type hints

CODES = {400: "bad_request", 403: "forbidden", 500: "internal"}


def error_response(status: int, reason: str) -> bytes:
    """The whole HTTP response gunicorn sends for an unreadable request."""
    code = CODES.get(status, "bad_request" if status < 500 else "internal")
    body = json.dumps({"error": {"code": code, "message": reason}}, separators=(",", ":")).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Connection: close\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        "\r\n"
    )
    return head.encode("latin-1") + body


def write_json_error(sock: socket.socket, status_int: int, reason: str, _mesg: str) -> None:
    # gunicorn's detail message (`_mesg`) names its limits; the log has it, the client doesn't.
    util.write_nonblock(sock, error_response(status_int, reason))


def install() -> None:
    """Called from gunicorn.conf.py, in the master before the workers are forked."""
    util.write_error = write_json_error
