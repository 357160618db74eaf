"""Password hashing with Argon2id (argon2-cffi's recommended parameters, RFC 9106)."""

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

#: Argon2id with argon2-cffi's default cost. Tests swap in a cheaper one to run fast.
hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """A salted Argon2id hash; the salt and parameters are stored inside it."""
    return hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return hasher.check_needs_rehash(password_hash)


@cache
def _dummy_hash() -> str:
    return hasher.hash("not a real password, only for timing")


def burn_verification_time(password: str) -> None:
    """Spends the time a real check takes, so an unknown email answers as slowly as a wrong
    password and response times don't reveal which emails have accounts."""
    verify_password(_dummy_hash(), password)
