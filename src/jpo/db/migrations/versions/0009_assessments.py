"""A vacancy's written assessment: tasks, scheme, sittings, answers, markers and marks.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_MOMENT = sa.DateTime(timezone=True)


def _fk(table: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{table}.id", ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("vacancy_id", sa.Integer, _fk("vacancies", "CASCADE"), nullable=False, unique=True),
        sa.Column("tasks", sa.JSON, nullable=False),
        sa.Column("criteria", sa.JSON, nullable=False),
        sa.Column("opens_at", _MOMENT, nullable=False),
        sa.Column("closes_at", _MOMENT, nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("allowed_spread", sa.Integer, nullable=False),
        sa.Column("moderator_id", sa.Integer, _fk("users", "SET NULL"), nullable=True),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.Column("completed_at", _MOMENT, nullable=True),
    )
    op.create_table(
        "assessment_markers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("assessment_id", sa.Integer, _fk("assessments", "CASCADE"), nullable=False),
        sa.Column("user_id", sa.Integer, _fk("users", "CASCADE"), nullable=False),
        sa.Column("declaration", sa.String(16), nullable=True),
        sa.Column("statement", sa.Text, nullable=True),
        sa.Column("declared_at", _MOMENT, nullable=True),
        sa.UniqueConstraint("assessment_id", "user_id"),
    )
    op.create_index("ix_assessment_markers_assessment_id", "assessment_markers", ["assessment_id"])
    op.create_index("ix_assessment_markers_user_id", "assessment_markers", ["user_id"])
    op.create_table(
        "assessment_sittings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("assessment_id", sa.Integer, _fk("assessments", "CASCADE"), nullable=False),
        sa.Column("application_id", sa.Integer, _fk("applications", "CASCADE"), nullable=False, unique=True),
        sa.Column("answer_number", sa.String(16), nullable=False, unique=True),
        sa.Column("invited_at", _MOMENT, nullable=False),
        sa.Column("started_at", _MOMENT, nullable=True),
        sa.Column("due_at", _MOMENT, nullable=True),
        sa.Column("submitted_at", _MOMENT, nullable=True),
        sa.Column("moderated_mark", sa.Integer, nullable=True),
        sa.Column("moderation_reason", sa.Text, nullable=True),
        sa.Column("moderator_id", sa.Integer, _fk("users", "SET NULL"), nullable=True),
        sa.Column("moderated_at", _MOMENT, nullable=True),
    )
    op.create_index("ix_assessment_sittings_assessment_id", "assessment_sittings", ["assessment_id"])
    op.create_table(
        "assessment_answers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sitting_id", sa.Integer, _fk("assessment_sittings", "CASCADE"), nullable=False),
        sa.Column("task", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("saved_at", _MOMENT, nullable=False),
        sa.UniqueConstraint("sitting_id", "task"),
    )
    op.create_index("ix_assessment_answers_sitting_id", "assessment_answers", ["sitting_id"])
    op.create_table(
        "assessment_marks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sitting_id", sa.Integer, _fk("assessment_sittings", "CASCADE"), nullable=False),
        sa.Column("marker_id", sa.Integer, _fk("users", "CASCADE"), nullable=False),
        sa.Column("marks", sa.JSON, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("submitted_at", _MOMENT, nullable=False),
        sa.UniqueConstraint("sitting_id", "marker_id"),
    )
    op.create_index("ix_assessment_marks_sitting_id", "assessment_marks", ["sitting_id"])
    op.create_index("ix_assessment_marks_marker_id", "assessment_marks", ["marker_id"])


def downgrade() -> None:
    for table, columns in (("assessment_marks", ("sitting_id", "marker_id")),
                           ("assessment_answers", ("sitting_id",)),
                           ("assessment_sittings", ("assessment_id",)),
                           ("assessment_markers", ("assessment_id", "user_id"))):  # fmt: skip
        for column in columns:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.drop_table(table)
    op.drop_table("assessments")
