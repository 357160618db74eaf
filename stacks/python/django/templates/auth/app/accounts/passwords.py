"""
Password hashing with Django's hashers, set to Argon2id (argon2-cffi) in
settings.PASSWORD_HASHERS, at the parameters of app/lib/passwords.py. Django's hashers rather
than app/lib/passwords.py's functions: they are how a Django project stores passwords (the
"argon2$" prefix names the hasher, so a later algorithm change is one setting). A hash records
its algorithm and parameters, so they can be raised later: a stored hash made with older
settings is redone at the next successful login.
"""

from collections.abc import Callable

from django.contrib.auth import hashers

from app.lib.passwords import MEMORY_COST_KIB, PARALLELISM, TIME_COST


class Argon2idHasher(hashers.Argon2PasswordHasher):
    """
    Argon2id with OWASP's recommended minimum: 19 MiB of memory, 2 passes, 1 lane. Django's
    default (100 MiB, 8 lanes) takes about ten times longer per login on a small server.
    """

    time_cost = TIME_COST
    memory_cost = MEMORY_COST_KIB
    parallelism = PARALLELISM


def hash_password(password: str) -> str:
    return hashers.make_password(password)


def verify_password(
    password: str, encoded: str, on_upgrade: Callable[[str], None] | None = None
) -> bool:
    """Constant-time check; `on_upgrade` gets the password when the hash should be redone."""
    return hashers.check_password(password, encoded, setter=on_upgrade)


def spend_hash_time(password: str) -> None:
    """
    Hash once for nothing. Login calls it when the email is unknown, so answering "wrong
    email" takes as long as "wrong password" and timing does not reveal who has an account.
    """
    hashers.make_password(password)
