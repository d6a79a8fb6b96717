"""The steps due on an assignment, gathered from each area (`AREAS`: one function each), and on the
assignments a user follows: what the donor admins' dashboard shows and what reminders are sent about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

from sqlalchemy.orm import Session

from jpo.assignment.steps import DueStep
from jpo.assignments.check_ins import check_in_due
from jpo.assignments.end_report import end_report_due
from jpo.assignments.extension import extension_due
from jpo.assignments.performance import performance_due
from jpo.assignments.work_plan import work_plan_due
from jpo.db.assignment_tables import Assignment


def _supervisor(_session: Session, assignment: Assignment, _today: date) -> list[DueStep]:
    if assignment.supervisor_id is not None:
        return []
    return [DueStep(assignment.id, "name_supervisor", "host", assignment.starts_on)]


# Each area's steps due on an assignment, open ones only (done steps are not listed).
AREAS: Final[list[Callable[[Session, Assignment, date], list[DueStep]]]] = [_supervisor]
AREAS.extend([extension_due, end_report_due])  # the yearly extension review, the end-of-assignment report
AREAS.append(check_in_due)  # a supervision meeting noted at least every 30 days
AREAS.append(work_plan_due)  # the JPO and the supervisor agree the work plan in the first month
AREAS.append(performance_due)  # the mid-point reviews and end-of-cycle evaluations
# The areas whose steps outlive the assignment: the end-of-assignment report is due after the end date.
AFTER_END: Final[list[Callable[[Session, Assignment, date], list[DueStep]]]] = [end_report_due]


def due_steps(session: Session, assignment: Assignment, today: date) -> list[DueStep]:
    """The assignment's open steps, soonest first; once it has ended, only those of AFTER_END."""
    areas = AREAS if assignment.status == "active" else AFTER_END
    steps = [step for area in areas for step in area(session, assignment, today)]
    return sorted(steps, key=lambda step: (step.due_on, step.code))
