"""Argon2id password hashing at OWASP's parameters."""

from argon2 import PasswordHasher

from app.lib import passwords


def test_hash_is_salted_argon2id_at_owasp_parameters_and_verifies() -> None:
    first = passwords.hash_password("correct horse battery")
    second = passwords.hash_password("correct horse battery")
    assert first.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert first != second  # a random salt per hash
    assert "correct horse battery" not in first
    assert passwords.verify_password(first, "correct horse battery")
    assert passwords.verify_password(second, "correct horse battery")


def test_wrong_password_or_corrupt_hash_does_not_verify() -> None:
    stored = passwords.hash_password("correct horse battery")
    assert not passwords.verify_password(stored, "correct horse battery!")
    assert not passwords.verify_password(stored, "")
    assert not passwords.verify_password("not-a-hash", "anything")


def test_hashes_made_with_other_parameters_need_rehash() -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=1024).hash("correct horse battery")
    assert passwords.needs_rehash(weak)
    assert not passwords.needs_rehash(passwords.hash_password("correct horse battery"))


def test_burning_verification_time_checks_a_real_hash() -> None:
    passwords.burn_verification_time("anything")  # must not raise, whatever the input
    passwords.burn_verification_time("")
