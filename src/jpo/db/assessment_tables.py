"""Tables of a vacancy's written assessment: its tasks and marking scheme, the candidates' sittings and
answers, the markers with their declarations, and their marks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpo.db.models import Base, UtcDateTime, _now


class Assessment(Base):
    """A vacancy's written assessment (at most one): tasks, window, time limit, marking scheme, spread."""

    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), unique=True)
    tasks: Mapped[list[Any]] = mapped_column()  # [{"title", "instructions"}]
    criteria: Mapped[list[Any]] = mapped_column()  # [{"name", "max_marks"}]
    opens_at: Mapped[datetime] = mapped_column(UtcDateTime())
    closes_at: Mapped[datetime] = mapped_column(UtcDateTime())
    minutes: Mapped[int] = mapped_column()  # each candidate's time limit, from their start
    allowed_spread: Mapped[int] = mapped_column()  # marks two markers' totals may differ by
    moderator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # every sheet had its final mark


class AssessmentMarker(Base):
    """A staff member who marks the assessment's sheets, once they declared no conflict of interest."""

    __tablename__ = "assessment_markers"
    __table_args__ = (UniqueConstraint("assessment_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    declaration: Mapped[str | None] = mapped_column(String(16))  # None (not yet) | none | conflict
    statement: Mapped[str | None] = mapped_column(Text)  # what the conflict is
    declared_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class AssessmentSitting(Base):
    """One invited candidate's sitting: its answer number (what markers see), the clock, moderation."""

    __tablename__ = "assessment_sittings"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    answer_number: Mapped[str] = mapped_column(String(16), unique=True)  # random, never derived from ids
    invited_at: Mapped[datetime] = mapped_column(UtcDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    moderated_mark: Mapped[int | None] = mapped_column()
    moderation_reason: Mapped[str | None] = mapped_column(Text)
    moderator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    moderated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class AssessmentAnswer(Base):
    """A candidate's answer to one task, as last saved."""

    __tablename__ = "assessment_answers"
    __table_args__ = (UniqueConstraint("sitting_id", "task"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sitting_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_sittings.id", ondelete="CASCADE"), index=True
    )
    task: Mapped[int] = mapped_column()  # the task's position, from 0
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AssessmentMark(Base):
    """One marker's submitted marks for one sheet (per criterion) and comment; never changed."""

    __tablename__ = "assessment_marks"
    __table_args__ = (UniqueConstraint("sitting_id", "marker_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sitting_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_sittings.id", ondelete="CASCADE"), index=True
    )
    marker_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    marks: Mapped[dict[str, Any]] = mapped_column()  # criterion name -> whole marks
    comment: Mapped[str] = mapped_column(Text)
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime())
