"""django_session: which requests write a row, and `manage.py clearsessions`."""

import datetime
import re

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/docs", "/docs?script", "/openapi.json", "/health"])
def test_anonymous_reads_write_no_session_and_set_no_cookie(path: str) -> None:
    before = Session.objects.count()
    response = Client().get(path)
    assert response.status_code == 200
    assert Session.objects.count() == before
    assert not response.cookies


def script_csrf_token(browser: Client) -> str:
    """The CSRF token that Swagger UI's start script sends with "Try it out" writes."""
    script = browser.get("/docs?script").content.decode()
    match = re.search(r'request\.headers\["[^"]+"\] = "([^"]*)";', script)
    assert match is not None
    return match.group(1)


def test_swagger_ui_gets_a_csrf_token_only_for_a_visitor_who_has_one() -> None:
    browser = Client()
    assert script_csrf_token(browser) == ""
    browser.get("/admin/login/")  # the admin's login form makes the visitor a CSRF secret
    assert script_csrf_token(browser) != ""


def test_clearsessions_deletes_the_expired_sessions() -> None:
    live, expired = SessionStore(), SessionStore()
    live.create()
    expired.create()
    past = timezone.now() - datetime.timedelta(seconds=1)
    Session.objects.filter(session_key=expired.session_key).update(expire_date=past)
    call_command("clearsessions")
    assert Session.objects.filter(session_key=live.session_key).exists()
    assert not Session.objects.filter(session_key=expired.session_key).exists()
