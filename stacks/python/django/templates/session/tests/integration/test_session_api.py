"""Cookie sessions (Django's session framework): the cookie's flags, CSRF on writes, logout."""

import datetime

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone
from rest_framework.test import APIClient

from tests.signin import new_credentials, register

pytestmark = pytest.mark.django_db

ME = "/api/v1/auth/me"
COOKIE = settings.SESSION_COOKIE_NAME


def browser(cookies_from: APIClient | None = None) -> APIClient:
    """A client checked for CSRF like a browser, with another client's cookies if given."""
    client = APIClient(enforce_csrf_checks=True)
    if cookies_from is not None:
        client.cookies = cookies_from.cookies
    return client


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
    cookie = response.cookies[COOKIE]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert not cookie["secure"]  # Secure in production only
    assert list(response.cookies) == [COOKIE]  # the CSRF secret is in the session, no cookie
    # The session is stored server side, with its expiry.
    session = Session.objects.get(session_key=cookie.value)
    assert session.get_decoded()["_auth_user_id"] == user["id"]
    assert session.expire_date > timezone.now() + datetime.timedelta(days=6)
    assert api.get(ME).json() == {"user": user}


def test_writes_need_the_sessions_own_csrf_token(user_api: APIClient) -> None:
    other = new_credentials("other")
    register(APIClient(), other)
    login = {"email": other["email"], "password": other["password"]}
    foreign_token = APIClient().post("/api/v1/auth/login", login, format="json").json()["csrfToken"]
    for token in (None, "", "wrong", foreign_token):
        headers = {} if token is None else {"X-CSRF-Token": token}
        response = browser(user_api).post(
            "/api/v1/tasks", {"title": "x"}, format="json", headers=headers
        )
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "forbidden"
    assert user_api.post("/api/v1/tasks", {"title": "x"}, format="json").status_code == 201


def test_reads_need_no_csrf_token(user_api: APIClient) -> None:
    assert browser(user_api).get(ME).status_code == 200


def test_unknown_and_expired_sessions_are_401(user_api: APIClient) -> None:
    forged = browser()
    forged.cookies[COOKIE] = "made-up"
    assert forged.get(ME).status_code == 401
    Session.objects.update(expire_date=timezone.now())
    assert user_api.get(ME).status_code == 401


def test_logging_in_as_someone_else_replaces_the_session(api: APIClient) -> None:
    first, second = new_credentials("first"), new_credentials("second")
    for credentials in (first, second):
        register(api, credentials)
    logins = [{"email": c["email"], "password": c["password"]} for c in (first, second)]
    old = api.post("/api/v1/auth/login", logins[0], format="json").cookies[COOKIE].value
    new = api.post("/api/v1/auth/login", logins[1], format="json").cookies[COOKIE].value
    assert old != new
    assert not Session.objects.filter(session_key=old).exists()
    assert api.get(ME).json()["user"]["email"] == second["email"]


def test_logout_deletes_the_session(user_api: APIClient) -> None:
    cookie_value = user_api.cookies[COOKIE].value
    response = user_api.post("/api/v1/auth/logout")
    assert response.status_code == 204
    assert response.cookies[COOKIE]["max-age"] == 0
    assert not Session.objects.filter(session_key=cookie_value).exists()
    replay = browser()
    replay.cookies[COOKIE] = cookie_value
    assert replay.get(ME).status_code == 401
