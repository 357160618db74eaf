"""Bare baselines for the serving bench, on the generated app's own schema and driver (psycopg 3):
`asgi` for uvicorn (beside FastAPI), `wsgi` for gunicorn's gthread workers (beside Flask and
Django). The three routes the bench loads, no framework, no validation beyond json.loads."""

import asyncio
import base64
import hashlib
import hmac
import json
import os
import re
import threading
import time

import psycopg

URL = os.environ["DATABASE_URL"]
JWT = os.environ.get("BENCH_AUTH") == "jwt"
SECRET = os.environ.get("JWT_SECRET", "").encode()
COLUMNS = "id, title, description, status, due_date, created_at, updated_at"
WHERE = "WHERE owner_id = %s" if JWT else ""
ONE = re.compile(r"^/api/v1/tasks/([0-9a-f-]{36})$")


def caller(header: str):
    try:
        h, p, sig = header.removeprefix("Bearer ").split(".")
        want = hmac.new(SECRET, f"{h}.{p}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(want, base64.urlsafe_b64decode(sig + "==")):
            return None
        claims = json.loads(base64.urlsafe_b64decode(p + "=="))
        return claims["sub"] if claims["exp"] > time.time() else None
    except ValueError:
        return None


def task(r):
    return {
        "id": str(r[0]), "title": r[1], "description": r[2], "status": r[3],
        "dueDate": r[4].isoformat() if r[4] else None, "createdAt": r[5].isoformat(), "updatedAt": r[6].isoformat(),
    }


def queries(method: str, path: str, owner, body: bytes):
    """(status, [(sql, args)], how to build the answer from the results)."""
    args = [owner] if JWT else []
    if path == "/health":
        return 200, [], lambda rs: {"status": "ok"}
    if method == "GET" and path == "/api/v1/tasks":
        return 200, [
            (f"SELECT {COLUMNS} FROM tasks {WHERE} ORDER BY created_at DESC LIMIT 20", args),
            (f"SELECT count(*) FROM tasks {WHERE}", args),
        ], lambda rs: {"data": [task(r) for r in rs[0]], "page": 1, "pageSize": 20, "total": rs[1][0][0]}
    if method == "POST" and path == "/api/v1/tasks":
        b = json.loads(body)
        owner_col, owner_val = ("owner_id, ", "%s, ") if JWT else ("", "")
        sql = (f"INSERT INTO tasks (id, {owner_col}title, description, status, created_at, updated_at) "
               f"VALUES (gen_random_uuid(), {owner_val}%s, %s, %s, now(), now()) RETURNING {COLUMNS}")
        return 201, [(sql, [*args, b["title"], b.get("description"), b.get("status", "todo")])], lambda rs: task(rs[0][0])
    m = ONE.match(path)
    if method == "GET" and m:
        sql = f"SELECT {COLUMNS} FROM tasks WHERE id = %s" + (" AND owner_id = %s" if JWT else "")
        return 200, [(sql, [m.group(1), *args])], lambda rs: task(rs[0][0]) if rs[0] else None
    return 404, [], lambda rs: None


NOT_FOUND = json.dumps({"error": {"code": "not_found", "message": "Not found"}}).encode()
UNAUTHORIZED = json.dumps({"error": {"code": "unauthorized", "message": "Sign in"}}).encode()


# ASGI: a pool of async connections shared by the event loop.
_pool: asyncio.Queue | None = None


async def _connection():
    global _pool
    if _pool is None:
        _pool = asyncio.Queue()
        for _ in range(10):
            _pool.put_nowait(await psycopg.AsyncConnection.connect(URL, autocommit=True))
    return await _pool.get()


async def asgi(scope, receive, send):
    if scope["type"] != "http":
        return
    body = b""
    while True:
        event = await receive()
        body += event.get("body", b"")
        if not event.get("more_body"):
            break
    headers = dict(scope["headers"])
    owner = caller(headers.get(b"authorization", b"").decode()) if JWT else None
    status, steps, build = queries(scope["method"], scope["path"], owner, body)
    if JWT and owner is None and steps:
        status, out = 401, UNAUTHORIZED
    else:
        results = []
        if steps:
            conn = await _connection()
            try:
                for sql, args in steps:
                    results.append(await (await conn.execute(sql, args)).fetchall())
            finally:
                _pool.put_nowait(conn)
        answer = build(results)
        status, out = (status, json.dumps(answer).encode()) if answer is not None else (404, NOT_FOUND)
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": out})


# WSGI: one connection per gunicorn thread.
_local = threading.local()


def wsgi(environ, start_response):
    if not hasattr(_local, "conn"):
        _local.conn = psycopg.connect(URL, autocommit=True)
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length) if length else b""
    owner = caller(environ.get("HTTP_AUTHORIZATION", "")) if JWT else None
    status, steps, build = queries(environ["REQUEST_METHOD"], environ["PATH_INFO"], owner, body)
    if JWT and owner is None and steps:
        status, out = 401, UNAUTHORIZED
    else:
        results = [_local.conn.execute(sql, args).fetchall() for sql, args in steps]
        answer = build(results)
        status, out = (status, json.dumps(answer).encode()) if answer is not None else (404, NOT_FOUND)
    start_response(f"{status} X", [("content-type", "application/json"), ("content-length", str(len(out)))])
    return [out]
