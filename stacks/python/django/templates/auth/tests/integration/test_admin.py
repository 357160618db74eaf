"""Django's batteries on the custom user model: `createsuperuser` and the admin site."""

from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from rest_framework.test import APIClient

from app.accounts.models import Role, User
from app.lib.login_limit import MAX_FAILURES
from tests.signin import new_credentials, register

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
EMAIL = "boss@example.com"
LIMITED = b"Too many failed logins. Try again in "


def superuser(monkeypatch: pytest.MonkeyPatch, email: str = "Boss@Example.com") -> User:
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
    call_command("createsuperuser", interactive=False, email=email, name="Boss", verbosity=0)
    return User.objects.get(email="boss@example.com")


def test_createsuperuser_makes_an_admin_with_an_argon2id_hash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user = superuser(monkeypatch)
    assert (user.name, user.role, user.is_staff) == ("Boss", Role.ADMIN, True)
    assert user.password.startswith("argon2$argon2id$")
    assert user.check_password(PASSWORD)


def test_an_admin_logs_in_to_the_admin_site(monkeypatch: pytest.MonkeyPatch) -> None:
    superuser(monkeypatch)
    browser = Client()
    assert browser.get("/admin").headers["Location"] == "/admin/"
    login = browser.post(
        "/admin/login/?next=/admin/", {"username": "BOSS@example.com", "password": PASSWORD}
    )
    assert login.status_code == 302
    home = browser.get("/admin/")
    assert home.status_code == 200
    assert b"Site administration" in home.content
    assert browser.get("/admin/accounts/user/").status_code == 200
    assert browser.get("/admin/tasks/task/").status_code == 200
    assert User.objects.get(email="boss@example.com").last_login is not None


def test_the_admin_site_refuses_accounts_without_the_admin_role() -> None:
    credentials = new_credentials()
    register(APIClient(), credentials)
    browser = Client()
    form = {"username": credentials["email"], "password": credentials["password"]}
    refused = browser.post("/admin/login/?next=/admin/", form)
    assert refused.status_code == 200  # the login form again, with an error
    assert browser.get("/admin/").status_code == 302


def test_the_admin_pages_load_their_own_static_files() -> None:
    page = Client().get("/admin/login/")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert Client().get("/static/admin/css/base.css").status_code == 200


def admin_login(browser: Client, email: str, password: str) -> Any:
    return browser.post("/admin/login/?next=/admin/", {"username": email, "password": password})


def test_failed_admin_logins_are_limited_even_with_the_right_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    superuser(monkeypatch)
    browser = Client()
    for _ in range(MAX_FAILURES):
        refused = admin_login(browser, EMAIL, "wrong password")
        assert refused.status_code == 200
        assert LIMITED not in refused.content
    limited = admin_login(browser, "Boss@Example.com", PASSWORD)  # counted per email, any case
    assert limited.status_code == 200  # the login form again, with the error
    assert LIMITED in limited.content
    assert browser.get("/admin/").status_code == 302  # not logged in
    # Another client address is not limited.
    elsewhere = Client(REMOTE_ADDR="203.0.113.7")
    assert admin_login(elsewhere, EMAIL, PASSWORD).status_code == 302


def test_the_api_and_the_admin_site_share_one_count(monkeypatch: pytest.MonkeyPatch) -> None:
    superuser(monkeypatch)
    api, browser = APIClient(), Client()
    wrong = {"email": EMAIL, "password": "wrong password"}
    for _ in range(MAX_FAILURES // 2):
        assert api.post("/api/v1/auth/login", wrong, format="json").status_code == 401
    for _ in range(MAX_FAILURES - MAX_FAILURES // 2):
        assert LIMITED not in admin_login(browser, EMAIL, "wrong password").content
    right = {"email": EMAIL, "password": PASSWORD}
    assert api.post("/api/v1/auth/login", right, format="json").status_code == 429
    assert LIMITED in admin_login(browser, EMAIL, PASSWORD).content


def test_successful_admin_logins_do_not_count(monkeypatch: pytest.MonkeyPatch) -> None:
    superuser(monkeypatch)
    for _ in range(MAX_FAILURES + 1):
        assert admin_login(Client(), EMAIL, PASSWORD).status_code == 302
