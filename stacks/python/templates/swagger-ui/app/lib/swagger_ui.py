"""Swagger UI for GET /docs, served by the app itself: the page works offline and its
Content-Security-Policy allows nothing from another host.

The JavaScript and CSS are the swagger-ui-dist files that the offapi package ships (kept by the
maintainer of spectree for exactly this: OpenAPI explorers without a CDN). offapi's own page
inlines them into one 1.5 MB HTML document, which would need 'unsafe-inline' scripts; the app
serves them as files instead, read once and cached, next to a small init script.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple


class Asset(NamedTuple):
    body: bytes
    media_type: str


# URL name under /docs/ -> (file in the offapi package, media type)
_FILES = {
    "swagger-ui-bundle.js": ("swagger_bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui.css": ("swagger_style.css", "text/css; charset=utf-8"),
}

# A file rather than an inline script, so the page's policy needs no 'unsafe-inline' scripts.
_INIT = (
    "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', "
    "validatorUrl: null, deepLinking: true });\n"
)

PAGE = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API explorer</title>
    <link rel="stylesheet" href="/docs/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/swagger-ui-bundle.js"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>
"""

# Swagger UI sets inline styles on its elements; everything else comes from this origin.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
)

#: The names asset() serves, for the routes under /docs/.
ASSET_NAMES = (*_FILES, "init.js")


@cache
def asset(name: str) -> Asset | None:
    """The file served at /docs/<name>, or None for any other name."""
    if name == "init.js":
        return Asset(_INIT.encode(), "text/javascript; charset=utf-8")
    if name not in _FILES:
        return None
    filename, media_type = _FILES[name]
    return Asset((resources.files("offapi") / filename).read_bytes(), media_type)
