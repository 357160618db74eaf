"""Session ids, their stored keys and CSRF tokens."""

from app.auth.sessions import csrf_matches, csrf_token, new_session_id, session_key

SECRET = "s" * 32


def test_session_ids_are_long_and_random() -> None:
    ids = {new_session_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(len(session_id) >= 43 for session_id in ids)


def test_the_stored_key_is_a_keyed_hash_not_the_id() -> None:
    session_id = new_session_id()
    key = session_key(session_id, SECRET)
    assert len(key) == 64
    assert session_id not in key
    assert key == session_key(session_id, SECRET)
    assert key != session_key(session_id, "t" * 32)


def test_csrf_token_belongs_to_one_session() -> None:
    first, second = new_session_id(), new_session_id()
    token = csrf_token(first, SECRET)
    assert token != session_key(first, SECRET)
    assert csrf_matches(token, first, SECRET)
    assert not csrf_matches(token, second, SECRET)
    assert not csrf_matches(csrf_token(second, SECRET), first, SECRET)


def test_missing_or_wrong_csrf_tokens_do_not_match() -> None:
    session_id = new_session_id()
    for sent in (None, "", "wrong-token", csrf_token(session_id, SECRET)[:-1]):
        assert not csrf_matches(sent, session_id, SECRET)
