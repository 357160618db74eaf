"""Tasks on Django's admin site (/admin/), with their owners."""

from django.contrib import admin

from app.tasks.models import Task


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):  # type: ignore[type-arg]  # generic in django-stubs only
    list_display = ["title", "owner", "status", "due_date", "created_at"]
    list_filter = ["status"]
    search_fields = ["title", "owner__email"]
    list_select_related = ["owner"]
    raw_id_fields = ["owner"]
    ordering = ["-created_at"]
