"""The accounts on Django's admin site (/admin/), for users with the admin role."""

from typing import Any

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from app.accounts.login import client_address
from app.accounts.login_store import login_limiter
from app.accounts.models import User, normalize_email


class LimitedAdminLoginForm(AdminAuthenticationForm):
    """
    The admin site's login form behind the same failed-login limit as POST /api/v1/auth/login
    (app/lib/login_limit.py): one count per (email, client address), shared by both, taken
    before the password is checked. Once limited, even the right password gets the form back
    with an error until the window ends (a form error, not the API's JSON 429).
    """

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "rate_limited": "Too many failed logins. Try again in %(seconds)s seconds.",
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if not username or not password or self.request is None:
            # A missing field is the field's own error (nothing is checked, nothing counted);
            # the admin site always passes the request.
            return super().clean()
        attempt = login_limiter.attempt(normalize_email(username), client_address(self.request))
        if attempt.retry_after is not None:
            raise ValidationError(
                self.error_messages["rate_limited"],
                code="rate_limited",
                params={"seconds": attempt.retry_after},
            )
        try:
            return super().clean()
        finally:
            # authenticate() found the account and the password right (a non-admin is still
            # refused by the form): not a failed guess, like a successful API login.
            if self.user_cache is not None:
                login_limiter.succeeded(attempt)


admin.site.login_form = LimitedAdminLoginForm


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
