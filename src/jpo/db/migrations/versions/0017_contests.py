"""Contests: a candidate contesting a human decision about their application, and its answer.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "application_id", sa.Integer, sa.ForeignKey("applications.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("decision_event_id", sa.Integer, sa.ForeignKey("audit_events.id"), nullable=False),
        sa.Column("decided_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("grounds", sa.Text, nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("answer", sa.Text, nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("decision_event_id"),
    )
    op.create_index("ix_contests_application_id", "contests", ["application_id"])


def downgrade() -> None:
    op.drop_index("ix_contests_application_id", table_name="contests")
    op.drop_table("contests")
