import uuid
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.db import models
from rest_framework.exceptions import NotAuthenticated
from rest_framework.request import Request

from app.core.fields import UUIDField


class Role(models.TextChoices):
    USER = "user"
    ADMIN = "admin"


def normalize_email(email: str) -> str:
    """Emails are stored trimmed and lower-cased, so one address is one account in any case."""
    return email.strip().lower()


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def get_by_natural_key(self, username: str | None) -> "User":
        # The admin's login form and `createsuperuser` look users up by email, in any case.
        return self.get(email=normalize_email(username or ""))

    def create_user(self, email: str, password: str | None = None, **fields: Any) -> "User":
        user = self.model(email=normalize_email(email), **fields)
        user.set_password(password)  # None: an unusable password (no login)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields: Any) -> "User":
        """`manage.py createsuperuser`: an admin (the API's admin role and the admin site)."""
        return self.create_user(email, password, **{**fields, "role": Role.ADMIN})


class User(AbstractBaseUser):
    """
    An account, as Django's auth framework (django.contrib.auth) sees it: AUTH_USER_MODEL, with
    the email as the login name, so the admin site, `createsuperuser` and Django's password
    hashers (Argon2id, app/accounts/passwords.py) all work with it. The role is the one
    permission model: an admin may use every page of the admin site (no PermissionsMixin, so
    no per-model permission or group tables to keep in step with the role).
    """

    id = UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    email = models.EmailField(max_length=254, unique=True)  # normalize_email()
    name = models.CharField(max_length=100)
    # AbstractBaseUser's hash column, named for what it holds and wide enough for any hasher.
    password = models.CharField(max_length=255, db_column="password_hash")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.USER)
    created_at = models.DateTimeField(auto_now_add=True)
    # last_login (from AbstractBaseUser) is set when Django's login() runs: admin-site logins.

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["name"]  # asked by createsuperuser, after the email and password

    class Meta:
        db_table = "users"

    def __str__(self) -> str:
        return self.email

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    # What the admin site asks of a user: staff may log in, permissions decide each page.
    @property
    def is_staff(self) -> bool:
        return self.is_admin

    def has_perm(self, perm: str, obj: object = None) -> bool:
        return self.is_active and self.is_admin

    def has_module_perms(self, app_label: str) -> bool:
        return self.is_active and self.is_admin


def current_user_id(request: Request) -> uuid.UUID:
    """The signed-in caller's user id, without reading the account (tasks are scoped by it)."""
    user: Any = request.user
    if not getattr(user, "is_authenticated", False):
        raise NotAuthenticated()
    return user.pk if isinstance(user.pk, uuid.UUID) else uuid.UUID(str(user.pk))


def current_user(request: Request) -> User:
    """
    The signed-in caller's account: request.user when authentication loaded it, else read by
    its id (a bearer token carries only the id); NotAuthenticated (401) once it is gone.
    """
    user: object = request.user
    if isinstance(user, User):
        return user
    account = User.objects.filter(pk=current_user_id(request)).first()
    if account is None:
        raise NotAuthenticated()
    return account


class LoginAttempt(models.Model):
    """
    Failed-login counts per (email, client address), for app/lib/login_limit.py. The limiter
    updates them with raw SQL (app/accounts/login_store.py): counting an attempt must be ONE
    atomic INSERT ... ON CONFLICT / ON DUPLICATE KEY statement, which the ORM cannot express.
    """

    pk = models.CompositePrimaryKey("email", "client")
    email = models.CharField(max_length=254)
    client = models.CharField(max_length=64)
    failures = models.IntegerField()
    window_start = models.BigIntegerField(db_index=True)  # Unix time in seconds

    class Meta:
        db_table = "login_attempts"

    def __str__(self) -> str:
        return f"{self.email} from {self.client}"
