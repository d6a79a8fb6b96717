"""The JPO's assignment: the record, work plans, supervision, evaluations, extensions, the final report.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_MOMENT = sa.DateTime(timezone=True)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, primary_key=True)


def _assignment() -> sa.Column[int]:
    return sa.Column(
        "assignment_id", sa.Integer, sa.ForeignKey("assignments.id", ondelete="CASCADE"), nullable=False
    )


def _user(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True)


def _moment(name: str, *, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, _MOMENT, nullable=nullable)


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text, nullable=True)


_TABLES = ("end_reports", "extensions", "evaluations", "trainings", "learning_objectives", "check_ins",
           "work_plans")  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "assignments",
        _id(),
        sa.Column(
            "offer_id",
            sa.Integer,
            sa.ForeignKey("offers.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column(
            "application_id",
            sa.Integer,
            sa.ForeignKey("applications.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column(
            "vacancy_id", sa.Integer, sa.ForeignKey("vacancies.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("jpo_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        _user("supervisor_id"),
        sa.Column("duty_station", sa.String(200), nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=False),
        sa.Column("funding_years", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _moment("created_at", nullable=False),
        _moment("ended_at"),
        _text("end_reason"),
    )
    for column in ("vacancy_id", "jpo_id", "supervisor_id"):
        op.create_index(f"ix_assignments_{column}", "assignments", [column])
    op.create_table(
        "work_plans",
        _id(),
        _assignment(),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("objectives", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _moment("jpo_agreed_at"),
        _moment("supervisor_agreed_at"),
        _user("created_by"),
        _moment("created_at", nullable=False),
        _moment("updated_at", nullable=False),
        sa.UniqueConstraint("assignment_id", "version"),
    )
    op.create_table(
        "check_ins",
        _id(),
        _assignment(),
        sa.Column("held_on", sa.Date, nullable=False),
        sa.Column("topics", sa.Text, nullable=False),
        sa.Column("actions", sa.Text, nullable=False),
        _user("author_id"),
        _moment("created_at", nullable=False),
    )
    op.create_table(
        "learning_objectives",
        _id(),
        _assignment(),
        sa.Column("text", sa.Text, nullable=False),
        _text("source"),
        sa.Column("progress", sa.String(16), nullable=False),
        _text("note"),
        _user("updated_by"),
        _moment("updated_at", nullable=False),
    )
    op.create_table(
        "trainings",
        _id(),
        _assignment(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("provider", sa.String(200), nullable=True),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=True),
        sa.Column("hours", sa.Integer, nullable=True),
        _text("note"),
        _user("created_by"),
        _moment("created_at", nullable=False),
    )
    op.create_table(
        "evaluations",
        _id(),
        _assignment(),
        sa.Column("cycle", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _text("self_assessment"),
        _moment("self_submitted_at"),
        sa.Column("ratings", sa.JSON, nullable=False),
        sa.Column("overall", sa.String(32), nullable=True),
        _text("supervisor_comment"),
        _user("rated_by"),
        _moment("rated_at"),
        _text("jpo_comment"),
        _moment("acknowledged_at"),
        _text("rebuttal"),
        _moment("rebutted_at"),
        _text("rebuttal_answer"),
        sa.Column("rebuttal_outcome", sa.String(16), nullable=True),
        _user("rebuttal_answered_by"),
        _moment("rebuttal_answered_at"),
        sa.UniqueConstraint("assignment_id", "cycle", "kind"),
    )
    op.create_table(
        "extensions",
        _id(),
        _assignment(),
        sa.Column("cycle", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("recommend", sa.Boolean, nullable=True),
        _text("recommend_reason"),
        _user("recommended_by"),
        _moment("recommended_at"),
        sa.Column("priorities", sa.Boolean, nullable=True),
        _text("priorities_reason"),
        _user("priorities_by"),
        _moment("priorities_at"),
        sa.Column("funding", sa.Boolean, nullable=True),
        _text("funding_reason"),
        _user("funding_by"),
        _moment("funding_at"),
        sa.Column("new_ends_on", sa.Date, nullable=True),
        sa.UniqueConstraint("assignment_id", "cycle"),
    )
    op.create_table(
        "end_reports",
        _id(),
        sa.Column(
            "assignment_id",
            sa.Integer,
            sa.ForeignKey("assignments.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("sections", sa.JSON, nullable=False),
        _moment("updated_at", nullable=False),
        _moment("submitted_at"),
    )
    for table in _TABLES[1:]:
        op.create_index(f"ix_{table}_assignment_id", table, ["assignment_id"])


def downgrade() -> None:
    for table in _TABLES:
        op.drop_table(table)
    for column in ("vacancy_id", "jpo_id", "supervisor_id"):
        op.drop_index(f"ix_assignments_{column}", table_name="assignments")
    op.drop_table("assignments")
