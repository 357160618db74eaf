from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from app.accounts.models import User


class IsAdmin(BasePermission):
    """Only users with role admin (403 for everyone else; 401 comes first without a login)."""

    message = "Admins only"

    def has_permission(self, request: Request, view: APIView) -> bool:
        user: Any = request.user
        return isinstance(user, User) and user.is_admin
