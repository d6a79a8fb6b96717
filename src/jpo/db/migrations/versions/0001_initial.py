"""Initial tables: users, vacancies, profile versions, applications, audit events.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("sponsor_country", sa.String(2)),
        sa.Column("organization", sa.String(64)),
        sa.Column("created_at", _TS, nullable=False),
    )
    op.create_table(
        "vacancies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("document", sa.JSON, nullable=False),
        sa.Column("sponsor_country", sa.String(2), index=True),
        sa.Column("organization", sa.String(64), index=True),
        sa.Column("closing_utc", _TS),
        sa.Column("source_sha256", sa.String(64)),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
    )
    op.create_table(
        "profile_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("document", sa.JSON, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.UniqueConstraint("user_id", "version"),
    )
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("vacancy_id", sa.Integer, sa.ForeignKey("vacancies.id"), nullable=False, index=True),
        sa.Column("profile_version_id", sa.Integer, sa.ForeignKey("profile_versions.id"), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("receipt", sa.String(32), nullable=False, unique=True),
        sa.Column("idempotency_key", sa.String(128)),
        sa.Column("motivation", sa.Text, nullable=False),
        sa.Column("eligibility", sa.JSON),
        sa.Column("submitted_at", _TS, nullable=False),
        sa.UniqueConstraint("user_id", "vacancy_id"),
        sa.UniqueConstraint("user_id", "idempotency_key"),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", _TS, nullable=False, index=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column("action", sa.String(48), nullable=False),
        sa.Column("subject_type", sa.String(24), nullable=False),
        sa.Column("subject_id", sa.Integer),
        sa.Column("reason", sa.Text),
        sa.Column("detail", sa.JSON),
    )


def downgrade() -> None:
    for table in ("audit_events", "applications", "profile_versions", "vacancies", "users"):
        op.drop_table(table)
