"""Password hashing with Argon2id."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's recommended Argon2id parameters (Password Storage Cheat Sheet): 19 MiB of memory, 2
# iterations, 1 lane. Raising them makes every login slower and guessing harder; hashes made with
# older parameters are upgraded at the next successful login (see needs_rehash).
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@cache
def _dummy_hash() -> str:
    return _hasher.hash("not-a-real-password")


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when password matches. With no hash (unknown email) a dummy hash is checked anyway,
    so both cases take the same time and the response time does not reveal which emails exist.
    """
    try:
        matches = _hasher.verify(password_hash or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return False
    return matches and password_hash is not None


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with older parameters than the current ones."""
    return _hasher.check_needs_rehash(password_hash)
