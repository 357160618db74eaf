from app.auth.sessions import hash_session_id, random_token, tokens_match


def test_random_tokens_are_long_and_unique() -> None:
    tokens = {random_token() for _ in range(100)}
    assert len(tokens) == 100
    assert all(len(token) >= 43 for token in tokens)  # 256 bits in base64url


def test_session_ids_are_stored_as_keyed_hashes() -> None:
    cookie = random_token()
    stored = hash_session_id(cookie, "secret-one")
    assert stored == hash_session_id(cookie, "secret-one")
    assert stored != hash_session_id(cookie, "secret-two")
    assert cookie not in stored
    assert len(stored) == 64


def test_csrf_tokens_must_match_exactly() -> None:
    token = random_token()
    assert tokens_match(token, token)
    assert not tokens_match(token, token + "x")
    assert not tokens_match(token, "")
    assert not tokens_match(token, None)
