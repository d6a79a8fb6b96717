"""Check-in notes of an assignment's supervision meetings: written by the JPO or the supervisor, corrected
or deleted by their author only (each change on the audit trail with what it was and what it became),
read by them and the donor programme's admins."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpo.assignment.calendar import REMINDER_DAYS
from jpo.assignment.steps import DueStep
from jpo.assignments.supervision import check_in_rows, lock_assignment, locked, reader, writer
from jpo.audit.trail import record
from jpo.contracts.text import PARAGRAPH, checked_text
from jpo.db.assignment_tables import Assignment, CheckIn
from jpo.db.models import User
from jpo.errors import ForbiddenError, InputError

TOPICS_MAX: Final = PARAGRAPH
ACTIONS_MAX: Final = PARAGRAPH
# A meeting may be noted from a few days before the start (a first call before arrival) ...
EARLY_DAYS: Final = 7
# ... and up to today on the clock of anyone east of UTC, whose day may already be tomorrow.
AHEAD_DAYS: Final = 1
# The gentle "check_in" step: a meeting noted at least this often once the assignment has started.
CHECK_IN_EVERY: Final = 30


def checked_day(assignment: Assignment, held_on: date, today: date) -> date:
    """`held_on` when a meeting can have been held then: not in the future, not well before the start."""
    if held_on > today + timedelta(days=AHEAD_DAYS):
        raise InputError(f"held_on: {held_on} is in the future", field="held_on", code="date-in-future")
    earliest = assignment.starts_on - timedelta(days=EARLY_DAYS)
    if held_on < earliest:
        raise InputError(
            f"held_on: {held_on} is before the assignment ({earliest} at the earliest)",
            field="held_on",
            code="date-before-assignment",
        )
    return held_on


def _fields(held_on: date, topics: str, actions: str) -> dict[str, Any]:
    return {"held_on": held_on.isoformat(), "topics": topics, "actions": actions}


def _checked(
    assignment: Assignment, held_on: date, topics: str, actions: str, now: datetime
) -> dict[str, Any]:
    return _fields(
        checked_day(assignment, held_on, now.date()),
        checked_text(topics, "topics", TOPICS_MAX, required=True),
        checked_text(actions, "actions", ACTIONS_MAX),
    )


def check_ins(session: Session, *, user: User, assignment_id: int) -> list[CheckIn]:
    """The assignment's check-ins, the latest meeting first (the read audited unless by the JPO)."""
    reader(session, user, assignment_id, "check_ins")
    return check_in_rows(session, assignment_id)


def add_check_in(
    session: Session, *, actor: User, assignment_id: int, held_on: date, topics: str, actions: str,
    now: datetime,
) -> CheckIn:  # fmt: skip
    """Note a meeting: when it was held, what was discussed (required), what each will do. The same note
    sent again by its author is the one already kept."""
    found = writer(session, actor, assignment_id, doing="write a check-in")
    values = _checked(found.assignment, held_on, topics, actions, now)
    lock_assignment(session, assignment_id)
    same = session.scalar(
        select(CheckIn).where(CheckIn.assignment_id == assignment_id, CheckIn.author_id == actor.id,
                              CheckIn.held_on == held_on, CheckIn.topics == values["topics"],
                              CheckIn.actions == values["actions"])
    )  # fmt: skip
    if same is not None:  # the same note sent twice: kept once
        return same
    row = CheckIn(assignment_id=assignment_id, held_on=held_on, topics=values["topics"],
                  actions=values["actions"], author_id=actor.id, created_at=now)  # fmt: skip
    session.add(row)
    session.flush()
    record(
        session,
        actor_id=actor.id,
        action="assignment.check_in.added",
        subject_type="check_in",
        subject_id=row.id,
        detail={"assignment_id": assignment_id, "held_on": values["held_on"]},
    )
    return row


def _own(session: Session, actor: User, assignment_id: int, check_in_id: int, doing: str) -> CheckIn:
    writer(session, actor, assignment_id, doing=doing)
    row = locked(session, CheckIn, assignment_id, check_in_id, "check-in")
    if row.author_id != actor.id:
        raise ForbiddenError(f"check-in {check_in_id}: only its author may {doing}")
    return row


def correct_check_in(
    session: Session, *, actor: User, assignment_id: int, check_in_id: int, held_on: date, topics: str,
    actions: str, now: datetime,
) -> CheckIn:  # fmt: skip
    """The author corrects their note; what it said before and after goes on the audit trail."""
    row = _own(session, actor, assignment_id, check_in_id, "correct it")
    assignment = session.get_one(Assignment, assignment_id)
    after = _checked(assignment, held_on, topics, actions, now)
    before = _fields(row.held_on, row.topics, row.actions)
    row.held_on, row.topics, row.actions = held_on, after["topics"], after["actions"]
    record(
        session,
        actor_id=actor.id,
        action="assignment.check_in.corrected",
        subject_type="check_in",
        subject_id=row.id,
        detail={"assignment_id": assignment_id, "before": before, "after": after},
    )
    return row


def delete_check_in(session: Session, *, actor: User, assignment_id: int, check_in_id: int) -> None:
    """The author deletes their note; what it said stays on the audit trail."""
    row = _own(session, actor, assignment_id, check_in_id, "delete it")
    before = _fields(row.held_on, row.topics, row.actions)
    session.delete(row)
    record(session, actor_id=actor.id, action="assignment.check_in.deleted", subject_type="check_in",
           subject_id=check_in_id, detail={"assignment_id": assignment_id, "before": before})  # fmt: skip


def check_in_due(session: Session, assignment: Assignment, today: date) -> list[DueStep]:
    """The supervisor's step "check_in" when no meeting was noted for CHECK_IN_EVERY days since the start or
    the latest one; listed from when its reminder goes, gone once a check-in is noted. Its `kind` is its
    date, so each lapse is reminded of once."""
    if assignment.supervisor_id is None or today < assignment.starts_on:
        return []
    latest = session.scalar(select(func.max(CheckIn.held_on)).where(CheckIn.assignment_id == assignment.id))
    due_on = max(latest or assignment.starts_on, assignment.starts_on) + timedelta(days=CHECK_IN_EVERY)
    if today < due_on - timedelta(days=REMINDER_DAYS):
        return []
    return [DueStep(assignment.id, "check_in", "supervisor", due_on, kind=due_on.isoformat())]
