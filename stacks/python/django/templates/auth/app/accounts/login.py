"""Checking login credentials, behind the failed-login rate limit (both auth modes use it)."""

from django.conf import settings
from django.http import HttpRequest
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from app.accounts import passwords
from app.accounts.login_store import login_limiter
from app.accounts.models import User
from app.accounts.serializers import LoginSerializer
from app.core.errors import RateLimited
from app.lib.proxy import client_address as forwarded_client

# The same answer for an unknown email and a wrong password.
INVALID_CREDENTIALS = "Invalid email or password"


def client_address(request: Request | HttpRequest) -> str:
    """
    The peer's address; behind TRUST_PROXY proxies you control, the client's address from
    X-Forwarded-For as they wrote it (app/lib/proxy.py). For the API's login and the admin
    site's login form (app/accounts/admin.py), which share the limit's counts.
    """
    return forwarded_client(
        request.META.get("REMOTE_ADDR"),
        request.META.get("HTTP_X_FORWARDED_FOR"),
        settings.TRUST_PROXY,
    )


def authenticate_credentials(request: Request) -> User:
    """The user whose email and password the body holds: else 422, 429 or 401."""
    serializer = LoginSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    email: str = serializer.validated_data["email"]
    password: str = serializer.validated_data["password"]

    # Counted before the password is checked (app/lib/login_limit.py), so concurrent guesses
    # can't all slip in under the limit. Once limited, even the right password waits.
    attempt = login_limiter.attempt(email, client_address(request))
    if attempt.retry_after is not None:
        raise RateLimited(attempt.retry_after)

    user = User.objects.filter(email=email).first()
    if user is None:
        passwords.spend_hash_time(password)
    elif user.check_password(password):
        login_limiter.succeeded(attempt)
        return user
    raise AuthenticationFailed(INVALID_CREDENTIALS)
