from argon2 import PasswordHasher

from app.auth import passwords


def test_hash_is_salted_argon2id_and_verifies() -> None:
    first = passwords.hash_password("correct horse battery")
    second = passwords.hash_password("correct horse battery")
    assert first.startswith("$argon2id$")
    assert first != second  # a random salt per hash
    assert passwords.verify_password(first, "correct horse battery")


def test_wrong_password_does_not_verify() -> None:
    stored = passwords.hash_password("correct horse battery")
    assert not passwords.verify_password(stored, "correct horse battery!")


def test_a_corrupt_hash_does_not_verify() -> None:
    assert not passwords.verify_password("not-a-hash", "anything")


def test_weaker_hashes_need_rehash() -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=1024).hash("correct horse battery")
    assert passwords.needs_rehash(weak)
    assert not passwords.needs_rehash(passwords.hash_password("correct horse battery"))
