"""All SQL about users."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.lib.column_types import utc_now
from app.lib.pagination import PageRequest
from app.models import User


class EmailTaken(Exception):
    """Another account already uses this email."""


def find_by_email(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email))


def get_user(session: Session, user_id: uuid.UUID) -> User | None:
    return session.get(User, user_id)


def create_user(session: Session, *, email: str, name: str, password_hash: str, role: str) -> User:
    if find_by_email(session, email) is not None:
        raise EmailTaken(email)
    user = User(
        id=uuid.uuid4(),
        email=email,
        name=name,
        password_hash=password_hash,
        role=role,
        created_at=utc_now(),
    )
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        # Two registrations raced past the check above: the unique index decided.
        session.rollback()
        raise EmailTaken(email) from None
    return user


def set_password_hash(session: Session, user: User, password_hash: str) -> None:
    user.password_hash = password_hash
    session.commit()


def list_users(session: Session, paging: PageRequest) -> tuple[list[User], int]:
    total = session.scalar(select(func.count()).select_from(User)) or 0
    if paging.offset >= total:
        return [], total
    statement = (
        select(User)
        .order_by(User.created_at.asc(), User.id.asc())
        .limit(paging.page_size)
        .offset(paging.offset)
    )
    return list(session.scalars(statement)), total
