"""What each ranking run computed, with its energy estimate.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ranking_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "vacancy_id", sa.Integer, sa.ForeignKey("vacancies.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("candidates", sa.Integer, nullable=False),
        sa.Column("embedded", sa.Integer, nullable=False),
        sa.Column("reused", sa.Integer, nullable=False),
        sa.Column("seconds", sa.Float, nullable=False),
        sa.Column("cpu_seconds", sa.Float, nullable=False),
        sa.Column("energy_wh", sa.Float, nullable=False),
        sa.Column("co2e_g", sa.Float, nullable=False),
        sa.Column("method", sa.Text, nullable=False),
    )
    op.create_index("ix_ranking_runs_vacancy_id", "ranking_runs", ["vacancy_id"])


def downgrade() -> None:
    op.drop_index("ix_ranking_runs_vacancy_id", table_name="ranking_runs")
    op.drop_table("ranking_runs")
