"""The current user, from `Authorization: Bearer <JWT>`; and the admin check."""

from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.auth.tokens import read_access_token
from app.db.models import User
from app.dependencies import AppServices, DbSession
from app.errors import forbidden, unauthorized
from app.repositories import users

# auto_error=False: a missing or non-Bearer header is our own 401 with the uniform body.
# The scheme's name and format are what /openapi.json (and Swagger UI's Authorize) show.
_bearer = HTTPBearer(
    scheme_name="bearerAuth",
    bearerFormat="JWT",
    description="Authorization: Bearer <accessToken from POST /api/v1/auth/login>.",
    auto_error=False,
)

#: What every route behind current_user can answer (for `responses=`).
AUTH_ERRORS = (401,)


async def current_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    db: DbSession,
    services: AppServices,
) -> User:
    if credentials is None:
        raise unauthorized("Missing bearer token")
    user_id = read_access_token(credentials.credentials, services.secret)
    user = await users.get_user(db, user_id) if user_id else None
    if user is None:
        raise unauthorized("Invalid or expired token")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


async def require_admin(user: CurrentUser) -> User:
    if user.role != "admin":
        raise forbidden("Admins only")
    return user


AdminUser = Annotated[User, Depends(require_admin)]
