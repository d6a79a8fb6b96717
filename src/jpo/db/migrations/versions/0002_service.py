"""The service: API tokens, application documents, the duty station's country, erased users.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("erased_at", _TS))
    with op.batch_alter_table("vacancies") as batch:
        batch.add_column(sa.Column("duty_station_country", sa.String(2)))
        batch.create_index("ix_vacancies_duty_station_country", ["duty_station_country"])
    op.create_table(
        "api_tokens",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "application_id",
            sa.Integer,
            sa.ForeignKey("applications.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("uploaded_at", _TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("documents")
    op.drop_table("api_tokens")
    with op.batch_alter_table("vacancies") as batch:
        batch.drop_index("ix_vacancies_duty_station_country")
        batch.drop_column("duty_station_country")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("erased_at")
