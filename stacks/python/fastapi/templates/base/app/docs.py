"""GET /openapi.json serves the OpenAPI document at the project root (the API contract, byte
for byte); GET /docs is a Swagger UI explorer for it.

FastAPI's generated document and docs pages are switched off in app/main.py: this API's
contract is the checked-in openapi.json, not what the code happens to declare.
"""

from pathlib import Path

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi.json"

# Swagger UI is loaded from the jsDelivr CDN, pinned to one version and checked with Subresource
# Integrity, so the app needs no bundled JavaScript; the browser opening /docs needs internet.
_SWAGGER_UI = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.35.0"
_CSS_SRI = "sha384-WlYgdmXYOOBWL5apwjDEZwN+U3HmXSSu5R6V5aGxEcf7z+KuRNwBhoxKVN1i3D5I"
_JS_SRI = "sha384-gjRm0bEPMeTmMh5jT2cHccIwCUZSTd8YC+j0d0sXw0MdGEfScduGpSyF3ZSSLkX9"

_PAGE = f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API explorer</title>
    <link rel="stylesheet" href="{_SWAGGER_UI}/swagger-ui.css"
      integrity="{_CSS_SRI}" crossorigin="anonymous" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="{_SWAGGER_UI}/swagger-ui-bundle.js"
      integrity="{_JS_SRI}" crossorigin="anonymous"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>
"""

# A separate file rather than an inline script, so the Content-Security-Policy needs no
# 'unsafe-inline' for scripts.
_INIT_SCRIPT = (
    "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', "
    "validatorUrl: null });\n"
)

_DOCS_CSP = (
    "default-src 'none'; "
    "script-src 'self' https://cdn.jsdelivr.net; "
    "style-src https://cdn.jsdelivr.net 'unsafe-inline'; "
    "img-src 'self' data:; "
    "connect-src 'self'; "
    "frame-ancestors 'none'"
)


def docs_router(openapi_path: Path = OPENAPI_PATH) -> APIRouter:
    """Reads the document once, at startup: a missing file fails fast."""
    document = openapi_path.read_bytes()
    router = APIRouter(tags=["docs"])

    @router.get("/openapi.json")
    async def openapi_document() -> Response:
        return Response(document, media_type="application/json")

    @router.get("/docs")
    async def docs_page() -> HTMLResponse:
        return HTMLResponse(_PAGE, headers={"Content-Security-Policy": _DOCS_CSP})

    @router.get("/docs/init.js")
    async def docs_script() -> Response:
        return Response(_INIT_SCRIPT, media_type="text/javascript")

    return router
