"""Tables of the JPO's assignment: the record made when an offer is accepted, and what follows it — the
work plan's versions, supervision (check-ins, learning objectives, training), the performance evaluations,
the yearly extension and the end-of-assignment report."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jpo.db.models import Base, UtcDateTime


class Assignment(Base):
    """One JPO's assignment, from the accepted offer: the JPO (the candidate who accepted), the
    supervisor (a staff user of the host organization, named once known), the duty station, the dates and
    the years funded. The donor programme and the host agency are the vacancy's sponsor and organization."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id", ondelete="CASCADE"), unique=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), index=True)
    jpo_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    duty_station: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)  # moved by each confirmed extension
    funding_years: Mapped[list[int]] = mapped_column(
        JSON
    )  # calendar years the donor funds, e.g. [2027, 2028]
    status: Mapped[str] = mapped_column(String(16))  # active | ended
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    end_reason: Mapped[str | None] = mapped_column(Text)


class WorkPlan(Base):
    """One version of an assignment's work plan: its objectives (each with the ToR sentence it came from,
    success indicators and a date) and each party's agreement. Editing a version either party agreed to
    makes the next version, which both must agree to again."""

    __tablename__ = "work_plans"
    __table_args__ = (UniqueConstraint("assignment_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    objectives: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))  # draft | agreed | superseded
    jpo_agreed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    supervisor_agreed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class CheckIn(Base):
    """A supervision meeting's note, written by the JPO or the supervisor: when, what was discussed, what
    each will do."""

    __tablename__ = "check_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    topics: Mapped[str] = mapped_column(Text)
    actions: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class LearningObjective(Base):
    """A learning element of the ToR (or one the parties add) tracked as an objective with its progress."""

    __tablename__ = "learning_objectives"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)  # the ToR's sentence, when it came from the ToR
    progress: Mapped[str] = mapped_column(String(16))  # not_started | in_progress | achieved
    note: Mapped[str | None] = mapped_column(Text)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Training(Base):
    """A training the JPO attends."""

    __tablename__ = "trainings"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    provider: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[int | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Evaluation(Base):
    """One step of a yearly performance cycle (`kind` midpoint or final, year `cycle` of the assignment):
    the JPO's self-assessment, the supervisor's ratings per objective and per competency with comments, the
    JPO's comment and acknowledgement, and the rebuttal when the JPO disagrees, answered by a donor admin."""

    __tablename__ = "evaluations"
    __table_args__ = (UniqueConstraint("assignment_id", "cycle", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    cycle: Mapped[int]  # 1 for the assignment's first year
    kind: Mapped[str] = mapped_column(String(16))  # midpoint | final
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(
        String(16)
    )  # open | self_assessed | rated | acknowledged | rebutted | closed
    self_assessment: Mapped[str | None] = mapped_column(Text)
    self_submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # {"objectives": {objective id: rating}, "competencies": {name: rating}}, ratings on the UN scale
    ratings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    overall: Mapped[str | None] = mapped_column(String(32))
    supervisor_comment: Mapped[str | None] = mapped_column(Text)
    rated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    rated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    jpo_comment: Mapped[str | None] = mapped_column(Text)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    rebuttal: Mapped[str | None] = mapped_column(Text)
    rebutted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    rebuttal_answer: Mapped[str | None] = mapped_column(Text)
    rebuttal_outcome: Mapped[str | None] = mapped_column(String(16))  # upheld | revised
    rebuttal_answered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    rebuttal_answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Extension(Base):
    """The yearly review near the end of year `cycle`: the supervisor's recommendation, the host agency's
    confirmation of priorities and the donor's of funding, each with its reason; then the end date moves
    (`extended`) or the assignment ends at it (`ending`)."""

    __tablename__ = "extensions"
    __table_args__ = (UniqueConstraint("assignment_id", "cycle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    cycle: Mapped[int]
    status: Mapped[str] = mapped_column(String(16))  # open | extended | ending
    recommend: Mapped[bool | None]
    recommend_reason: Mapped[str | None] = mapped_column(Text)
    recommended_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    recommended_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    priorities: Mapped[bool | None]
    priorities_reason: Mapped[str | None] = mapped_column(Text)
    priorities_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    priorities_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    funding: Mapped[bool | None]
    funding_reason: Mapped[str | None] = mapped_column(Text)
    funding_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    funding_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    new_ends_on: Mapped[date | None] = mapped_column(Date)


class EndReport(Base):
    """The JPO's end-of-assignment report: its sections as text, a draft until submitted."""

    __tablename__ = "end_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), unique=True)
    sections: Mapped[dict[str, str]] = mapped_column(JSON)  # achievements | learning | challenges | advice
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
