"""Session ids and CSRF tokens (the parts that need no database)."""

from app.accounts import sessions
from app.accounts.models import Session


def test_tokens_are_long_random_and_url_safe() -> None:
    made = {sessions.new_token() for _ in range(100)}
    assert len(made) == 100
    for token in made:
        assert len(token) >= 43
        assert token.replace("-", "").replace("_", "").isalnum()


def test_the_stored_id_is_a_keyed_hash_of_the_cookie_value() -> None:
    stored = sessions.hash_session_id("cookie-value", "secret-one")
    assert len(stored) == 64
    assert "cookie-value" not in stored
    assert stored == sessions.hash_session_id("cookie-value", "secret-one")
    assert stored != sessions.hash_session_id("cookie-value", "secret-two")
    assert stored != sessions.hash_session_id("cookie-valuf", "secret-one")


def test_csrf_token_must_match_exactly() -> None:
    session = Session(csrf_token="expected-token")
    assert sessions.csrf_matches(session, "expected-token")
    for wrong in (None, "", "expected-tokeN", "expected-token ", "other"):
        assert not sessions.csrf_matches(session, wrong)
