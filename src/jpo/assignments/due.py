"""The steps due on an assignment, gathered from each area (`AREAS`: one function each), and on the
assignments a user follows: what the donor admins' dashboard shows and what reminders are sent about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

from sqlalchemy.orm import Session

from jpo.assignment.steps import DueStep
from jpo.db.assignment_tables import Assignment


def _supervisor(_session: Session, assignment: Assignment, _today: date) -> list[DueStep]:
    if assignment.supervisor_id is not None:
        return []
    return [DueStep(assignment.id, "name_supervisor", "host", assignment.starts_on)]


# Each area's steps due on an assignment, open ones only (done steps are not listed).
AREAS: Final[list[Callable[[Session, Assignment, date], list[DueStep]]]] = [_supervisor]


def due_steps(session: Session, assignment: Assignment, today: date) -> list[DueStep]:
    """The assignment's open steps, soonest first; none once it has ended."""
    if assignment.status != "active":
        return []
    steps = [step for area in AREAS for step in area(session, assignment, today)]
    return sorted(steps, key=lambda step: (step.due_on, step.code))
