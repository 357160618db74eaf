"""The drift checker itself (tests/openapi_drift.py): the spec covers itself, and every kind of gap
planted in a copy of it is reported, so the app's drift test can never pass by finding nothing."""

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.openapi_drift import drift_from

SPEC: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[2] / "openapi.json").read_text(encoding="utf-8")
)
TASK = SPEC["components"]["schemas"]["Task"]


def planted(change: Callable[[dict[str, Any]], None]) -> list[str]:
    served = copy.deepcopy(SPEC)
    change(served)
    return drift_from(SPEC, served)


def test_the_spec_covers_itself() -> None:
    assert drift_from(SPEC, SPEC) == []


def test_a_missing_property_is_reported() -> None:
    gaps = planted(lambda doc: doc["components"]["schemas"]["Task"]["properties"].pop("dueDate"))
    assert 'GET /api/v1/tasks/{id} 200: property "dueDate" is missing' in gaps
    # Through the page envelope's array items too.
    assert 'GET /api/v1/tasks 200.data[]: property "dueDate" is missing' in gaps


def test_a_missing_operation_and_an_extra_one_are_reported() -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["paths"]["/api/v1/tasks/{id}"].pop("delete")
        doc["paths"]["/api/v1/extra"] = {"get": {"responses": {}}}

    gaps = planted(change)
    assert "DELETE /api/v1/tasks/{id}: not in the served document" in gaps
    assert "GET /api/v1/extra: served but not in the spec" in gaps


def test_the_documents_own_routes_are_ignored() -> None:
    assert planted(lambda doc: doc["paths"].pop("/docs")) == []


def test_an_undeclared_status_and_a_missing_parameter_are_reported() -> None:
    def change(doc: dict[str, Any]) -> None:
        operation = doc["paths"]["/api/v1/tasks"]["get"]
        operation["responses"].pop("422")
        operation["parameters"] = operation["parameters"][:-1]

    gaps = planted(change)
    assert "GET /api/v1/tasks: response 422 is not declared" in gaps
    assert 'GET /api/v1/tasks: parameter query "sort" is missing' in gaps


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string"}, "type null is not allowed (served: string)"),
        ({"type": ["string", "null"]}, None),
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, None),
    ],
)
def test_nullability_is_checked(schema: dict[str, Any], expected: str | None) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["Task"]["properties"]["description"] = schema

    gaps = [gap for gap in planted(change) if gap.startswith("GET /api/v1/tasks/{id} 200")]
    assert gaps == ([f"GET /api/v1/tasks/{{id}} 200.description: {expected}"] if expected else [])


def test_enums_and_required_sets_are_checked() -> None:
    def change(doc: dict[str, Any]) -> None:
        schemas = doc["components"]["schemas"]
        schemas["TaskStatus"]["enum"] = ["todo", "done"]
        schemas["Task"]["required"] = [n for n in TASK["required"] if n != "title"]
        schemas["TaskInput"]["required"] = ["title", "status"]

    gaps = planted(change)
    assert any(gap.startswith("GET /api/v1/tasks/{id} 200.status: enum") for gap in gaps)
    assert 'GET /api/v1/tasks/{id} 200: "title" is not required' in gaps
    assert 'POST /api/v1/tasks body: "status" is required but optional in the spec' in gaps


def test_integer_is_covered_by_number() -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["TaskPage"]["properties"]["total"] = {"type": "number"}

    assert planted(change) == []
