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


def test_production_hashes_with_owasps_argon2id_parameters() -> None:
    # The tests run with a cheaper hasher (tests/settings.py); the app's settings keep these.
    from app import settings as app_settings

    assert app_settings.PASSWORD_HASHERS == ["app.accounts.passwords.Argon2idHasher"]
    hasher = passwords.Argon2idHasher()
    assert (hasher.memory_cost, hasher.time_cost, hasher.parallelism) == (19_456, 2, 1)
    assert hasher.encode("x", hasher.salt()).startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
