"""Stricter DRF fields: JSON types are checked, not coerced."""

import datetime
import re
from typing import Any

from rest_framework import serializers


class StrictCharField(serializers.CharField):
    """A string field that refuses numbers and booleans (DRF's CharField turns 12 into "12")."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictDateField(serializers.DateField):
    """A calendar date written exactly YYYY-MM-DD (no week dates, no datetimes)."""

    default_error_messages = {"invalid": "Must be a date written YYYY-MM-DD"}
    _format = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

    def to_internal_value(self, value: Any) -> datetime.date:
        if not isinstance(value, str) or not self._format.fullmatch(value):
            self.fail("invalid")
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.fail("invalid")
