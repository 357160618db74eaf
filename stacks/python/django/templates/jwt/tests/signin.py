"""Registering and signing in test users (JWT: a bearer token on every request)."""

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
    """Registers the credentials, logs in and makes `client` send the token from then on."""
    register(client, credentials)
    login = {"email": credentials["email"], "password": credentials["password"]}
    response = client.post("/api/v1/auth/login", login, format="json")
    assert response.status_code == 200, response.content
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {response.json()['accessToken']}")
    return client
