"""The User JSON shape and the validation rules of register and login input."""

from typing import Any

from rest_framework import serializers

from app.accounts.models import User
from app.core.serializers import StrictCharField


class EmailField(serializers.EmailField):
    """An email address, trimmed and lower-cased before it is validated and stored."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data.strip().lower())


class UserSerializer(serializers.ModelSerializer[User]):
    """User = {id, email, name, role, createdAt}; the password hash is never a field."""

    createdAt = serializers.DateTimeField(source="created_at", read_only=True)  # noqa: N815

    class Meta:
        model = User
        fields = ["id", "email", "name", "role", "createdAt"]
        read_only_fields = fields


class UserResponseSerializer(serializers.Serializer[Any]):
    """{"user": User}: the body of register and of GET /auth/me."""

    user = UserSerializer()


class RegisterSerializer(serializers.Serializer[Any]):
    email = EmailField(max_length=254)
    password = StrictCharField(min_length=8, max_length=128, trim_whitespace=False)
    name = StrictCharField(max_length=100)  # trimmed, then 1 to 100 characters


class LoginSerializer(serializers.Serializer[Any]):
    # Any string: a wrong email is a 401 like a wrong password, not a validation error.
    email = StrictCharField(max_length=254)
    password = StrictCharField(max_length=128, trim_whitespace=False)

    def validate_email(self, value: str) -> str:
        return value.strip().lower()
