"""Argon2id password hashing."""

from app.auth.passwords import hash_password, needs_rehash, verify_password


def test_hash_is_salted_argon2id_and_verifies() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert first != second  # a new random salt every time
    assert "correct horse" not in first
    assert verify_password(first, "correct horse")
    assert verify_password(second, "correct horse")


def test_wrong_password_or_broken_hash_does_not_verify() -> None:
    stored = hash_password("correct horse")
    assert not verify_password(stored, "Correct horse")
    assert not verify_password(stored, "")
    assert not verify_password("not-a-hash", "correct horse")


def test_no_hash_never_verifies() -> None:
    # Unknown email: a dummy hash is still checked (same timing), and the answer is always no.
    assert not verify_password(None, "not-a-real-password")
    assert not verify_password(None, "anything")


def test_fresh_hashes_need_no_rehash() -> None:
    assert not needs_rehash(hash_password("correct horse"))
