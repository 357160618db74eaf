"""The error body as models, for the OpenAPI document: routes declare the statuses they answer
with it (`responses=error_responses(...)`); app/errors.py writes it."""

from http import HTTPStatus
from typing import Any, Literal

from pydantic import BaseModel, Field

ErrorCode = Literal[
    "bad_request",
    "unauthorized",
    "forbidden",
    "not_found",
    "method_not_allowed",
    "conflict",
    "payload_too_large",
    "unsupported_media_type",
    "validation_failed",
    "rate_limited",
    "internal",
]


class ErrorDetail(BaseModel):
    field: str
    message: str


class ErrorInfo(BaseModel):
    code: ErrorCode
    message: str
    details: list[ErrorDetail] | None = Field(
        default=None, description="Only for validation_failed: one entry per bad field."
    )


class ErrorOut(BaseModel):
    error: ErrorInfo


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries: each status answers with the error body."""
    return {
        status: {"model": ErrorOut, "description": HTTPStatus(status).phrase} for status in statuses
    }
