"""Argon2id at its cheapest parameters, for the tests only (tests/settings.py)."""

from argon2 import profiles

from app.accounts.passwords import Argon2idHasher


class CheapestArgon2idHasher(Argon2idHasher):
    time_cost = profiles.CHEAPEST.time_cost
    memory_cost = profiles.CHEAPEST.memory_cost
    parallelism = profiles.CHEAPEST.parallelism
