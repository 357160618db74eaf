"""/api/v1/auth: register, log in (get a bearer token), and who am I."""

from fastapi import APIRouter, Request

from app.auth import accounts
from app.auth.dependencies import AUTH_ERRORS, CurrentUser
from app.auth.tokens import ACCESS_TOKEN_TTL, issue_access_token
from app.dependencies import AppServices, DbSession, client_address
from app.schemas.auth import TokenOut
from app.schemas.errors import error_responses
from app.schemas.users import LoginIn, RegisterIn, UserEnvelope, UserOut

router = APIRouter(prefix="/api/v1/auth", tags=["auth"], responses=error_responses(422))

# What a body can do wrong before validation: malformed JSON, too large, not JSON at all.
BODY_ERRORS = (400, 413, 415)


@router.post("/register", status_code=201, responses=error_responses(*BODY_ERRORS, 409))
async def register(body: RegisterIn, db: DbSession, services: AppServices) -> UserEnvelope:
    user = await accounts.register(db, body, services.settings.admin_email)
    return UserEnvelope(user=UserOut.model_validate(user))


# 401: wrong email or password; 429: too many failed attempts (app/lib/login_limit.py).
@router.post("/login", responses=error_responses(*BODY_ERRORS, 401, 429))
async def login(body: LoginIn, request: Request, db: DbSession, services: AppServices) -> TokenOut:
    user = await accounts.log_in(
        db, body, services.login_limiter, client_address(request, services)
    )
    return TokenOut(
        access_token=issue_access_token(user.id, services.secret),
        expires_in=int(ACCESS_TOKEN_TTL.total_seconds()),
        user=UserOut.model_validate(user),
    )


@router.get("/me", responses=error_responses(*AUTH_ERRORS))
async def me(user: CurrentUser) -> UserEnvelope:
    return UserEnvelope(user=UserOut.model_validate(user))
