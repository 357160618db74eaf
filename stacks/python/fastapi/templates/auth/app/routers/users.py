"""/api/v1/users: every account, for admins only."""

from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.dependencies import AUTH_ERRORS, AdminUser
from app.dependencies import DbSession
from app.repositories import users as repo
from app.schemas.common import Page, PageParams
from app.schemas.errors import error_responses
from app.schemas.users import UserOut

# 403: signed in, but not an admin.
router = APIRouter(
    prefix="/api/v1/users", tags=["users"], responses=error_responses(*AUTH_ERRORS, 403, 422)
)


@router.get("")
async def list_users(
    db: DbSession, _admin: AdminUser, params: Annotated[PageParams, Query()]
) -> Page[UserOut]:
    found, total = await repo.list_users(db, params)
    return Page[UserOut](
        data=[UserOut.model_validate(user) for user in found],
        page=params.page,
        page_size=params.page_size,
        total=total,
    )
