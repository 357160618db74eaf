"""Cookie sessions: the cookie's flags, CSRF on writes, logout."""

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from app.accounts import sessions
from app.accounts.models import Session
from tests.signin import new_credentials, register

pytestmark = pytest.mark.django_db

ME = "/api/v1/auth/me"


def test_login_sets_an_httponly_lax_cookie_and_returns_a_csrf_token(api: APIClient) -> None:
    credentials = new_credentials()
    user = register(api, credentials)
    response = api.post(
        "/api/v1/auth/login",
        {"email": credentials["email"], "password": credentials["password"]},
        format="json",
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"user", "csrfToken"}
    assert body["user"] == user
    cookie = response.cookies[sessions.COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert not cookie["secure"]  # Secure outside development and test only
    # Only a keyed hash of the cookie value is stored.
    assert not Session.objects.filter(id=cookie.value).exists()
    assert api.get(ME).json() == {"user": user}


def test_writes_need_the_sessions_own_csrf_token(user_api: APIClient) -> None:
    other = new_credentials("other")
    register(APIClient(), other)
    login = {"email": other["email"], "password": other["password"]}
    foreign_token = APIClient().post("/api/v1/auth/login", login, format="json").json()["csrfToken"]
    for token in (None, "", "wrong", foreign_token):
        headers = {} if token is None else {"X-CSRF-Token": token}
        bare = APIClient()
        bare.cookies = user_api.cookies
        response = bare.post("/api/v1/tasks", {"title": "x"}, format="json", headers=headers)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "forbidden"
    assert user_api.post("/api/v1/tasks", {"title": "x"}, format="json").status_code == 201


def test_reads_need_no_csrf_token(user_api: APIClient) -> None:
    bare = APIClient()
    bare.cookies = user_api.cookies
    assert bare.get(ME).status_code == 200


def test_unknown_and_expired_sessions_are_401(user_api: APIClient, api: APIClient) -> None:
    api.cookies[sessions.COOKIE_NAME] = "made-up"
    assert api.get(ME).status_code == 401
    Session.objects.update(expires_at=timezone.now())
    assert user_api.get(ME).status_code == 401


def test_logout_deletes_the_session(user_api: APIClient) -> None:
    cookie_value = user_api.cookies[sessions.COOKIE_NAME].value
    response = user_api.post("/api/v1/auth/logout")
    assert response.status_code == 204
    assert response.cookies[sessions.COOKIE_NAME]["max-age"] == 0
    replay = APIClient()
    replay.cookies[sessions.COOKIE_NAME] = cookie_value
    assert replay.get(ME).status_code == 401
