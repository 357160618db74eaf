"""Registering and signing in, independent of how a signed-in user is remembered.

Argon2 is slow on purpose (tens of milliseconds of CPU per hash): it runs in the threadpool
(run_in_threadpool), never on the event loop, so other requests go on while a password is
checked. argon2-cffi releases the GIL while it hashes.
"""

from fastapi.concurrency import run_in_threadpool
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import User
from app.errors import conflict, rate_limited, unauthorized
from app.lib import passwords
from app.lib.login_limit import Attempt, LoginLimiter
from app.repositories import users
from app.schemas.users import LoginIn, RegisterIn


async def register(db: AsyncSession, data: RegisterIn, admin_email: str | None) -> User:
    """Creates the account; 409 when the email is taken. ADMIN_EMAIL's account is an admin."""
    taken = conflict("An account with this email already exists")
    if await users.get_user_by_email(db, data.email) is not None:
        raise taken
    password_hash = await run_in_threadpool(passwords.hash_password, data.password)
    try:
        return await users.create_user(
            db,
            email=data.email,
            name=data.name,
            password_hash=password_hash,
            role="admin" if admin_email and data.email == admin_email else "user",
        )
    except IntegrityError:
        # Another request registered the same email between the check and the insert.
        await db.rollback()
        raise taken from None


async def log_in(db: AsyncSession, data: LoginIn, limiter: LoginLimiter, client: str) -> User:
    """The user whose email and password these are; else 401, or 429 while rate limited.

    The attempt is counted before the password is checked (see app/lib/login_limit.py), so
    concurrent guesses can't all slip in under the limit. Wrong password and unknown email give
    the same answer, in about the same time.
    """
    # The limiter is sync code (shared with the sync stacks); run_sync runs it where its
    # queries are awaited on the event loop, each in its own committed transaction.
    attempt: Attempt = await db.run_sync(lambda _: limiter.attempt(data.email, client))
    if attempt.retry_after is not None:
        raise rate_limited("Too many failed login attempts; try again later", attempt.retry_after)
    user = await users.get_user_by_email(db, data.email)
    if user is None:
        await run_in_threadpool(passwords.burn_verification_time, data.password)
    elif await run_in_threadpool(passwords.verify_password, user.password_hash, data.password):
        await db.run_sync(lambda _: limiter.succeeded(attempt))
        if passwords.needs_rehash(user.password_hash):
            new_hash = await run_in_threadpool(passwords.hash_password, data.password)
            await users.set_password_hash(db, user, new_hash)
        return user
    raise unauthorized("Invalid email or password")
