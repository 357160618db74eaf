"""Model fields shared by the apps."""

import uuid
from typing import Any

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper


# Django fields are generic only in django-stubs (for mypy), not at runtime, so no [...] here.
class UUIDField(models.UUIDField):  # type: ignore[type-arg]
    """
    A UUID stored natively on PostgreSQL (type uuid) and as CHAR(36) text in the standard
    hyphenated form elsewhere, so ids read the same in the database as in the API. (Django's
    own UUIDField uses CHAR(32) without hyphens on MySQL and SQLite.)
    """

    def db_type(self, connection: BaseDatabaseWrapper) -> str | None:
        if connection.vendor == "postgresql":
            return super().db_type(connection)
        return "char(36)"

    def get_db_prep_value(
        self, value: Any, connection: BaseDatabaseWrapper, prepared: bool = False
    ) -> Any:
        if value is None:
            return None
        if not isinstance(value, uuid.UUID):
            value = self.to_python(value)
        if connection.vendor == "postgresql":
            return value
        return str(value)
