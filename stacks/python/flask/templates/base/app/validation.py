"""Reading JSON bodies and turning Pydantic errors into the API spec's 422 details."""

from __future__ import annotations

from typing import Any, TypeVar

from flask import request
from pydantic import BaseModel, ValidationError
from werkzeug.exceptions import BadRequest as WerkzeugBadRequest

from app.errors import BadRequest, Detail, UnsupportedMediaType, ValidationFailed
from app.lib.text import text_problem

Model = TypeVar("Model", bound=BaseModel)

# Pydantic error types -> messages written for API clients.
MESSAGES = {
    "missing": "This field is required.",
    "string_type": "Must be a string.",
}


def json_body() -> dict[str, Any]:
    """The request body as a JSON object: 415 for another Content-Type (a cross-site form can't
    post here), 400 when it is not valid JSON or not an object. Bodies over 1 MiB never get
    this far: MAX_CONTENT_LENGTH answers 413 while they stream in."""
    if not request.is_json:
        raise UnsupportedMediaType()
    try:
        data = request.get_json()
    except WerkzeugBadRequest:
        raise BadRequest("The request body is not valid JSON.") from None
    except RecursionError:
        # json.loads gives up on very deep nesting ([[[[...]]]]): malformed for this API.
        raise BadRequest("The request body is nested too deeply.") from None
    if not isinstance(data, dict):
        raise BadRequest("The request body must be a JSON object.")
    return data


def safe_text(value: str) -> str:
    """A Pydantic AfterValidator: refuses NUL and lone surrogates (no database stores them)."""
    problem = text_problem(value)
    if problem is not None:
        raise ValueError(f"{problem}.")
    return value


def validate(model: type[Model], data: dict[str, Any]) -> Model:
    """Validates data against a Pydantic model; 422 with one detail per bad field otherwise."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(details_from(exc)) from None


def details_from(exc: ValidationError) -> list[Detail]:
    details: list[Detail] = []
    for error in exc.errors(include_url=False, include_input=False):
        field = ".".join(str(part) for part in error["loc"]) or "body"
        if error["type"] == "value_error":
            # A ValueError raised by our own validators: its text is the message.
            message = str(error.get("ctx", {}).get("error", error["msg"]))
        else:
            message = MESSAGES.get(error["type"], error["msg"])
        details.append({"field": field, "message": message})
    return details
