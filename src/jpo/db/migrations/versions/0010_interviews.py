"""A vacancy's competency-based interviews: panel, kit, members, declarations, ratings, recommendation.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_MOMENT = sa.DateTime(timezone=True)


def _fk(table: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{table}.id", ondelete=ondelete)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, primary_key=True)


def upgrade() -> None:
    op.create_table(
        "interview_panels",
        _id(),
        sa.Column("vacancy_id", sa.Integer, _fk("vacancies", "CASCADE"), nullable=False, unique=True),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
    )
    op.create_table(
        "interview_kits",
        _id(),
        sa.Column("vacancy_id", sa.Integer, _fk("vacancies", "CASCADE"), nullable=False, unique=True),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("competencies", sa.JSON, nullable=False),
        sa.Column("technical", sa.JSON, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_by", sa.Integer, _fk("users", "SET NULL"), nullable=True),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.Column("locked_at", _MOMENT, nullable=True),
    )
    op.create_table(
        "panel_members",
        _id(),
        sa.Column("vacancy_id", sa.Integer, _fk("vacancies", "CASCADE"), nullable=False),
        sa.Column("user_id", sa.Integer, _fk("users", "CASCADE"), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("added_by", sa.Integer, _fk("users", "SET NULL"), nullable=True),
        sa.Column("added_at", _MOMENT, nullable=False),
        sa.UniqueConstraint("vacancy_id", "user_id"),
    )
    op.create_index("ix_panel_members_vacancy_id", "panel_members", ["vacancy_id"])
    op.create_index("ix_panel_members_user_id", "panel_members", ["user_id"])
    for table, extra in (
        ("panel_declarations", [sa.Column("declaration", sa.String(16), nullable=False),
                                sa.Column("statement", sa.Text, nullable=True),
                                sa.Column("declared_at", _MOMENT, nullable=False)]),
        ("interview_scores", [sa.Column("ratings", sa.JSON, nullable=False),
                              sa.Column("status", sa.String(16), nullable=False),
                              sa.Column("updated_at", _MOMENT, nullable=False),
                              sa.Column("submitted_at", _MOMENT, nullable=True)]),
    ):  # fmt: skip
        op.create_table(
            table,
            _id(),
            sa.Column("member_id", sa.Integer, _fk("panel_members", "CASCADE"), nullable=False),
            sa.Column("application_id", sa.Integer, _fk("applications", "CASCADE"), nullable=False),
            *extra,
            sa.UniqueConstraint("member_id", "application_id"),
        )
        op.create_index(f"ix_{table}_member_id", table, ["member_id"])
        op.create_index(f"ix_{table}_application_id", table, ["application_id"])
    op.create_table(
        "interview_recommendations",
        _id(),
        sa.Column("application_id", sa.Integer, _fk("applications", "CASCADE"), nullable=False, unique=True),
        sa.Column("verdict", sa.String(32), nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("decided_by", sa.Integer, _fk("users", "SET NULL"), nullable=True),
        sa.Column("decided_at", _MOMENT, nullable=False),
    )


def downgrade() -> None:
    for table in ("interview_recommendations", "interview_scores", "panel_declarations"):
        op.drop_table(table)
    op.drop_index("ix_panel_members_user_id", "panel_members")
    op.drop_index("ix_panel_members_vacancy_id", "panel_members")
    for table in ("panel_members", "interview_kits", "interview_panels"):
        op.drop_table(table)
