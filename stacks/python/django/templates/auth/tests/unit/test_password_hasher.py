"""Password hashing (Argon2id through Django's hashers)."""

from app.accounts import passwords


def test_hashes_are_salted_argon2id_and_never_the_password() -> None:
    first = passwords.hash_password("correct horse battery")
    second = passwords.hash_password("correct horse battery")
    assert first.startswith("argon2$argon2id$")
    assert "correct horse battery" not in first
    assert first != second  # a fresh salt every time


def test_verify_accepts_only_the_right_password() -> None:
    encoded = passwords.hash_password("correct horse battery")
    assert passwords.verify_password("correct horse battery", encoded)
    assert not passwords.verify_password("correct horse batterY", encoded)
    assert not passwords.verify_password("", encoded)


def test_a_hash_made_with_other_parameters_still_verifies_and_is_upgraded() -> None:
    weaker = passwords.Argon2idHasher()
    weaker.memory_cost = 8_192
    old = weaker.encode("correct horse battery", weaker.salt())
    upgraded: list[str] = []
    assert passwords.verify_password("correct horse battery", old, on_upgrade=upgraded.append)
    assert upgraded == ["correct horse battery"]
