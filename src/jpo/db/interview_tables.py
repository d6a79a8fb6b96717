"""Tables of a vacancy's competency-based interviews: the kit, the panel and its members' declarations,
each member's ratings, and the panel's recommendation (slots and bookings are in `slot_tables`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpo.db.models import Base, UtcDateTime


class InterviewPanel(Base):
    """A vacancy's interview panel (at most one) and the language it works in (its kit and report)."""

    __tablename__ = "interview_panels"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), unique=True)
    language: Mapped[str] = mapped_column(String(2))  # en | fr
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class InterviewKit(Base):
    """A vacancy's interview kit: per competency its indicators and questions, and technical questions.
    Editable until the first rating is saved; `locked_at` then, and the kit stays as the panel rated it."""

    __tablename__ = "interview_kits"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), unique=True)
    language: Mapped[str] = mapped_column(String(2))
    competencies: Mapped[list[Any]] = mapped_column()  # [{"name", "indicators": [..], "questions": [..]}]
    technical: Mapped[list[Any]] = mapped_column()  # [question, ...]
    version: Mapped[int] = mapped_column()  # one more at each edit
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    locked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class PanelMember(Base):
    """A staff member on a vacancy's panel (`chair` or `member`): scoped to that vacancy's interviews."""

    __tablename__ = "panel_members"
    __table_args__ = (UniqueConstraint("vacancy_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(8))  # chair | member
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime())


class PanelDeclaration(Base):
    """A member's declaration of interest about one candidate, made before scoring them."""

    __tablename__ = "panel_declarations"
    __table_args__ = (UniqueConstraint("member_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("panel_members.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    declaration: Mapped[str] = mapped_column(String(16))  # none | conflict (recused)
    statement: Mapped[str | None] = mapped_column(Text)
    declared_at: Mapped[datetime] = mapped_column(UtcDateTime())


class InterviewScore(Base):
    """One member's ratings of one candidate: a draft until submitted, then read-only."""

    __tablename__ = "interview_scores"
    __table_args__ = (UniqueConstraint("member_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("panel_members.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    ratings: Mapped[list[Any]] = mapped_column()  # [{"competency", "indicator", "value", "evidence"}]
    status: Mapped[str] = mapped_column(String(16))  # draft | submitted
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class InterviewRecommendation(Base):
    """The panel's recommendation about one interviewed candidate, recorded by the chair."""

    __tablename__ = "interview_recommendations"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    verdict: Mapped[str] = mapped_column(String(32))  # recommended | reservations | not_recommended
    reasons: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime())
