from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from app.accounts.models import current_user


class IsAdmin(BasePermission):
    """Only users with role admin (403 for everyone else; 401 comes first without a login)."""

    message = "Admins only"

    def has_permission(self, request: Request, view: APIView) -> bool:
        return current_user(request).is_admin
