"""Interview slots proposed by a vacancy's panel and booked by candidates.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "interview_slots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "vacancy_id", sa.Integer, sa.ForeignKey("vacancies.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("starts_at", _MOMENT, nullable=False),
        sa.Column("ends_at", _MOMENT, nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("location", sa.String(500), nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", _MOMENT, nullable=False),
    )
    op.create_index("ix_interview_slots_vacancy_id", "interview_slots", ["vacancy_id"])
    op.create_table(
        "interview_invitations",
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
        sa.Column("book_by", _MOMENT, nullable=False),
        sa.Column("invited_by", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("invited_at", _MOMENT, nullable=False),
        sa.Column("times_sent", sa.Integer, nullable=False),
    )
    op.create_index("ix_interview_invitations_vacancy_id", "interview_invitations", ["vacancy_id"])
    op.create_table(
        "interview_bookings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "invitation_id",
            sa.Integer,
            sa.ForeignKey("interview_invitations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("slot_id", sa.Integer, sa.ForeignKey("interview_slots.id"), nullable=True, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("uid", sa.String(128), nullable=False, unique=True),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("starts_at", _MOMENT, nullable=False),
        sa.Column("ends_at", _MOMENT, nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("location", sa.String(500), nullable=False),
        sa.Column("reader_zone", sa.String(64), nullable=True),
        sa.Column("cancelled_by", sa.String(16), nullable=True),
        sa.Column("booked_at", _MOMENT, nullable=False),
        sa.Column("changed_at", _MOMENT, nullable=False),
    )
    op.create_index("ix_interview_bookings_invitation_id", "interview_bookings", ["invitation_id"])


def downgrade() -> None:
    op.drop_index("ix_interview_bookings_invitation_id", table_name="interview_bookings")
    op.drop_table("interview_bookings")
    op.drop_index("ix_interview_invitations_vacancy_id", table_name="interview_invitations")
    op.drop_table("interview_invitations")
    op.drop_index("ix_interview_slots_vacancy_id", table_name="interview_slots")
    op.drop_table("interview_slots")
