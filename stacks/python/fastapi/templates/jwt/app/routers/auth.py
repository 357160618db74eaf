"""/api/v1/auth: register, log in (get a bearer token), and who am I."""

from fastapi import APIRouter, Request

from app.auth import accounts
from app.auth.dependencies import CurrentUser
from app.auth.tokens import ACCESS_TOKEN_TTL, issue_access_token
from app.dependencies import AppServices, DbSession, client_address
from app.schemas.auth import TokenOut
from app.schemas.users import LoginIn, RegisterIn, UserEnvelope, UserOut

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post("/register", status_code=201)
def register(body: RegisterIn, db: DbSession, services: AppServices) -> UserEnvelope:
    user = accounts.register(db, body, services.settings.admin_email)
    return UserEnvelope(user=UserOut.model_validate(user))


@router.post("/login")
def login(body: LoginIn, request: Request, db: DbSession, services: AppServices) -> TokenOut:
    user = accounts.log_in(db, body, services.login_limiter, client_address(request, services))
    return TokenOut(
        access_token=issue_access_token(user.id, services.secret),
        expires_in=int(ACCESS_TOKEN_TTL.total_seconds()),
        user=UserOut.model_validate(user),
    )


@router.get("/me")
def me(user: CurrentUser) -> UserEnvelope:
    return UserEnvelope(user=UserOut.model_validate(user))
