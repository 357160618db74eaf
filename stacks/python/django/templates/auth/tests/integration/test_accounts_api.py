"""Register, login, the rate limit, roles and ownership, through HTTP."""

from typing import Any

import pytest
from django.db import connection
from pytest_django import Settings
from rest_framework.test import APIClient

from app.accounts.models import User
from app.tasks.models import Task
from tests.signin import new_credentials, register, sign_in

pytestmark = pytest.mark.django_db


def login(client: APIClient, email: str, password: str) -> Any:
    return client.post("/api/v1/auth/login", {"email": email, "password": password}, format="json")


def test_register_returns_the_user_without_any_password(api: APIClient) -> None:
    credentials = new_credentials()
    response = api.post("/api/v1/auth/register", credentials, format="json")
    assert response.status_code == 201
    user = response.json()["user"]
    assert set(user) == {"id", "email", "name", "role", "createdAt"}
    assert (user["email"], user["role"]) == (credentials["email"], "user")
    assert b"password" not in response.content
    assert b"argon2" not in response.content
    stored = User.objects.get(pk=user["id"])
    assert stored.password.startswith("argon2$argon2id$")


def test_a_duplicate_email_is_409_even_in_another_case(api: APIClient) -> None:
    credentials = new_credentials()
    register(api, credentials)
    again = {**credentials, "email": f"  {credentials['email'].upper()} "}
    response = api.post("/api/v1/auth/register", again, format="json")
    assert response.status_code == 409
    assert response.json() == {
        "error": {"code": "conflict", "message": "An account with this email already exists"}
    }


def test_invalid_registration_is_422_per_field(api: APIClient) -> None:
    body = {"email": "nope", "password": "short", "name": ""}
    response = api.post("/api/v1/auth/register", body, format="json")
    assert response.status_code == 422
    fields = {detail["field"] for detail in response.json()["error"]["details"]}
    assert fields == {"email", "password", "name"}


def test_the_admin_email_registers_as_admin(api: APIClient, settings: Settings) -> None:
    credentials = new_credentials("admin")
    settings.ADMIN_EMAIL = credentials["email"]
    assert register(api, credentials)["role"] == "admin"


def test_wrong_password_and_unknown_email_get_the_same_401(api: APIClient) -> None:
    credentials = new_credentials()
    register(api, credentials)
    wrong = login(api, credentials["email"], "wrong password")
    unknown = login(api, new_credentials()["email"], credentials["password"])
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"]["code"] == "unauthorized"


def test_login_accepts_the_email_in_another_case(api: APIClient) -> None:
    credentials = new_credentials()
    register(api, credentials)
    response = login(api, f" {credentials['email'].upper()} ", credentials["password"])
    assert response.status_code == 200
    assert response.json()["user"]["email"] == credentials["email"]


def test_ten_failed_logins_lock_that_email_only(api: APIClient) -> None:
    victim, bystander = new_credentials("victim"), new_credentials("bystander")
    register(api, victim)
    register(api, bystander)
    for _ in range(10):
        assert login(api, victim["email"], "wrong").status_code == 401
    limited = login(api, victim["email"], victim["password"])  # even the right password
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert login(api, bystander["email"], bystander["password"]).status_code == 200


def test_users_list_is_for_admins_only(api: APIClient, settings: Settings) -> None:
    admin_credentials = new_credentials("admin")
    settings.ADMIN_EMAIL = admin_credentials["email"]
    admin = sign_in(APIClient(), admin_credentials)
    member = sign_in(APIClient(), new_credentials())

    response = admin.get("/api/v1/users", {"pageSize": 100})
    assert response.status_code == 200
    page = response.json()
    assert (page["page"], page["pageSize"]) == (1, 100)
    assert page["total"] >= 2
    assert b"password" not in response.content
    assert member.get("/api/v1/users").status_code == 403
    assert api.get("/api/v1/users").status_code == 401
    assert admin.get("/api/v1/users", {"page": "0"}).status_code == 422


def test_task_routes_need_credentials(api: APIClient) -> None:
    assert api.get("/api/v1/tasks").status_code == 401
    assert api.post("/api/v1/tasks", {"title": "x"}, format="json").status_code == 401


def test_tasks_of_other_users_are_invisible(user_api: APIClient) -> None:
    task = user_api.post("/api/v1/tasks", {"title": "mine"}, format="json").json()
    stranger = sign_in(APIClient(), new_credentials("stranger"))
    path = f"/api/v1/tasks/{task['id']}"
    assert stranger.get(path).status_code == 404
    assert stranger.patch(path, {"title": "stolen"}, format="json").status_code == 404
    assert stranger.delete(path).status_code == 404
    assert stranger.get("/api/v1/tasks").json()["total"] == 0
    assert user_api.get(path).json() == task


def test_the_database_deletes_a_users_tasks_with_the_user(user_api: APIClient) -> None:
    user_id = user_api.get("/api/v1/auth/me").json()["user"]["id"]
    user_api.post("/api/v1/tasks", {"title": "goes with its owner"}, format="json")
    assert Task.objects.filter(owner_id=user_id).count() == 1
    # Plain SQL, bypassing Django's own cascade: ON DELETE CASCADE is the database's.
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM users WHERE id = %s", [user_id])
    assert Task.objects.filter(owner_id=user_id).count() == 0
