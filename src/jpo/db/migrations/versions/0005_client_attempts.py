"""Sign-in failures and sign-ups counted per client address and window of time, shared by all workers.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_attempts",
        sa.Column("client", sa.String(64), primary_key=True),
        sa.Column("action", sa.String(16), primary_key=True),
        sa.Column("window_start", sa.DateTime(timezone=True), primary_key=True),
        sa.Column("attempts", sa.Integer, nullable=False),
    )
    op.create_index("ix_client_attempts_window_start", "client_attempts", ["window_start"])


def downgrade() -> None:
    op.drop_index("ix_client_attempts_window_start", table_name="client_attempts")
    op.drop_table("client_attempts")
