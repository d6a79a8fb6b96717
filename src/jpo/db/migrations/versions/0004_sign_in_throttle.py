"""Failed sign-ins counted per account, so password guessing is slowed down.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("failed_sign_ins", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("last_failed_sign_in", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("last_failed_sign_in")
        batch.drop_column("failed_sign_ins")
