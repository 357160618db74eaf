"""Registering and signing in test users (sessions: the cookie plus X-CSRF-Token)."""

import uuid
from typing import Any

from rest_framework.test import APIClient


def new_credentials(tag: str = "user") -> dict[str, str]:
    """Credentials with an email no other test uses."""
    return {
        "email": f"{tag}-{uuid.uuid4().hex[:12]}@example.com",
        "password": "correct horse battery",
        "name": "Test User",
    }


def register(client: APIClient, credentials: dict[str, str]) -> dict[str, Any]:
    response = client.post("/api/v1/auth/register", credentials, format="json")
    assert response.status_code == 201, response.content
    user: dict[str, Any] = response.json()["user"]
    return user


def sign_in(client: APIClient, credentials: dict[str, str]) -> APIClient:
    """
    Registers the credentials and logs in: `client` keeps the session cookie, like a
    browser, and sends the CSRF token from the login response on every request.
    """
    client.handler.enforce_csrf_checks = True  # Django's test client skips CSRF by default
    register(client, credentials)
    login = {"email": credentials["email"], "password": credentials["password"]}
    response = client.post("/api/v1/auth/login", login, format="json")
    assert response.status_code == 200, response.content
    client.credentials(HTTP_X_CSRF_TOKEN=response.json()["csrfToken"])
    return client
