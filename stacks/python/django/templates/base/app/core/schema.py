"""
The OpenAPI document at /openapi.json, built from the code by drf-spectacular: paths from the
URL patterns, bodies from the serializers, the rest from each view's @extend_schema. This module
holds what every operation shares:

- ApiSchema (settings.REST_FRAMEWORK["DEFAULT_SCHEMA_CLASS"]) adds the error answers the app
  gives on every route of a kind, from what the view is: 500 everywhere; 400, 413, 415 and 422
  where a JSON body is read (a request serializer); 401 where a login is required; 404 where
  the path names a task.
  A view declares only its own (409 on register, 429 on login, ...).
- The serializers of the JSON bodies no model describes: the error body, the page envelope.
"""

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema_serializer
from rest_framework import serializers
from rest_framework.fields import empty
from rest_framework.permissions import IsAuthenticated

from app.core.errors import CODES

BODY_METHODS = ("POST", "PUT", "PATCH")


class ErrorDetailSerializer(serializers.Serializer[Any]):
    field = serializers.CharField()
    message = serializers.CharField()


class ErrorFieldsSerializer(serializers.Serializer[Any]):
    code = serializers.ChoiceField(choices=sorted(set(CODES.values())))
    message = serializers.CharField()
    details = ErrorDetailSerializer(many=True, required=False, help_text="Only for 422.")


class ErrorSerializer(serializers.Serializer[Any]):
    """The one error body: {"error": {"code", "message", "details"?}} (app/core/errors.py)."""

    error = ErrorFieldsSerializer()


def error(description: str) -> OpenApiResponse:
    return OpenApiResponse(ErrorSerializer, description=description)


Serializer = type[serializers.Serializer[Any]]


def page_of(name: str, item: type[serializers.BaseSerializer[Any]]) -> Serializer:
    """The serializer of a page envelope {data, page, pageSize, total} of `item`s."""
    fields: dict[str, Any] = {
        "data": item(many=True),
        "page": serializers.IntegerField(min_value=1),
        "pageSize": serializers.IntegerField(min_value=1, max_value=100),
        "total": serializers.IntegerField(min_value=0),
    }
    page = type(name, (serializers.Serializer,), fields)
    # One envelope object, also where the view is a list action (not an array of envelopes).
    return extend_schema_serializer(many=False)(page)


PAGE_PARAMETERS = [
    OpenApiParameter("page", int, description="Page number, from 1. Past the end: empty data."),
    OpenApiParameter("pageSize", int, description="Items per page, 1 to 100 (default 20)."),
]


class ApiSchema(AutoSchema):
    def _map_basic_serializer(self, serializer: Any, direction: Any) -> dict[str, Any]:
        """
        In a response, a field with a default (description: null, ...) is always written, so it
        is required there; drf-spectacular counts only required input fields and read-only ones.
        """
        schema: dict[str, Any] = super()._map_basic_serializer(  # type: ignore[no-untyped-call]
            serializer, direction
        )
        if direction == "response":
            written = [
                name
                for name, field in serializer.fields.items()
                if field.default is not empty and name in schema.get("properties", {})
            ]
            required = schema.get("required", [])
            schema["required"] = [*required, *(n for n in written if n not in required)]
        return schema

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        for code, description in self._shared_errors().items():
            if code not in responses:
                responses[code] = self._get_response_for_code(  # type: ignore[no-untyped-call]
                    error(description), code, direction=direction
                )
        return responses

    def _shared_errors(self) -> dict[str, str]:
        errors = {"500": "Unexpected error (logged on the server)."}
        if self.method in BODY_METHODS and self.get_request_serializer() is not None:
            errors |= {
                "400": "The body is not valid JSON.",
                "413": "The body is over 1 MiB.",
                "415": "The body is not sent as Content-Type: application/json.",
                "422": "A field is not valid: one `details` entry per field.",
            }
        if self._needs_login():
            errors["401"] = "Missing, invalid or expired credentials."
            if self.method in (*BODY_METHODS, "DELETE") and self._checks_csrf():
                errors["403"] = "The X-CSRF-Token header is missing or wrong."
        if "{id}" in self.path:
            errors["404"] = "No such task for the caller (also an id that is not a UUID)."
        return errors

    def _needs_login(self) -> bool:
        return any(isinstance(p, IsAuthenticated) for p in self.view.get_permissions())

    def _checks_csrf(self) -> bool:
        """Cookie authentication checks a CSRF token on state-changing requests."""
        return any(getattr(a, "checks_csrf", False) for a in self.view.get_authenticators())
