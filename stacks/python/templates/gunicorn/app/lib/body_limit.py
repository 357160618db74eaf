"""
A WSGI middleware for request bodies over 1 MiB: 413 in the API's error body, before the
framework reads them.

- With a Content-Length over the limit, the answer comes at once, nothing is buffered.
- A chunked body (Transfer-Encoding: chunked, no Content-Length) is read up to the limit:
  over it, 413; within it, the app gets the body with its length (Django under WSGI reads
  exactly CONTENT_LENGTH bytes and would otherwise see an empty body).
- After a 413 has been sent, the rest of the body is read and thrown away (up to
  DRAIN_LIMIT): closing a connection with unread data makes the kernel reset it, and a client
  still sending could lose the answer. gunicorn itself drains only 64 KiB before closing.
"""

import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

MAX_BODY_BYTES = 1024 * 1024
#: Bodies larger than this are not drained: the connection is closed instead.
DRAIN_LIMIT = 16 * 1024 * 1024
_CHUNK = 64 * 1024

Environ = dict[str, Any]
StartResponse = Callable[..., Any]
WsgiApp = Callable[[Environ, StartResponse], Iterable[bytes]]


class BodyLimit:
    def __init__(self, app: WsgiApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        length = str(environ.get("CONTENT_LENGTH") or "").strip()
        stream: IO[bytes] = environ["wsgi.input"]
        if length.isdigit() and int(length) > self.limit:
            return self._too_large(start_response, stream, int(length))
        chunked = "chunked" in str(environ.get("HTTP_TRANSFER_ENCODING", "")).lower()
        if chunked and not length:
            body = stream.read(self.limit + 1)
            if len(body) > self.limit:
                return self._too_large(start_response, stream, None)
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
        return self.app(environ, start_response)

    def _too_large(
        self, start_response: StartResponse, stream: IO[bytes], remaining: int | None
    ) -> Iterable[bytes]:
        message = f"The request body is larger than {self.limit} bytes"
        error = {"error": {"code": "payload_too_large", "message": message}}
        body = json.dumps(error, separators=(",", ":")).encode()
        start_response(
            "413 Content Too Large",
            [
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(body))),
                ("X-Content-Type-Options", "nosniff"),
            ],
        )
        return _Refusal(body, stream, remaining)


class _Refusal:
    """The 413 body; once the server has sent it, close() drains the unread request body."""

    def __init__(self, body: bytes, stream: IO[bytes], remaining: int | None) -> None:
        self.body = body
        self.stream = stream
        self.remaining = remaining

    def __iter__(self) -> Iterator[bytes]:
        yield self.body

    def close(self) -> None:
        if self.remaining is not None and self.remaining > DRAIN_LIMIT:
            return
        drained = 0
        while drained < DRAIN_LIMIT:
            size = _CHUNK if self.remaining is None else min(_CHUNK, self.remaining - drained)
            if size <= 0:
                return
            chunk = self.stream.read(size)
            if not chunk:
                return
            drained += len(chunk)
