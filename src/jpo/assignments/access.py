"""Who stands where on an assignment, and its audited reads: the JPO, the supervisor, the donor
programme's admins (who follow all of it), the host agency's reviewers (the record and its extension
only). Anyone else is told it does not exist."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.assignment.steps import DueStep
from jpo.audit.trail import record
from jpo.authz import may_follow_assignment, may_fund_assignment, may_host_assignment
from jpo.db.assignment_tables import Assignment
from jpo.db.models import User, VacancyRow
from jpo.errors import ForbiddenError, NotFoundError

Role = Literal["jpo", "supervisor", "donor", "host"]


@dataclass(frozen=True)
class Standing:
    """A user's place on one assignment: `roles` they hold (a donor admin may also be nobody else)."""

    assignment: Assignment
    vacancy: VacancyRow
    user: User
    roles: frozenset[Role]

    @property
    def follows(self) -> bool:
        """Sees the work plan, supervision and evaluations."""
        return bool(self.roles & {"jpo", "supervisor", "donor"})

    def require(self, *roles: Role, doing: str) -> None:
        """403 unless the user holds one of `roles` (e.g. only the supervisor rates)."""
        if not self.roles & set(roles):
            who = " or ".join(ROLE_NAMES[role] for role in roles)
            raise ForbiddenError(f"assignment {self.assignment.id}: only {who} may {doing}")


ROLE_NAMES: dict[Role, str] = {
    "jpo": "the JPO",
    "supervisor": "the supervisor",
    "donor": "the donor programme's admins",
    "host": "the host agency",
}


def roles_of(user: User, assignment: Assignment, vacancy: VacancyRow) -> frozenset[Role]:
    roles: set[Role] = set()
    if user.id == assignment.jpo_id:
        roles.add("jpo")
    if assignment.supervisor_id is not None and user.id == assignment.supervisor_id:
        roles.add("supervisor")
    if may_fund_assignment(user, vacancy):
        roles.add("donor")
    if may_host_assignment(user, vacancy):
        roles.add("host")
    return frozenset(roles)


def standing(session: Session, user: User, assignment_id: int, *, follow: bool = True) -> Standing:
    """The user's standing on the assignment; 404 for anyone with none, and, when `follow` (the work plan,
    supervision, evaluations), 403 for the host's reviewers who are not its supervisor."""
    assignment = session.get(Assignment, assignment_id)
    vacancy = session.get(VacancyRow, assignment.vacancy_id) if assignment else None
    if assignment is None or vacancy is None:
        raise NotFoundError(f"assignment {assignment_id} not found")
    roles = roles_of(user, assignment, vacancy)
    if not roles:
        raise NotFoundError(f"assignment {assignment_id} not found")
    found = Standing(assignment, vacancy, user, roles)
    if follow and not may_follow_assignment(user, assignment, vacancy):
        raise ForbiddenError(
            f"assignment {assignment_id}: its work plan and evaluations are for the JPO, the supervisor "
            "and the donor programme"
        )
    return found


def audit_read(session: Session, found: Standing, what: str, subject_id: int | None = None) -> None:
    """A read of the assignment's personal records (an evaluation, the work plan) by someone other than the
    JPO, on the audit trail with what was read."""
    if found.user.id == found.assignment.jpo_id:
        return
    record(
        session,
        actor_id=found.user.id,
        action="assignment.read",
        subject_type="assignment",
        subject_id=found.assignment.id,
        detail={"what": what, **({"id": subject_id} if subject_id is not None else {})},
    )


def party_users(session: Session, assignment: Assignment, step: DueStep) -> list[User]:
    """Who does `step`: the JPO, the supervisor, the host agency's reviewers or the donor's admins."""
    if step.party == "jpo":
        found = [session.get(User, assignment.jpo_id)]
    elif step.party == "supervisor":
        found = [session.get(User, assignment.supervisor_id)] if assignment.supervisor_id else []
    else:
        vacancy = session.get(VacancyRow, assignment.vacancy_id)
        may = may_host_assignment if step.party == "host" else may_fund_assignment
        staff = session.scalars(
            select(User)
            .where(User.role.in_(("admin", "reviewer")), User.erased_at.is_(None))
            .order_by(User.id)
        )
        found = [user for user in staff if vacancy is not None and may(user, vacancy)]
    return [user for user in found if user is not None and user.erased_at is None]
