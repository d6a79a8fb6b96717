"""A vacancy's criterion weights, when a programme admin set them (else the shipped ones).

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("vacancies") as table:
        table.add_column(sa.Column("ranking_weights", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("vacancies") as table:
        table.drop_column("ranking_weights")
