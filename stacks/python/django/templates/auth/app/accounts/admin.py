"""The accounts on Django's admin site (/admin/), for users with the admin role."""

from django.contrib import admin
from django.http import HttpRequest

from app.accounts.models import User


@admin.register(User)
class UserAdmin(admin.ModelAdmin):  # type: ignore[type-arg]  # generic in django-stubs only
    list_display = ["email", "name", "role", "created_at", "last_login"]
    list_filter = ["role"]
    search_fields = ["email", "name"]
    ordering = ["created_at"]
    fields = ["email", "name", "role", "created_at", "last_login"]
    readonly_fields = ["created_at", "last_login"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Accounts come from POST /api/v1/auth/register or `manage.py createsuperuser`, which
        # hash the password; a plain model form here would not.
        return False
