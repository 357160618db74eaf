"""GET /docs: Swagger UI for the OpenAPI document FastAPI builds from the routes, models and
`responses=` declarations (served at /openapi.json, see app/main.py). The explorer's scripts and
styles are served here too (app/lib/swagger_ui.py), so /docs works offline.

FastAPI's own docs page is switched off: it loads Swagger UI from a CDN and runs an inline
script, which this API's Content-Security-Policy forbids.
"""

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from app.errors import not_found
from app.lib.swagger_ui import CONTENT_SECURITY_POLICY, PAGE, asset


def docs_router() -> APIRouter:
    # Not part of the API: left out of the OpenAPI document.
    router = APIRouter(include_in_schema=False)

    @router.get("/docs")
    async def docs_page() -> HTMLResponse:
        return HTMLResponse(PAGE, headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY})

    @router.get("/docs/{name}")
    async def docs_asset(name: str) -> Response:
        found = asset(name)
        if found is None:
            raise not_found(f"No route for GET /docs/{name}")
        return Response(
            found.body,
            media_type=found.media_type,
            headers={"Cache-Control": "public, max-age=86400"},
        )

    return router
