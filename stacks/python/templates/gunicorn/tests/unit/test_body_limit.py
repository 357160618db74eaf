"""The WSGI body limit: 413 before reading, chunked bodies get a length, refusals drain."""

import io
import json
from collections.abc import Iterable
from typing import Any

from app.lib.body_limit import BodyLimit


class Recorder:
    """A stand-in for the framework: records what it was called with."""

    def __init__(self) -> None:
        self.environ: dict[str, Any] | None = None

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        self.environ = environ
        start_response("200 OK", [])
        return [environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))]


def call(app: BodyLimit, environ: dict[str, Any]) -> tuple[str, bytes]:
    """Calls the app as a server would: iterate the body, then close it."""
    statuses: list[str] = []
    result = app(environ, lambda status, _headers: statuses.append(status))
    body = b"".join(result)
    close = getattr(result, "close", None)
    if close is not None:
        close()
    return statuses[0], body


def test_a_declared_length_over_the_limit_is_413_before_the_app_runs() -> None:
    inner = Recorder()
    stream = io.BytesIO(b"x" * 20)
    status, body = call(BodyLimit(inner, limit=10), {"CONTENT_LENGTH": "20", "wsgi.input": stream})
    assert status.startswith("413")
    assert json.loads(body)["error"]["code"] == "payload_too_large"
    assert inner.environ is None
    assert stream.tell() == 20  # drained after the answer, so the connection stays usable


def test_a_chunked_body_over_the_limit_is_413() -> None:
    stream = io.BytesIO(b"x" * 20)
    environ = {"HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input": stream}
    status, _ = call(BodyLimit(Recorder(), limit=10), environ)
    assert status.startswith("413")
    assert stream.tell() == 20


def test_a_small_chunked_body_reaches_the_app_with_its_length() -> None:
    inner = Recorder()
    environ = {"HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input": io.BytesIO(b'{"a": 1}')}
    status, body = call(BodyLimit(inner, limit=10), environ)
    assert (status, body) == ("200 OK", b'{"a": 1}')
    assert inner.environ is not None
    assert inner.environ["CONTENT_LENGTH"] == "8"


def test_bodies_within_the_limit_pass_untouched() -> None:
    inner = Recorder()
    status, body = call(
        BodyLimit(inner, limit=10), {"CONTENT_LENGTH": "3", "wsgi.input": io.BytesIO(b"abc")}
    )
    assert (status, body) == ("200 OK", b"abc")
