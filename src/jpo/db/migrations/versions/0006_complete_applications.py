"""Complete applications: a vacancy's confirmed document checklist, the checklist item a document
answers, and drafts of applications with their documents.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("vacancies") as batch:
        batch.add_column(sa.Column("checklist", sa.JSON, nullable=True))
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("item", sa.String(64), nullable=True))
    op.create_table(
        "application_drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("vacancy_id", sa.Integer, sa.ForeignKey("vacancies.id"), nullable=False),
        sa.Column("motivation", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_id", "vacancy_id"),
    )
    op.create_index("ix_application_drafts_user_id", "application_drafts", ["user_id"])
    op.create_index("ix_application_drafts_vacancy_id", "application_drafts", ["vacancy_id"])
    op.create_table(
        "draft_documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "draft_id", sa.Integer, sa.ForeignKey("application_drafts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("item", sa.String(64), nullable=True),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_draft_documents_draft_id", "draft_documents", ["draft_id"])


def downgrade() -> None:
    op.drop_index("ix_draft_documents_draft_id", table_name="draft_documents")
    op.drop_table("draft_documents")
    op.drop_index("ix_application_drafts_vacancy_id", table_name="application_drafts")
    op.drop_index("ix_application_drafts_user_id", table_name="application_drafts")
    op.drop_table("application_drafts")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("item")
    with op.batch_alter_table("vacancies") as batch:
        batch.drop_column("checklist")
