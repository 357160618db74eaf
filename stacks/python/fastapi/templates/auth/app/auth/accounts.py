"""Registering and signing in, independent of how a signed-in user is remembered."""

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.models import User
from app.errors import conflict, rate_limited, unauthorized
from app.lib import passwords
from app.lib.login_limit import LoginLimiter
from app.repositories import users
from app.schemas.users import LoginIn, RegisterIn


def register(db: Session, data: RegisterIn, admin_email: str | None) -> User:
    """Creates the account; 409 when the email is taken. ADMIN_EMAIL's account is an admin."""
    taken = conflict("An account with this email already exists")
    if users.get_user_by_email(db, data.email) is not None:
        raise taken
    try:
        return users.create_user(
            db,
            email=data.email,
            name=data.name,
            password_hash=passwords.hash_password(data.password),
            role="admin" if admin_email and data.email == admin_email else "user",
        )
    except IntegrityError:
        # Another request registered the same email between the check and the insert.
        db.rollback()
        raise taken from None


def log_in(db: Session, data: LoginIn, limiter: LoginLimiter, client: str) -> User:
    """The user whose email and password these are; else 401, or 429 while rate limited.

    The attempt is counted before the password is checked (see app/lib/login_limit.py), so
    concurrent guesses can't all slip in under the limit. Wrong password and unknown email give
    the same answer, in about the same time.
    """
    attempt = limiter.attempt(data.email, client)
    if attempt.retry_after is not None:
        raise rate_limited("Too many failed login attempts; try again later", attempt.retry_after)
    user = users.get_user_by_email(db, data.email)
    if user is None:
        passwords.burn_verification_time(data.password)
    elif passwords.verify_password(user.password_hash, data.password):
        limiter.succeeded(attempt)
        if passwords.needs_rehash(user.password_hash):
            users.set_password_hash(db, user, passwords.hash_password(data.password))
        return user
    raise unauthorized("Invalid email or password")
