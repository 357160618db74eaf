"""The Task JSON shape (camelCase) and the validation rules of its input."""

import datetime
from typing import Any

from rest_framework import serializers

from app.core.serializers import StrictCharField, StrictDateField
from app.tasks.models import Status, Task


class TaskSerializer(serializers.Serializer[Task]):
    """
    Reads and writes a Task. Omitted optional fields take their defaults on create and on
    PUT (a replace); a PATCH (partial=True) leaves them as they are. Unknown fields, and
    read-only ones such as id or createdAt, are ignored.
    """

    # A plain Serializer with every field declared, not a ModelSerializer: a ModelSerializer
    # inspects the model to build its fields again for every serializer it creates (a tenth
    # of the time of a list request); create() and update() are what it would have run.

    id = serializers.UUIDField(read_only=True)
    title = StrictCharField(max_length=200)  # trimmed first, then 1 to 200 characters
    description = StrictCharField(
        max_length=2000, allow_null=True, allow_blank=True, trim_whitespace=False, default=None
    )
    status = serializers.ChoiceField(choices=Status.choices, default=Status.TODO)
    dueDate = StrictDateField(source="due_date", allow_null=True, default=None)  # noqa: N815
    # Stored in UTC (USE_TZ) and written in UTC: naming the zone spares DRF a lookup of the
    # active one for every timestamp.
    createdAt = serializers.DateTimeField(  # noqa: N815
        source="created_at", read_only=True, default_timezone=datetime.UTC
    )
    updatedAt = serializers.DateTimeField(  # noqa: N815
        source="updated_at", read_only=True, default_timezone=datetime.UTC
    )

    def create(self, validated_data: dict[str, Any]) -> Task:
        return Task.objects.create(**validated_data)

    def update(self, instance: Task, validated_data: dict[str, Any]) -> Task:
        for name, value in validated_data.items():
            setattr(instance, name, value)
        instance.save()
        return instance
