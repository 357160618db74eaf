"""The Task JSON shape (camelCase) and the validation rules of its input."""

from rest_framework import serializers

from app.core.serializers import StrictCharField, StrictDateField
from app.tasks.models import Status, Task


class TaskSerializer(serializers.ModelSerializer[Task]):
    """
    Reads and writes a Task. Omitted optional fields take their defaults on create and on
    PUT (a replace); a PATCH (partial=True) leaves them as they are. Unknown fields, and
    read-only ones such as id or createdAt, are ignored.
    """

    title = StrictCharField(max_length=200)  # trimmed first, then 1 to 200 characters
    description = StrictCharField(
        max_length=2000, allow_null=True, allow_blank=True, trim_whitespace=False, default=None
    )
    status = serializers.ChoiceField(choices=Status.choices, default=Status.TODO)
    dueDate = StrictDateField(source="due_date", allow_null=True, default=None)  # noqa: N815
    createdAt = serializers.DateTimeField(source="created_at", read_only=True)  # noqa: N815
    updatedAt = serializers.DateTimeField(source="updated_at", read_only=True)  # noqa: N815

    class Meta:
        model = Task
        fields = ["id", "title", "description", "status", "dueDate", "createdAt", "updatedAt"]
        read_only_fields = ["id"]
