"""Django's batteries on the custom user model: `createsuperuser` and the admin site."""

import pytest
from django.core.management import call_command
from django.test import Client
from rest_framework.test import APIClient

from app.accounts.models import Role, User
from tests.signin import new_credentials, register

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


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
