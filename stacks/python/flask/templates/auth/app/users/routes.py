"""GET /api/v1/users: every account, paginated, for admins only."""

from __future__ import annotations

from flask import Blueprint, request
from flask.typing import ResponseReturnValue

from app.auth.current_user import admin_required
from app.auth.schemas import UserPage, user_json
from app.database import db_session
from app.errors import ValidationFailed
from app.lib.pagination import parse_page
from app.openapi import AUTH_ERRORS, SIGNED_IN, PageQuery, documented
from app.users import repository

bp = Blueprint("users", __name__, url_prefix="/api/v1/users")


@bp.get("")
# 403: signed in, but not an admin.
@documented(
    tag="users", out=UserPage, query=PageQuery, errors=(*AUTH_ERRORS, 403, 422), security=SIGNED_IN
)
@admin_required
def list_users() -> ResponseReturnValue:
    paging, details = parse_page(request.args)
    if details:
        raise ValidationFailed(details)
    users, total = repository.list_users(db_session(), paging)
    return paging.envelope([user_json(user) for user in users], total)
