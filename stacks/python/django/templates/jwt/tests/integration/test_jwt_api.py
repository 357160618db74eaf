"""Bearer tokens on GET /api/v1/auth/me and on the task routes."""

import datetime

import jwt
import pytest
from django.conf import settings
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from app.accounts.models import User
from tests.signin import new_credentials, register, sign_in

pytestmark = pytest.mark.django_db

ME = "/api/v1/auth/me"
TASKS = "/api/v1/tasks"


def test_login_returns_a_bearer_token_for_me(api: APIClient) -> None:
    credentials = new_credentials()
    user = register(api, credentials)
    response = api.post(
        "/api/v1/auth/login",
        {"email": credentials["email"], "password": credentials["password"]},
        format="json",
    )
    body = response.json()
    assert set(body) == {"accessToken", "tokenType", "expiresIn", "user"}
    assert (body["tokenType"], body["expiresIn"]) == ("Bearer", settings.JWT_TTL_SECONDS)
    me = api.get(ME, HTTP_AUTHORIZATION=f"Bearer {body['accessToken']}")
    assert me.status_code == 200
    assert me.json() == {"user": user}


@pytest.mark.parametrize("scheme", ["bearer", "BEARER", "bEaReR"])
def test_the_scheme_is_case_insensitive(api: APIClient, scheme: str) -> None:
    # RFC 9110 section 11.1: the authentication scheme is case-insensitive.
    user = register(api, new_credentials())
    token = AccessToken.for_user(User.objects.get(pk=user["id"]))
    me = api.get(ME, HTTP_AUTHORIZATION=f"{scheme} {token}")
    assert me.status_code == 200
    assert me.json() == {"user": user}
    assert api.get(ME, HTTP_AUTHORIZATION=f"{scheme} {token} extra").status_code == 401


@pytest.mark.parametrize(
    "header",
    ["", "Bearer", "Bearer ", "bearer", "Token abc", "Basic dXNlcjpwYXNz", "Bearer a.b.c"],
)
def test_missing_or_malformed_credentials_are_401(api: APIClient, header: str) -> None:
    response = api.get(ME, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == "unauthorized"
    assert error["message"] not in ("", "Request failed")  # simplejwt's own message


def test_an_expired_token_is_401(api: APIClient) -> None:
    user = User.objects.get(pk=register(api, new_credentials())["id"])
    token = AccessToken.for_user(user)
    token.set_exp(from_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1))
    assert api.get(ME, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401


def signed(sub: str) -> str:
    now = int(datetime.datetime.now(datetime.UTC).timestamp())
    payload = {"sub": sub, "iat": now, "exp": now + 60, "jti": "x", "token_type": "access"}
    return jwt.encode(payload, settings.JWT_SECRET, algorithm="HS256")


def test_a_token_for_a_user_that_no_longer_exists_is_401(api: APIClient) -> None:
    gone = signed("00000000-0000-4000-8000-000000000000")
    assert api.get(ME, HTTP_AUTHORIZATION=f"Bearer {gone}").status_code == 401
    not_a_uuid = signed("not-a-uuid")
    response = api.get(ME, HTTP_AUTHORIZATION=f"Bearer {not_a_uuid}")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


# Autocommit, as in production: the foreign key is checked when the task is inserted.
@pytest.mark.django_db(transaction=True)
def test_a_token_whose_account_was_deleted_reads_no_tasks_and_creates_none(
    api: APIClient,
) -> None:
    # The token alone names the caller on the task routes (no account read per request).
    credentials = new_credentials()
    sign_in(api, credentials)
    assert api.post(TASKS, {"title": "Before"}, format="json").status_code == 201
    User.objects.filter(email=credentials["email"]).delete()
    assert api.get(TASKS).json()["total"] == 0  # its tasks went with it
    response = api.post(TASKS, {"title": "After"}, format="json")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert api.get(ME).status_code == 401
