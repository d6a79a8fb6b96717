"""The learning objectives of an assignment: the ToR's learning elements (seeded when it starts) and those
the JPO or the supervisor add, each with its progress and a note. An update names the version it
changes (`updated_at`): one made meanwhile by the other party is never overwritten silently (409 `stale`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpo.assignments.supervision import lock_assignment, locked, objective_rows, reader, writer
from jpo.audit.trail import record
from jpo.contracts.text import PARAGRAPH, checked_text
from jpo.db.assignment_tables import LearningObjective
from jpo.db.models import AuditEvent, User
from jpo.errors import ConflictError, ForbiddenError, InputError

PROGRESS: Final = ("not_started", "in_progress", "achieved")
TEXT_MAX: Final = 1_000
NOTE_MAX: Final = PARAGRAPH
ADDED_MAX: Final = 30  # objectives the parties may add to one assignment
ADDED: Final = "assignment.learning.added"


def learning_objectives(session: Session, *, user: User, assignment_id: int) -> list[LearningObjective]:
    """The assignment's learning objectives, the ToR's first (the read audited unless by the JPO)."""
    reader(session, user, assignment_id, "learning_objectives")
    return objective_rows(session, assignment_id)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def update_progress(
    session: Session, *, actor: User, assignment_id: int, objective_id: int, progress: str, note: str | None,
    updated_at: datetime, now: datetime,
) -> LearningObjective:  # fmt: skip
    """Mark an objective's progress with an optional note. `updated_at` is the version the actor saw: if
    the other party changed it since, nothing is saved (409 `stale`) and they see the newer one first."""
    writer(session, actor, assignment_id, doing="update the learning objectives")
    if progress not in PROGRESS:
        raise InputError(f"progress: one of {', '.join(PROGRESS)}", field="progress")
    text = checked_text(note, "note", NOTE_MAX) or None
    row = locked(session, LearningObjective, assignment_id, objective_id, "learning objective")
    if _utc(row.updated_at) != _utc(updated_at):
        raise ConflictError(
            f"learning objective {objective_id} was changed at {row.updated_at.isoformat()}: read it again",
            code="stale",
        )
    before = {"progress": row.progress, "note": row.note}
    row.progress, row.note, row.updated_by = progress, text, actor.id
    # Each change moves the version, even two within the same microsecond of the clock.
    row.updated_at = max(now, _utc(row.updated_at) + timedelta(microseconds=1))
    record(
        session,
        actor_id=actor.id,
        action="assignment.learning.updated",
        subject_type="learning_objective",
        subject_id=row.id,
        detail={
            "assignment_id": assignment_id,
            "before": before,
            "after": {"progress": progress, "note": text},
        },
    )
    return row


def add_objective(
    session: Session, *, actor: User, assignment_id: int, text: str, now: datetime
) -> LearningObjective:
    """An objective of the actor's own (no ToR sentence), not started; one worded as an existing objective
    is that objective."""
    writer(session, actor, assignment_id, doing="add a learning objective")
    wording = checked_text(text, "text", TEXT_MAX, required=True)
    lock_assignment(session, assignment_id)
    same = session.scalar(
        select(LearningObjective).where(
            LearningObjective.assignment_id == assignment_id, LearningObjective.text == wording
        )
    )
    if same is not None:  # already an objective (a double submit, or the ToR's own words): kept once
        return same
    added = session.scalar(
        select(func.count(LearningObjective.id)).where(
            LearningObjective.assignment_id == assignment_id, LearningObjective.source.is_(None)
        )
    )
    if (added or 0) >= ADDED_MAX:
        raise ConflictError(
            f"at most {ADDED_MAX} learning objectives may be added", code="too-many-objectives"
        )
    row = LearningObjective(assignment_id=assignment_id, text=wording, source=None, progress="not_started",
                            note=None, updated_by=actor.id, updated_at=now)  # fmt: skip
    session.add(row)
    session.flush()
    record(session, actor_id=actor.id, action=ADDED, subject_type="learning_objective", subject_id=row.id,
           detail={"assignment_id": assignment_id, "text": wording})  # fmt: skip
    return row


def added_by(session: Session, objective_id: int) -> int | None:
    """Who added an objective (the table keeps only its last updater; the audit trail keeps the adder)."""
    query = select(AuditEvent.actor_id).where(
        AuditEvent.action == ADDED,
        AuditEvent.subject_type == "learning_objective",
        AuditEvent.subject_id == objective_id,
    )
    return session.scalar(query.order_by(AuditEvent.id).limit(1))


def remove_objective(session: Session, *, actor: User, assignment_id: int, objective_id: int) -> None:
    """Remove an objective the actor added; the ToR's cannot be removed (409 `tor-objective`), only marked."""
    writer(session, actor, assignment_id, doing="remove a learning objective")
    row = locked(session, LearningObjective, assignment_id, objective_id, "learning objective")
    if row.source is not None:
        raise ConflictError(
            f"learning objective {objective_id} comes from the ToR: mark its progress instead",
            code="tor-objective",
        )
    if added_by(session, objective_id) != actor.id:
        raise ForbiddenError(f"learning objective {objective_id}: only who added it may remove it")
    before = {"text": row.text, "progress": row.progress, "note": row.note}
    session.delete(row)
    record(
        session,
        actor_id=actor.id,
        action="assignment.learning.removed",
        subject_type="learning_objective",
        subject_id=objective_id,
        detail={"assignment_id": assignment_id, "before": before},
    )
