"""The donor programme's dashboard of assignments: every assignment in an admin's scope (active, or ended
in the last 90 days) with its JPO, its dates and its open steps, overdue ones first. It names the JPOs,
so each reading is one audit event listing the assignments shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jpo.assignment.steps import DueStep
from jpo.assignments.due import due_steps
from jpo.audit.trail import record
from jpo.authz import may_fund_assignment
from jpo.db.assignment_tables import Assignment
from jpo.db.models import User, VacancyRow
from jpo.errors import ForbiddenError
from jpo.notifications.letter import greeting_name

RECENT_DAYS = 90  # an ended assignment stays on the dashboard this long (its report is due after the end)


@dataclass(frozen=True)
class BoardRow:
    assignment: Assignment
    vacancy: VacancyRow
    jpo: str  # the JPO's name as they write it, else their address
    supervisor: str | None
    steps: list[DueStep]
    today: date

    @property
    def overdue(self) -> list[DueStep]:
        return [step for step in self.steps if step.overdue(self.today)]


def _sort_key(row: BoardRow) -> tuple[int, date, int]:
    late = row.overdue
    first = min((step.due_on for step in (late or row.steps)), default=date.max)
    return (0 if late else 1, first, row.assignment.id)


def board(session: Session, *, viewer: User, today: date, overdue_only: bool = False) -> list[BoardRow]:
    """The rows of the viewer's dashboard: programme admins only (403 for anyone else)."""
    if viewer.role != "admin":
        raise ForbiddenError("the dashboard of assignments is for the donor programmes' admins")
    recent = or_(Assignment.status == "active", Assignment.ends_on >= today - timedelta(days=RECENT_DAYS))
    query = select(Assignment, VacancyRow).join(VacancyRow, VacancyRow.id == Assignment.vacancy_id)
    pairs = session.execute(query.where(recent).order_by(Assignment.id))
    rows = []
    for assignment, vacancy in pairs:
        if not may_fund_assignment(viewer, vacancy):
            continue
        jpo = session.get(User, assignment.jpo_id)
        name = greeting_name(session, assignment.jpo_id) or (jpo.email if jpo else "")
        supervisor = session.get(User, assignment.supervisor_id) if assignment.supervisor_id else None
        steps = due_steps(session, assignment, today)
        rows.append(
            BoardRow(assignment, vacancy, name, supervisor.email if supervisor else None, steps, today)
        )
    if overdue_only:
        rows = [row for row in rows if row.overdue]
    record(session, actor_id=viewer.id, action="assignment.dashboard_read", subject_type="user",
           subject_id=viewer.id, detail={"assignments": [row.assignment.id for row in rows]})  # fmt: skip
    return sorted(rows, key=_sort_key)
