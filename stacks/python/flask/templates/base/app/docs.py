"""GET /openapi.json (the document spectree builds from the routes, app/openapi.py) and GET /docs
(Swagger UI, its scripts and styles served here too: app/lib/swagger_ui.py, no CDN)."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from app.errors import NotFound
from app.lib.swagger_ui import CONTENT_SECURITY_POLICY, PAGE, asset
from app.openapi import api

# Neither route is decorated with documented(): the document describes the API, not itself.
bp = Blueprint("docs", __name__)


@bp.get("/openapi.json")
def openapi() -> Response:
    # Built on the first request (spectree walks the app's routes) and cached by spectree.
    return jsonify(api.spec)


@bp.get("/docs")
def docs() -> Response:
    response = Response(PAGE, mimetype="text/html")
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return response


@bp.get("/docs/<name>")
def docs_asset(name: str) -> Response:
    found = asset(name)
    if found is None:
        raise NotFound()
    response = Response(found.body, content_type=found.media_type)
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response
