"""Registration, login, the current user, the login rate limit and the admin-only user list."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from app.config import get_settings
from tests.integration.conftest import PASSWORD, Api, body, unique


def email() -> str:
    return f"{unique('auth')}@example.com"


def test_register_returns_the_user_without_any_password(anonymous: Api) -> None:
    address = email()
    response = anonymous.register(f"  {address.upper()} ", name="Ada")
    assert response.status_code == 201
    user = body(response)["user"]
    assert set(user) == {"id", "email", "name", "role", "createdAt"}
    assert (user["email"], user["name"], user["role"]) == (address, "Ada", "user")
    text = response.get_data(as_text=True)
    assert PASSWORD not in text
    assert "argon2" not in text


def test_duplicate_email_is_409_whatever_the_case(anonymous: Api) -> None:
    address = email()
    assert anonymous.register(address).status_code == 201
    for variant in (address, f" {address.upper()} "):
        response = anonymous.register(variant)
        assert response.status_code == 409
        assert body(response)["error"]["code"] == "conflict"


def test_invalid_registration_is_422_per_field(anonymous: Api) -> None:
    response = anonymous.post("/api/v1/auth/register", {"email": "nope", "password": "short"})
    assert response.status_code == 422
    fields = sorted(detail["field"] for detail in body(response)["error"]["details"])
    assert fields == ["email", "name", "password"]


def test_malformed_json_on_login_is_400(anonymous: Api) -> None:
    response = anonymous.post("/api/v1/auth/login", data='{"email": "a@b.c", ')
    assert response.status_code == 400
    assert body(response)["error"]["code"] == "bad_request"


def test_login_accepts_the_email_in_any_case_and_me_returns_the_user(anonymous: Api) -> None:
    address = email()
    assert anonymous.register(address).status_code == 201
    response = anonymous.log_in(f"  {address.upper()} ")
    assert response.status_code == 200
    me = anonymous.get("/api/v1/auth/me")
    assert me.status_code == 200
    assert body(me) == {"user": body(response)["user"]}


def test_wrong_password_and_unknown_email_look_the_same(anonymous: Api) -> None:
    address = email()
    assert anonymous.register(address).status_code == 201
    wrong_password = anonymous.log_in(address, "wrong password")
    unknown_email = anonymous.log_in(email())
    assert wrong_password.status_code == unknown_email.status_code == 401
    assert body(wrong_password) == body(unknown_email)


def test_ten_failed_logins_rate_limit_that_email_only(anonymous: Api) -> None:
    victim, bystander = email(), email()
    assert anonymous.register(victim).status_code == 201
    assert anonymous.register(bystander).status_code == 201
    for _ in range(10):
        assert anonymous.log_in(victim, "wrong password").status_code == 401
    limited = anonymous.log_in(victim, "wrong password")
    assert limited.status_code == 429
    assert body(limited)["error"]["code"] == "rate_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert anonymous.log_in(victim).status_code == 429  # even with the right password
    assert anonymous.log_in(bystander).status_code == 200


def test_me_without_credentials_is_401(anonymous: Api) -> None:
    response = anonymous.get("/api/v1/auth/me")
    assert response.status_code == 401
    error = body(response)["error"]
    assert error["code"] == "unauthorized"
    assert "details" not in error


def test_admin_email_gets_the_admin_role_and_may_list_users(
    app: Flask, new_user: Callable[..., Api], anonymous: Api
) -> None:
    with app.app_context():
        admin_email = get_settings().admin_email
    admin = new_user(admin_email)
    member = new_user()
    assert admin.user["role"] == "admin"
    assert member.user["role"] == "user"

    response = admin.get("/api/v1/users", query_string={"pageSize": 100})
    assert response.status_code == 200
    page = body(response)
    assert (page["page"], page["pageSize"]) == (1, 100)
    assert page["total"] >= 2
    assert all(set(user) == {"id", "email", "name", "role", "createdAt"} for user in page["data"])
    assert "argon2" not in response.get_data(as_text=True)
    assert admin.get("/api/v1/users", query_string={"pageSize": 0}).status_code == 422

    assert member.get("/api/v1/users").status_code == 403
    assert anonymous.get("/api/v1/users").status_code == 401
