"""/api/v1/auth: register, log in (start a cookie session), log out, and who am I."""

from fastapi import APIRouter, Depends, Request, Response

from app.auth import accounts, sessions
from app.auth.dependencies import AUTH_ERRORS, CurrentUser, current_session
from app.dependencies import AppServices, DbSession, client_address
from app.schemas.auth import SessionOut
from app.schemas.errors import error_responses
from app.schemas.users import LoginIn, RegisterIn, UserEnvelope, UserOut

router = APIRouter(prefix="/api/v1/auth", tags=["auth"], responses=error_responses(422))

# What a body can do wrong before validation: malformed JSON, too large, not JSON at all.
BODY_ERRORS = (400, 413, 415)


def _secure_cookies(services: AppServices) -> bool:
    # Browsers only send Secure cookies over HTTPS, which local development doesn't have.
    return services.settings.app_env == "production"


@router.post("/register", status_code=201, responses=error_responses(*BODY_ERRORS, 409))
async def register(body: RegisterIn, db: DbSession, services: AppServices) -> UserEnvelope:
    user = await accounts.register(db, body, services.settings.admin_email)
    return UserEnvelope(user=UserOut.model_validate(user))


# 401: wrong email or password; 429: too many failed attempts (app/lib/login_limit.py).
@router.post("/login", responses=error_responses(*BODY_ERRORS, 401, 429))
async def login(
    body: LoginIn, request: Request, response: Response, db: DbSession, services: AppServices
) -> SessionOut:
    user = await accounts.log_in(
        db, body, services.login_limiter, client_address(request, services)
    )
    started = await sessions.start_session(db, user.id, services.secret)
    response.set_cookie(
        sessions.SESSION_COOKIE,
        started.cookie_value,
        max_age=int(sessions.SESSION_TTL.total_seconds()),
        path="/",
        httponly=True,  # scripts can't read it
        samesite="lax",  # not sent on cross-site POSTs
        secure=_secure_cookies(services),
    )
    return SessionOut(user=UserOut.model_validate(user), csrf_token=started.csrf_token)


# Logging out needs a valid session and, like every write, its CSRF token.
@router.post(
    "/logout",
    status_code=204,
    dependencies=[Depends(current_session)],
    responses=error_responses(*AUTH_ERRORS),
)
async def logout(request: Request, db: DbSession, services: AppServices) -> Response:
    await sessions.end_session(db, request.cookies[sessions.SESSION_COOKIE], services.secret)
    response = Response(status_code=204)
    response.delete_cookie(
        sessions.SESSION_COOKIE,
        path="/",
        httponly=True,
        samesite="lax",
        secure=_secure_cookies(services),
    )
    return response


@router.get("/me", responses=error_responses(*AUTH_ERRORS))
async def me(user: CurrentUser) -> UserEnvelope:
    return UserEnvelope(user=UserOut.model_validate(user))
