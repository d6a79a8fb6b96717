"""The JPO's assignment: its record (made when the candidate accepts the offer) for the JPO, the
supervisor, the donor programme's admins and the host agency's reviewers; the supervisor named; the steps
due. The work plan, supervision, evaluations and extension have routers of their own."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from jpo.api.deps import Admin, AnyUser, Staff
from jpo.api.schemas import Body
from jpo.assignment.steps import STEP_NAMES
from jpo.assignments.access import standing
from jpo.assignments.board import board
from jpo.assignments.due import due_steps
from jpo.assignments.records import assignments_for, name_supervisor
from jpo.contracts.text import Name
from jpo.db.assignment_tables import Assignment
from jpo.db.models import User, VacancyRow
from jpo.http.deps import DbSession, Id, Now

router = APIRouter(tags=["assignments"])


class StepRead(BaseModel):
    code: str = Field(description="one of " + ", ".join(STEP_NAMES))
    name: str
    party: str = Field(description="jpo | supervisor | host | donor")
    due_on: date
    overdue: bool
    cycle: int = Field(description="the assignment's year the step belongs to (0: none)")
    kind: str = Field(
        description="what places it in its cycle: for an evaluation midpoint | final; for a check-in the "
        "day its lapse began"
    )


class AssignmentRead(BaseModel):
    id: int
    vacancy_id: int
    title: str
    organization: str | None = Field(description="the host agency")
    sponsor_country: str | None = Field(description="the donor programme's country")
    duty_station: str
    starts_on: date
    ends_on: date
    funding_years: list[int]
    status: str = Field(description="active | ended")
    supervisor: str | None = Field(description="the supervisor's e-mail address, once named")
    roles: list[str] = Field(description="what the caller is on it: jpo, supervisor, donor, host")
    due: list[StepRead] = Field(description="the steps open on it, soonest first")
    created_at: datetime
    ended_at: datetime | None
    end_reason: str | None


class SupervisorCreate(Body):
    email: Name = Field(description="a staff member of the host organization")


def _read(session: DbSession, assignment: Assignment, user: User, today: date) -> AssignmentRead:
    found = standing(session, user, assignment.id, follow=False)
    vacancy: VacancyRow = found.vacancy
    supervisor = session.get(User, assignment.supervisor_id) if assignment.supervisor_id else None
    return AssignmentRead(
        id=assignment.id, vacancy_id=vacancy.id, title=vacancy.document.get("title") or f"#{vacancy.id}",
        organization=vacancy.organization, sponsor_country=vacancy.sponsor_country,
        duty_station=assignment.duty_station, starts_on=assignment.starts_on, ends_on=assignment.ends_on,
        funding_years=assignment.funding_years, status=assignment.status,
        supervisor=supervisor.email if supervisor else None, roles=sorted(found.roles),
        due=[StepRead(code=s.code, name=STEP_NAMES[s.code], party=s.party, due_on=s.due_on,
                      overdue=s.overdue(today), cycle=s.cycle, kind=s.kind)
             for s in due_steps(session, assignment, today)],
        created_at=assignment.created_at, ended_at=assignment.ended_at, end_reason=assignment.end_reason,
    )  # fmt: skip


@router.get("/assignments", response_model=list[AssignmentRead])
def list_assignments(user: AnyUser, session: DbSession, now: Now) -> list[AssignmentRead]:
    """The assignments the caller is the JPO or the supervisor of, or serves as the donor programme's admin
    or the host agency's reviewer; newest first."""
    return [_read(session, a, user, now.date()) for a in assignments_for(session, user)]


class BoardRowRead(BaseModel):
    assignment: AssignmentRead
    jpo: str = Field(description="the JPO's name as they write it (donor admins may see who the JPO is)")
    overdue: int = Field(description="how many of its steps are overdue")


@router.get("/assignment-dashboard", response_model=list[BoardRowRead])
def dashboard(
    admin: Admin, session: DbSession, now: Now,
    overdue: Annotated[bool, Query(description="only assignments with an overdue step")] = False,
) -> list[BoardRowRead]:  # fmt: skip
    """The donor programme's dashboard: every assignment in the admin's scope (active, or ended in the last
    90 days) with its steps due, overdue ones first (programme admins only; the read audited)."""
    rows = board(session, viewer=admin, today=now.date(), overdue_only=overdue)
    return [BoardRowRead(assignment=_read(session, row.assignment, admin, now.date()), jpo=row.jpo,
                         overdue=len(row.overdue)) for row in rows]  # fmt: skip


@router.get("/assignments/{assignment_id}", response_model=AssignmentRead)
def get_assignment(assignment_id: Id, user: AnyUser, session: DbSession, now: Now) -> AssignmentRead:
    """One assignment's record and the steps due on it (404 for anyone it does not concern)."""
    found = standing(session, user, assignment_id, follow=False)
    return _read(session, found.assignment, user, now.date())


@router.put("/assignments/{assignment_id}/supervisor", response_model=AssignmentRead)
def put_supervisor(
    assignment_id: Id, body: SupervisorCreate, staff: Staff, session: DbSession, now: Now
) -> AssignmentRead:
    """Name the supervisor, a reviewer of the host organization: by the host agency's reviewers or the donor
    programme's admins (others 403). The supervisor and the JPO are told by e-mail."""
    assignment = name_supervisor(session, actor=staff, assignment_id=assignment_id, email=body.email, now=now)
    return _read(session, assignment, staff, now.date())
