"""Reminders of the steps due on active assignments: to the party whose step it is, once a few days
before its date and once when it has passed (each an outbox event of its own, so a pass run twice or by
two workers sends nothing twice)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jpo.assignment.calendar import REMINDER_DAYS
from jpo.assignments.access import party_users
from jpo.assignments.due import due_steps
from jpo.db.assignment_tables import Assignment
from jpo.db.models import OutboxMessage
from jpo.notifications.outbox import enqueue, language_of

AFTER_END_DAYS = 90  # an ended assignment's steps (its report) are reminded this long after its end

# The page each step is done on.
PAGE_OF = {
    "agree_work_plan": "work-plan",
    **dict.fromkeys(("self_assessment", "rate", "acknowledge", "answer_rebuttal"), "evaluations"),
    **dict.fromkeys(("recommend_extension", "confirm_priorities", "confirm_funding"), "extension"),
    "end_report": "report",
    "check_in": "supervision",
}


def remind(session: Session, *, now: datetime) -> int:
    """Write the reminders due now on every active assignment (and one that ended lately); how many were
    new."""
    today = now.date()
    sent = 0
    # Ended assignments too, for a while: the end-of-assignment report is due after the end date.
    recent = or_(Assignment.status == "active", Assignment.ends_on >= today - timedelta(days=AFTER_END_DAYS))
    for assignment in list(session.scalars(select(Assignment).where(recent).order_by(Assignment.id))):
        for step in due_steps(session, assignment, today):
            if today < step.due_on - timedelta(days=REMINDER_DAYS):
                continue
            overdue = step.overdue(today)
            for user in party_users(session, assignment, step):
                key = f"reminder:{step.key}:{'overdue' if overdue else 'soon'}:{user.id}"
                if session.scalar(select(OutboxMessage.id).where(OutboxMessage.event_key == key)):
                    continue
                context = {"assignment_id": assignment.id, "code": step.code, "cycle": step.cycle,
                           "due_on": step.due_on.isoformat(), "overdue": overdue,
                           "page": PAGE_OF.get(step.code, "")}  # fmt: skip
                enqueue(session, event_key=key, kind="assignment_reminder", user_id=user.id,
                        locale=language_of(user), context=context, now=now)  # fmt: skip
                sent += 1
    return sent
