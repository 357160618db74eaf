"""
The session cookie, through Django's session framework (django.contrib.sessions, database
backend: the django_session table) and DRF's SessionAuthentication, which also runs Django's
CSRF check on state-changing requests. Django's CSRF machinery is adapted to this JSON API in
settings.py: the token's secret lives in the session (CSRF_USE_SESSIONS, so no second cookie),
the client sends it back in the X-CSRF-Token header (CSRF_HEADER_NAME), and a refusal is the
API's 403 error body (app/core/errors.py) rather than Django's HTML page.
"""

from typing import Any

from django.conf import settings
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import SAFE_METHODS

CSRF_HEADER = "X-CSRF-Token"


class SessionCookieAuthentication(SessionAuthentication):
    """DRF's SessionAuthentication; without a valid session the API answers 401."""

    checks_csrf = True  # app/core/schema.py documents the 403 of a missing X-CSRF-Token


class SessionCookieScheme(OpenApiAuthenticationExtension):  # type: ignore[no-untyped-call]
    """How /openapi.json describes the cookie and the CSRF header (drf-spectacular finds it)."""

    target_class = SessionCookieAuthentication
    name = ["sessionCookie", "csrfToken"]
    priority = 1  # over drf-spectacular's own description of SessionAuthentication

    def get_security_definition(self, auto_schema: Any) -> list[dict[str, str]]:
        return [
            {"type": "apiKey", "in": "cookie", "name": settings.SESSION_COOKIE_NAME},
            {"type": "apiKey", "in": "header", "name": CSRF_HEADER},
        ]

    def get_security_requirement(self, auto_schema: Any) -> dict[str, list[str]]:
        if auto_schema.method in SAFE_METHODS:
            return {"sessionCookie": []}
        return {"sessionCookie": [], "csrfToken": []}
