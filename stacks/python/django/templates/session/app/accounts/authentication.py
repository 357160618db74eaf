"""DRF authentication with the session cookie, plus the CSRF check for unsafe methods."""

from typing import Any

from django.conf import settings
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import SAFE_METHODS
from rest_framework.request import Request

from app.accounts import sessions
from app.accounts.models import Session, User


class SessionCookieAuthentication(BaseAuthentication):
    checks_csrf = True  # app/core/schema.py documents the 403 of a missing X-CSRF-Token

    def authenticate(self, request: Request) -> tuple[User, Session] | None:
        session_id = request.COOKIES.get(sessions.COOKIE_NAME)
        if not session_id:
            return None  # no credentials: IsAuthenticated answers 401
        session = sessions.find(session_id, settings.SESSION_SECRET)
        if session is None:
            return None  # unknown, expired or logged out: 401 as well
        if request.method not in SAFE_METHODS:
            # A cookie is sent by the browser on its own, even for a request another site
            # triggers; only our own pages know the CSRF token to put in this header.
            token = request.headers.get(sessions.CSRF_HEADER)
            if not sessions.csrf_matches(session, token):
                raise PermissionDenied("Missing or invalid X-CSRF-Token header")
        return session.user, session


class SessionCookieScheme(OpenApiAuthenticationExtension):  # type: ignore[no-untyped-call]
    """How /openapi.json describes the cookie and the CSRF header (drf-spectacular finds it)."""

    target_class = SessionCookieAuthentication
    name = ["sessionCookie", "csrfToken"]

    def get_security_definition(self, auto_schema: Any) -> list[dict[str, str]]:
        return [
            {"type": "apiKey", "in": "cookie", "name": sessions.COOKIE_NAME},
            {"type": "apiKey", "in": "header", "name": sessions.CSRF_HEADER},
        ]

    def get_security_requirement(self, auto_schema: Any) -> dict[str, list[str]]:
        if auto_schema.method in SAFE_METHODS:
            return {"sessionCookie": []}
        return {"sessionCookie": [], "csrfToken": []}
