"""The current user, from the session cookie; CSRF protection; and the admin check.

Every state-changing request (anything but GET, HEAD, OPTIONS) authenticated by the cookie
must also carry the session's token in X-CSRF-Token. A cross-site form or script can make the
browser send the cookie, but can't read the token, so it can't forge such a request.
"""

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.security import APIKeyCookie, APIKeyHeader

from app.auth.sessions import SESSION_COOKIE, ActiveSession, find_session, tokens_match
from app.db.models import User
from app.dependencies import AppServices, DbSession
from app.errors import forbidden, unauthorized

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SESSION_SCHEME = "sessionCookie"
CSRF_SCHEME = "csrfToken"

# Read as security schemes (not plain cookie/header parameters), so /openapi.json and Swagger
# UI's Authorize know them. auto_error=False: a missing one is our own 401/403 body.
_session_cookie = APIKeyCookie(
    name=SESSION_COOKIE,
    scheme_name=SESSION_SCHEME,
    description="Opaque session id set by POST /api/v1/auth/login (HttpOnly, SameSite=Lax).",
    auto_error=False,
)
_csrf_header = APIKeyHeader(
    name="X-CSRF-Token",
    scheme_name=CSRF_SCHEME,
    description="The csrfToken returned by login; required on every state-changing request.",
    auto_error=False,
)

#: What every route behind current_session can answer (for `responses=`): 403 is a write
#: without the CSRF token.
AUTH_ERRORS = (401, 403)


async def current_session(
    request: Request,
    db: DbSession,
    services: AppServices,
    session_id: Annotated[str | None, Depends(_session_cookie)],
    csrf_token: Annotated[str | None, Depends(_csrf_header)],
) -> ActiveSession:
    active = await find_session(db, session_id, services.secret) if session_id else None
    if active is None:
        raise unauthorized("Not signed in")
    if request.method not in SAFE_METHODS and not tokens_match(active.csrf_token, csrf_token):
        raise forbidden("Missing or invalid CSRF token")
    return active


CurrentSession = Annotated[ActiveSession, Depends(current_session)]


async def current_user(session: CurrentSession) -> User:
    return session.user


CurrentUser = Annotated[User, Depends(current_user)]


async def require_admin(user: CurrentUser) -> User:
    if user.role != "admin":
        raise forbidden("Admins only")
    return user


AdminUser = Annotated[User, Depends(require_admin)]


def document_csrf_checks(app: FastAPI) -> None:
    """/openapi.json says what current_session checks: the token on state-changing methods only.

    current_session reads the cookie and the header on every request, so FastAPI lists both
    schemes on every operation behind it, and as alternatives ([{cookie}, {token}]: either
    one). The check wants the cookie and, on a method outside SAFE_METHODS, the token too: the
    document built from the routes is adjusted to say exactly that, through FastAPI's own hook
    for extending it (replacing app.openapi).
    """
    build = app.openapi

    def openapi() -> dict[str, Any]:
        # build() caches its document (rebuilt when the routes change); adjusting it again
        # changes nothing, so every call can pass through here.
        document = build()
        for path_item in document.get("paths", {}).values():
            for method, operation in path_item.items():
                _declare_csrf(method, operation)
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def _declare_csrf(method: str, operation: dict[str, Any]) -> None:
    requirements: list[dict[str, list[str]]] = operation.get("security", [])
    if not any(CSRF_SCHEME in requirement for requirement in requirements):
        return
    # One requirement naming several schemes needs all of them (OpenAPI's Security Requirement).
    combined = {name: scopes for each in requirements for name, scopes in each.items()}
    if method.upper() in SAFE_METHODS:
        del combined[CSRF_SCHEME]
    operation["security"] = [combined]
