"""User queries: the only code that reads or writes the users table."""

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import User
from app.lib.column_types import utc_now
from app.schemas.common import PageParams


async def get_user(db: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await db.get(User, user_id)


async def get_user_by_email(db: AsyncSession, email: str) -> User | None:
    return await db.scalar(select(User).where(User.email == email))


async def create_user(
    db: AsyncSession, *, email: str, name: str, password_hash: str, role: str
) -> User:
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
    await db.commit()
    return user


async def set_password_hash(db: AsyncSession, user: User, password_hash: str) -> None:
    user.password_hash = password_hash
    await db.commit()


async def list_users(db: AsyncSession, params: PageParams) -> tuple[list[User], int]:
    """One page of users, oldest first, and the total count."""
    total = await db.scalar(select(func.count()).select_from(User)) or 0
    if params.offset >= total:
        return [], total
    query = (
        select(User)
        .order_by(User.created_at.asc(), User.id.asc())
        .limit(params.page_size)
        .offset(params.offset)
    )
    return list(await db.scalars(query)), total
