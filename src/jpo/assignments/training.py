"""The training the JPO attends during the assignment: recorded, corrected or removed by the JPO or the
supervisor (each change on the audit trail), read by them and the donor programme's admins."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.assignments.supervision import lock_assignment, locked, reader, training_rows, writer
from jpo.audit.trail import record
from jpo.contracts.text import NAME, PARAGRAPH, checked_text
from jpo.db.assignment_tables import Assignment, Training
from jpo.db.models import User
from jpo.errors import InputError

TITLE_MAX: Final = 300
PROVIDER_MAX: Final = NAME
NOTE_MAX: Final = PARAGRAPH
HOURS_MAX: Final = 2_000
# Pre-deployment courses count; anything earlier is not this assignment's training.
BEFORE_START_DAYS: Final = 365


@dataclass(frozen=True)
class TrainingInput:
    """What a party says of one training: its title, who gave it, its dates, hours and a note."""

    title: str
    starts_on: date
    provider: str | None = None
    ends_on: date | None = None
    hours: int | None = None
    note: str | None = None


def _checked(assignment: Assignment, given: TrainingInput) -> TrainingInput:
    """`given` with its texts stripped, or the first error in the form's order."""
    title = checked_text(given.title, "title", TITLE_MAX, required=True)
    provider = checked_text(given.provider, "provider", PROVIDER_MAX) or None
    earliest = assignment.starts_on - timedelta(days=BEFORE_START_DAYS)
    if not earliest <= given.starts_on <= assignment.ends_on:
        raise InputError(
            f"starts_on: between {earliest} and the assignment's end {assignment.ends_on}",
            field="starts_on",
            code="date-outside-assignment",
        )
    if given.ends_on is not None and given.ends_on < given.starts_on:
        raise InputError("ends_on: not before starts_on", field="ends_on", code="ends-before-start")
    if given.hours is not None and not 0 <= given.hours <= HOURS_MAX:
        raise InputError(f"hours: from 0 to {HOURS_MAX}", field="hours")
    note = checked_text(given.note, "note", NOTE_MAX) or None
    return TrainingInput(title=title, provider=provider, starts_on=given.starts_on, ends_on=given.ends_on,
                         hours=given.hours, note=note)  # fmt: skip


def _fields(row: Training | TrainingInput) -> dict[str, Any]:
    values = asdict(row) if isinstance(row, TrainingInput) else {
        "title": row.title, "starts_on": row.starts_on, "provider": row.provider, "ends_on": row.ends_on,
        "hours": row.hours, "note": row.note,
    }  # fmt: skip
    return {key: value.isoformat() if isinstance(value, date) else value for key, value in values.items()}


def trainings(session: Session, *, user: User, assignment_id: int) -> list[Training]:
    """The trainings, the latest first (the read audited unless by the JPO)."""
    reader(session, user, assignment_id, "trainings")
    return training_rows(session, assignment_id)


def add_training(
    session: Session, *, actor: User, assignment_id: int, given: TrainingInput, now: datetime
) -> Training:
    """Record a training the JPO attended; the same title on the same first day is the one already kept."""
    found = writer(session, actor, assignment_id, doing="record a training")
    value = _checked(found.assignment, given)
    lock_assignment(session, assignment_id)
    same = session.scalar(
        select(Training).where(Training.assignment_id == assignment_id, Training.title == value.title,
                               Training.starts_on == value.starts_on)
    )  # fmt: skip
    if same is not None:  # the same training sent twice: kept once
        return same
    row = Training(assignment_id=assignment_id, title=value.title, provider=value.provider,
                   starts_on=value.starts_on, ends_on=value.ends_on, hours=value.hours, note=value.note,
                   created_by=actor.id, created_at=now)  # fmt: skip
    session.add(row)
    session.flush()
    record(session, actor_id=actor.id, action="assignment.training.added", subject_type="training",
           subject_id=row.id, detail={"assignment_id": assignment_id, "after": _fields(value)})  # fmt: skip
    return row


def correct_training(
    session: Session, *, actor: User, assignment_id: int, training_id: int, given: TrainingInput
) -> Training:
    """Correct a training's record; before and after on the audit trail."""
    found = writer(session, actor, assignment_id, doing="correct a training")
    row = locked(session, Training, assignment_id, training_id, "training")
    value = _checked(found.assignment, given)
    before = _fields(row)
    row.title, row.provider, row.starts_on = value.title, value.provider, value.starts_on
    row.ends_on, row.hours, row.note = value.ends_on, value.hours, value.note
    record(session, actor_id=actor.id, action="assignment.training.corrected", subject_type="training",
           subject_id=row.id, detail={"assignment_id": assignment_id, "before": before,
                                      "after": _fields(value)})  # fmt: skip
    return row


def remove_training(session: Session, *, actor: User, assignment_id: int, training_id: int) -> None:
    """Remove a training's record; what it said stays on the audit trail."""
    writer(session, actor, assignment_id, doing="remove a training")
    row = locked(session, Training, assignment_id, training_id, "training")
    before = _fields(row)
    session.delete(row)
    record(session, actor_id=actor.id, action="assignment.training.removed", subject_type="training",
           subject_id=training_id, detail={"assignment_id": assignment_id, "before": before})  # fmt: skip
