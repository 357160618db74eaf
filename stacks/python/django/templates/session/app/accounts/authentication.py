"""DRF authentication with the session cookie, plus the CSRF check for unsafe methods."""

from django.conf import settings
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import PermissionDenied
from rest_framework.permissions import SAFE_METHODS
from rest_framework.request import Request

from app.accounts import sessions
from app.accounts.models import Session, User


class SessionCookieAuthentication(BaseAuthentication):
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
