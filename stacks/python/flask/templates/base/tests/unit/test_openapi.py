"""/openapi.json is built from the code (spectree, app/openapi.py); it must still cover
openapi.json, the API spec (same operations, parameters, statuses and JSON schemas:
tests/openapi_drift.py). Add a route or change a model without updating the spec, and this test
lists what differs."""

import json
from pathlib import Path
from typing import Any

from flask.testing import FlaskClient

from tests.openapi_drift import drift_from

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.json"


def served_document(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    document: dict[str, Any] = response.get_json()
    return document


def test_the_served_document_covers_the_spec(client: FlaskClient) -> None:
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    assert drift_from(spec, served_document(client)) == []


def test_the_served_document_is_built_from_the_code(client: FlaskClient) -> None:
    document = served_document(client)
    # The models' own schema names: not a copy of the spec file.
    assert {"ErrorOut", "TaskOut", "TaskInput"} <= set(document["components"]["schemas"])
    assert "/docs" not in document["paths"]


def test_docs_is_swagger_ui_with_its_own_assets(client: FlaskClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "script-src 'self';" in response.headers["Content-Security-Policy"]
    html = response.get_data(as_text=True)
    for name in ("swagger-ui-bundle.js", "swagger-ui.css", "init.js"):
        assert f'"/docs/{name}"' in html
        asset = client.get(f"/docs/{name}")
        assert asset.status_code == 200
        assert asset.get_data()


def test_unknown_docs_assets_are_404(client: FlaskClient) -> None:
    response = client.get("/docs/nothing.js")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"
