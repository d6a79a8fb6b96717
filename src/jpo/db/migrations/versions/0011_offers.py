"""The decision and the offer.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "offers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "vacancy_id", sa.Integer, sa.ForeignKey("vacancies.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "application_id",
            sa.Integer,
            sa.ForeignKey("applications.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("conditions", sa.Text, nullable=False),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("duty_station", sa.String(200), nullable=False),
        sa.Column("grade", sa.String(32), nullable=True),
        sa.Column("reply_by", _MOMENT, nullable=False),
        sa.Column("reply_zone", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("made_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("made_at", _MOMENT, nullable=False),
        sa.Column("answered_at", _MOMENT, nullable=True),
        sa.Column("decline_reason", sa.Text, nullable=True),
    )
    op.create_index("ix_offers_vacancy_id", "offers", ["vacancy_id"])


def downgrade() -> None:
    op.drop_index("ix_offers_vacancy_id", table_name="offers")
    op.drop_table("offers")
