"""Register, the current user and the admin's user list (login lives in auth_views.py)."""

from django.conf import settings
from django.db import IntegrityError, transaction
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from app.accounts.models import Role, User, current_user
from app.accounts.permissions import IsAdmin
from app.accounts.serializers import RegisterSerializer, UserResponseSerializer, UserSerializer
from app.core.errors import Conflict
from app.core.pagination import Errors, paginate, parse_page
from app.core.schema import PAGE_PARAMETERS, error, page_of


@extend_schema(
    request=RegisterSerializer,
    responses={201: UserResponseSerializer, 409: error("The email is already registered.")},
)
@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def register(request: Request) -> Response:
    """201 {"user": User}; the account registered with ADMIN_EMAIL is an admin."""
    serializer = RegisterSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    email: str = serializer.validated_data["email"]
    if User.objects.filter(email=email).exists():
        raise Conflict("An account with this email already exists")
    user = User(
        email=email,
        name=serializer.validated_data["name"],
        role=Role.ADMIN if settings.ADMIN_EMAIL and email == settings.ADMIN_EMAIL else Role.USER,
    )
    user.set_password(serializer.validated_data["password"])
    try:
        with transaction.atomic():
            user.save(force_insert=True)
    except IntegrityError as exc:  # the same email registered concurrently
        raise Conflict("An account with this email already exists") from exc
    return Response({"user": UserSerializer(user).data}, status=status.HTTP_201_CREATED)


@extend_schema(responses=UserResponseSerializer)
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def me(request: Request) -> Response:
    return Response({"user": UserSerializer(current_user(request)).data})


@extend_schema(
    parameters=PAGE_PARAMETERS,
    responses={
        200: page_of("UserPage", UserSerializer),
        403: error("The caller is not an admin."),
        422: error("page or pageSize is not valid."),
    },
)
@api_view(["GET"])
@permission_classes([IsAuthenticated, IsAdmin])
def list_users(request: Request) -> Response:
    """A page of users, oldest account first (admins only)."""
    errors: Errors = {}
    page = parse_page(request.query_params, errors)
    if errors:
        raise ValidationError(errors)
    users = User.objects.order_by("created_at", "id")
    return Response(paginate(users, page, UserSerializer))
