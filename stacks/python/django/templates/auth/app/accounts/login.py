"""Checking login credentials, behind the failed-login rate limit (both auth modes use it)."""

from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from app.accounts import passwords
from app.accounts.models import User
from app.accounts.rate_limit import login_limiter
from app.accounts.serializers import LoginSerializer
from app.core.errors import RateLimited

# The same answer for an unknown email and a wrong password.
INVALID_CREDENTIALS = "Invalid email or password"


def client_address(request: Request) -> str:
    """
    The peer's address. Behind a reverse proxy that is the proxy's, shared by every client;
    read X-Forwarded-For instead only when a proxy you control sets it.
    """
    return str(request.META.get("REMOTE_ADDR", ""))


def authenticate_credentials(request: Request) -> User:
    """The user whose email and password the body holds: else 422, 429 or 401."""
    serializer = LoginSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    email: str = serializer.validated_data["email"]
    password: str = serializer.validated_data["password"]

    key = (email, client_address(request))
    retry_after = login_limiter.retry_after(key)
    if retry_after is not None:
        raise RateLimited(retry_after)

    user = User.objects.filter(email=email).first()
    if user is None:
        passwords.spend_hash_time(password)
    elif user.check_password(password):
        login_limiter.reset(key)
        return user
    login_limiter.record_failure(key)
    raise AuthenticationFailed(INVALID_CREDENTIALS)
