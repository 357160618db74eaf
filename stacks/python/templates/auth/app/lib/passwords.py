"""Password hashing with Argon2id at OWASP's recommended parameters: 19 MiB of memory, 2
passes, 1 lane (argon2-cffi's own default costs 64 MiB per hash, which 30 parallel logins turn
into 2 GB). A hash records its parameters, so they can be raised later: hashes made with other
parameters are redone at the next successful login (needs_rehash)."""

from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

TIME_COST = 2
MEMORY_COST_KIB = 19_456
PARALLELISM = 1

#: Tests swap in a cheaper one to run fast.
hasher = PasswordHasher(
    time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM, type=Type.ID
)


def hash_password(password: str) -> str:
    """A salted Argon2id hash; the salt and parameters are stored inside it."""
    return hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with other parameters than today's."""
    return hasher.check_needs_rehash(password_hash)


@cache
def _dummy_hash() -> str:
    return hasher.hash("not a real password, only for timing")


def burn_verification_time(password: str) -> None:
    """Spends the time a real check takes, so an unknown email answers as slowly as a wrong
    password and response times don't reveal which emails have accounts."""
    verify_password(_dummy_hash(), password)
