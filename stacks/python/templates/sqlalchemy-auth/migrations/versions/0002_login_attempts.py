"""login_attempts: the failed-login counts (app/lib/login_limit.py).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_attempts",
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("client", sa.String(64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        # Unix time in seconds: compared with plain integers on every database.
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("email", "client"),
    )
    op.create_index("ix_login_attempts_window_start", "login_attempts", ["window_start"])


def downgrade() -> None:
    op.drop_index("ix_login_attempts_window_start", table_name="login_attempts")
    op.drop_table("login_attempts")
