"""The assignment's record: made when the candidate accepts the offer (from the offer and the vacancy),
its supervisor named by the host agency or the donor programme, and the lists each party sees."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.assignment.calendar import ends_on, funding_years
from jpo.assignments.access import standing
from jpo.audit.trail import record
from jpo.authz import may_follow_assignment, may_host_assignment
from jpo.db.assignment_tables import Assignment, LearningObjective
from jpo.db.models import User, VacancyRow
from jpo.db.offer_tables import Offer
from jpo.db.session import start_writing
from jpo.errors import ConflictError, InputError
from jpo.notifications.outbox import enqueue, language_of
from jpo.users.credentials import normalise_email


def start_assignment(session: Session, offer: Offer, *, jpo_id: int, now: datetime) -> Assignment:
    """The record of the accepted `offer`: from its start date for the ToR's duration (two years when it
    states none), the ToR's learning elements as learning objectives. Its supervisor is named later."""
    start_writing(session)
    vacancy = session.get(VacancyRow, offer.vacancy_id)
    assert vacancy is not None
    last = ends_on(offer.start_date, vacancy.document.get("duration_months"))
    assignment = Assignment(
        offer_id=offer.id, application_id=offer.application_id, vacancy_id=vacancy.id, jpo_id=jpo_id,
        supervisor_id=None, duty_station=offer.duty_station, starts_on=offer.start_date, ends_on=last,
        funding_years=funding_years(offer.start_date, last), status="active", created_at=now,
    )  # fmt: skip
    session.add(assignment)
    session.flush()
    for element in vacancy.document.get("learning_elements") or []:
        session.add(
            LearningObjective(
                assignment_id=assignment.id,
                text=str(element),
                source=str(element),
                progress="not_started",
                updated_at=now,
            )
        )
    record(session, actor_id=jpo_id, action="assignment.started", subject_type="assignment",
           subject_id=assignment.id, detail={"offer_id": offer.id})  # fmt: skip
    return assignment


def name_supervisor(
    session: Session, *, actor: User, assignment_id: int, email: str, now: datetime
) -> Assignment:
    """The host agency's reviewers or the donor programme's admins name the supervisor: a reviewer of the
    host organization (its staff). The supervisor and the JPO are told by e-mail."""
    found = standing(session, actor, assignment_id, follow=False)
    found.require("host", "donor", doing="name the supervisor")
    start_writing(session)
    assignment, vacancy = found.assignment, found.vacancy
    if assignment.status != "active":
        raise ConflictError(f"assignment {assignment.id} has ended", code="assignment-ended")
    address = normalise_email(email)
    supervisor = session.scalar(select(User).where(User.email == address, User.erased_at.is_(None)))
    if supervisor is None or not may_host_assignment(supervisor, vacancy):
        raise InputError(
            f"supervisor: {address or 'an address'} is not a staff member of {vacancy.organization}",
            field="supervisor",
        )
    if supervisor.id == assignment.jpo_id:
        raise InputError("supervisor: the JPO does not supervise themselves", field="supervisor")
    before = assignment.supervisor_id
    assignment.supervisor_id = supervisor.id
    record(session, actor_id=actor.id, action="assignment.supervisor", subject_type="assignment",
           subject_id=assignment.id, detail={"from": before, "to": supervisor.id})  # fmt: skip
    for user_id in (supervisor.id, assignment.jpo_id):
        user = session.get(User, user_id)
        enqueue(session, event_key=f"supervisor_named:{assignment.id}:{supervisor.id}:{user_id}",
                kind="supervisor_named", user_id=user_id, locale=language_of(user),
                context={"assignment_id": assignment.id}, now=now)  # fmt: skip
    return assignment


def assignments_for(session: Session, user: User) -> list[Assignment]:
    """The assignments the user follows or hosts: their own as JPO or supervisor, those of the vacancies
    whose donor programme or host agency they serve; newest first."""
    if user.role == "candidate":
        query = select(Assignment).where(Assignment.jpo_id == user.id)
    elif user.role in ("admin", "reviewer"):
        query = select(Assignment)
    else:
        return []
    rows = session.scalars(query.order_by(Assignment.starts_on.desc(), Assignment.id.desc()))
    found = []
    for assignment in rows:
        vacancy = session.get(VacancyRow, assignment.vacancy_id)
        if vacancy is not None and (
            may_follow_assignment(user, assignment, vacancy) or may_host_assignment(user, vacancy)
        ):
            found.append(assignment)
    return found
