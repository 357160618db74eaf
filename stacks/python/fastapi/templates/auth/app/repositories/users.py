"""User queries: the only code that reads or writes the users table."""

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import User
from app.lib.column_types import utc_now
from app.schemas.common import PageParams


def get_user(db: Session, user_id: uuid.UUID) -> User | None:
    return db.get(User, user_id)


def get_user_by_email(db: Session, email: str) -> User | None:
    return db.scalar(select(User).where(User.email == email))


def create_user(db: Session, *, email: str, name: str, password_hash: str, role: str) -> User:
    """Raises sqlalchemy.exc.IntegrityError when the email is taken (unique index)."""
    user = User(
        id=uuid.uuid4(),
        email=email,
        name=name,
        password_hash=password_hash,
        role=role,
        created_at=utc_now(),
    )
    db.add(user)
    db.commit()
    return user


def set_password_hash(db: Session, user: User, password_hash: str) -> None:
    user.password_hash = password_hash
    db.commit()


def list_users(db: Session, params: PageParams) -> tuple[list[User], int]:
    """One page of users, oldest first, and the total count."""
    total = db.scalar(select(func.count()).select_from(User)) or 0
    if params.offset >= total:
        return [], total
    query = (
        select(User)
        .order_by(User.created_at.asc(), User.id.asc())
        .limit(params.page_size)
        .offset(params.offset)
    )
    return list(db.scalars(query)), total
