"""GET /openapi.json and GET /docs (Swagger UI).

The served document is the project-root openapi.json, byte for byte: it is the API contract this
project was generated from, shared by every stack. Libraries that build a document from the code
(flask-smorest, spectree, ...) would serve a different one, so the file is the single source.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from string import Template

from flask import Blueprint, Response, current_app

OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi.json"

# Swagger UI is loaded from the jsDelivr CDN, pinned to one version with Subresource Integrity
# hashes, so the project ships no front-end assets. Offline, /docs shows an empty page (the API
# and /openapi.json work regardless).
SWAGGER_UI = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.35.0"
SWAGGER_JS_SRI = "sha384-gjRm0bEPMeTmMh5jT2cHccIwCUZSTd8YC+j0d0sXw0MdGEfScduGpSyF3ZSSLkX9"
SWAGGER_CSS_SRI = "sha384-WlYgdmXYOOBWL5apwjDEZwN+U3HmXSSu5R6V5aGxEcf7z+KuRNwBhoxKVN1i3D5I"

PAGE = Template("""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>API docs</title>
  <link rel="stylesheet" href="$base/swagger-ui.css" integrity="$css_sri" crossorigin="anonymous">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="$base/swagger-ui-bundle.js" integrity="$js_sri" crossorigin="anonymous"></script>
  <script nonce="$nonce">
    window.ui = SwaggerUIBundle({
      url: "/openapi.json",
      dom_id: "#swagger-ui",
      validatorUrl: null,
    });
  </script>
</body>
</html>
""")

bp = Blueprint("docs", __name__)


def load_openapi() -> bytes:
    """Read once at startup: a missing file is a startup error, not a 500 later."""
    return OPENAPI_PATH.read_bytes()


@bp.get("/openapi.json")
def openapi() -> Response:
    return Response(current_app.extensions["openapi"], mimetype="application/json")


@bp.get("/docs")
def docs() -> Response:
    nonce = secrets.token_urlsafe(16)
    html = PAGE.substitute(
        base=SWAGGER_UI, css_sri=SWAGGER_CSS_SRI, js_sri=SWAGGER_JS_SRI, nonce=nonce
    )
    response = Response(html, mimetype="text/html")
    # This page needs the CDN and its one inline script; every other response keeps the strict
    # default policy set in app/web.py.
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; "
        f"script-src {SWAGGER_UI}/ 'nonce-{nonce}'; "
        f"style-src {SWAGGER_UI}/ 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
    )
    return response
