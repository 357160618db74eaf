"""Bearer tokens on GET /api/v1/auth/me."""

import datetime

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from app.accounts import tokens
from tests.signin import new_credentials, register

pytestmark = pytest.mark.django_db

ME = "/api/v1/auth/me"


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


@pytest.mark.parametrize(
    "header", ["", "Bearer", "Bearer ", "Token abc", "Basic dXNlcjpwYXNz", "Bearer a.b.c"]
)
def test_missing_or_malformed_credentials_are_401(api: APIClient, header: str) -> None:
    response = api.get(ME, HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_an_expired_token_is_401(api: APIClient) -> None:
    user = register(api, new_credentials())
    issued = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    token = tokens.issue(user["id"], settings.JWT_SECRET, ttl_seconds=60, now=issued)
    assert api.get(ME, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401


def test_a_token_for_a_user_that_no_longer_exists_is_401(api: APIClient) -> None:
    token = tokens.issue("00000000-0000-4000-8000-000000000000", settings.JWT_SECRET, 60)
    assert api.get(ME, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401
    not_a_uuid = tokens.issue("not-a-uuid", settings.JWT_SECRET, 60)
    assert api.get(ME, HTTP_AUTHORIZATION=f"Bearer {not_a_uuid}").status_code == 401
