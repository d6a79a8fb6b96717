"""Candidates' self-identification for the fairness audit, apart from their profiles.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "self_identifications",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("gender", sa.String(24), nullable=True),
        sa.Column("age_band", sa.String(24), nullable=True),
        sa.Column("regional_group", sa.String(32), nullable=True),
        sa.Column("disability", sa.String(24), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("self_identifications")
