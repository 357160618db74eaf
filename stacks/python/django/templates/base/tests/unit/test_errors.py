"""The uniform error body and the DRF exception handler."""

from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404
from rest_framework import exceptions

from app.core.errors import Conflict, RateLimited, error_body, exception_handler, validation_details


def handle(exc: Exception) -> tuple[int, dict[str, Any], Any]:
    response = exception_handler(exc, {"view": None})
    return response.status_code, response.data, response.headers


def test_error_body_has_details_only_when_given() -> None:
    assert error_body(404, "Not found") == {"error": {"code": "not_found", "message": "Not found"}}
    body = error_body(422, "Invalid", [{"field": "title", "message": "Required"}])
    assert body["error"]["details"] == [{"field": "title", "message": "Required"}]


def test_validation_details_are_flattened_with_api_field_names() -> None:
    detail = {"title": ["Too long", "Blank"], "dueDate": ["Bad date"], "non_field_errors": ["x"]}
    assert validation_details(detail) == [
        {"field": "title", "message": "Too long"},
        {"field": "title", "message": "Blank"},
        {"field": "dueDate", "message": "Bad date"},
        {"field": "body", "message": "x"},
    ]


def test_validation_errors_are_422_validation_failed() -> None:
    status, body, _ = handle(exceptions.ValidationError({"pageSize": ["Too big"]}))
    assert status == 422
    assert body["error"]["code"] == "validation_failed"
    assert body["error"]["details"] == [{"field": "pageSize", "message": "Too big"}]


def test_each_exception_maps_to_its_error_code() -> None:
    cases: list[tuple[Exception, int, str]] = [
        (exceptions.ParseError(), 400, "bad_request"),
        (exceptions.UnsupportedMediaType("text/plain"), 415, "unsupported_media_type"),
        (RequestDataTooBig(), 413, "payload_too_large"),
        (exceptions.NotAuthenticated(), 401, "unauthorized"),
        (exceptions.AuthenticationFailed(), 401, "unauthorized"),
        (exceptions.PermissionDenied(), 403, "forbidden"),
        (Http404(), 404, "not_found"),
        (exceptions.MethodNotAllowed("PUT"), 405, "method_not_allowed"),
        (Conflict(), 409, "conflict"),
    ]
    for exc, status, code in cases:
        got_status, body, _ = handle(exc)
        assert (got_status, body["error"]["code"]) == (status, code), exc
        assert "details" not in body["error"]


def test_rate_limited_sets_retry_after() -> None:
    status, body, headers = handle(RateLimited(retry_after=42))
    assert (status, body["error"]["code"]) == (429, "rate_limited")
    assert headers["Retry-After"] == "42"


def test_unexpected_errors_are_500_without_internals() -> None:
    status, body, _ = handle(RuntimeError("SELECT * FROM secrets failed at /srv/app.py:12"))
    assert status == 500
    assert body == {"error": {"code": "internal", "message": "Internal server error"}}
