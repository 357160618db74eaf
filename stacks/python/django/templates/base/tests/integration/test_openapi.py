"""
/openapi.json is built from the code (drf-spectacular); it must still cover the project's
openapi.json, the API spec, by the rules of tests/openapi_drift.py. A route, field or status
added to one but not the other fails here, listing every gap. /docs serves its own assets.
"""

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from tests.openapi_drift import drift_from as drift


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    path: Path = settings.BASE_DIR / "openapi.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture
def served(api: APIClient) -> dict[str, Any]:
    response = api.get("/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return dict(json.loads(response.content))


def test_the_served_document_covers_the_spec(spec: dict[str, Any], served: dict[str, Any]) -> None:
    gaps = drift(spec, served)
    assert not gaps, "the served document does not cover openapi.json:\n" + "\n".join(gaps)


def test_the_checker_finds_a_property_missing_from_the_served_document(
    spec: dict[str, Any], served: dict[str, Any]
) -> None:
    # The checker itself is tested, so the test above can never pass by checking nothing.
    narrowed = copy.deepcopy(served)
    task = next(
        schema
        for schema in narrowed["components"]["schemas"].values()
        if "dueDate" in schema.get("properties", {}) and "createdAt" in schema["properties"]
    )
    del task["properties"]["dueDate"]
    gaps = drift(spec, narrowed)
    assert any('property "dueDate" is missing' in gap for gap in gaps), gaps


def test_the_checker_finds_a_missing_operation_and_status(
    spec: dict[str, Any], served: dict[str, Any]
) -> None:
    narrowed = copy.deepcopy(served)
    del narrowed["paths"]["/health"]
    del narrowed["paths"]["/api/v1/tasks/{id}"]["get"]["responses"]["404"]
    assert set(drift(spec, narrowed)) >= {
        "GET /health: not in the served document",
        "GET /api/v1/tasks/{id}: response 404 is not declared",
    }


@pytest.mark.django_db  # with cookie sessions, the page's script asks for a CSRF token
def test_docs_serves_swagger_ui_from_this_app(api: APIClient) -> None:
    page = api.get("/docs")
    assert page.status_code == 200
    assert page["Content-Type"].startswith("text/html")
    csp = page["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.content.decode())
    assert assets, "the page loads no scripts or styles"
    for asset in assets:
        assert asset.startswith("/"), f"{asset} is not served by this app"
        response = api.get(asset)
        assert response.status_code == 200, asset
