"""Contesting a decision: a candidate contests a human decision about their own application within a
set period; a staff member in the vacancy's scope who did not take the decision answers it with a
reason. Flushes, never commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jpo.applications.moves import required_reason
from jpo.applications.service import own_application
from jpo.applications.staff import pseudonym
from jpo.audit.trail import record
from jpo.authz import may_review_applications, require_review_applications
from jpo.db.models import Application, AuditEvent, Contest, User, VacancyRow
from jpo.errors import ConflictError, ForbiddenError, InputError, NotFoundError
from jpo.notifications.outbox import enqueue, language_of

CONTEST_DAYS: Final = 14  # the period after a decision in which it may be contested
HUMAN: Final = frozenset({"staff", "panel", "host", "donor"})
OUTCOMES: Final = ("maintained", "reconsidered")


def deadline_of(decision: AuditEvent) -> datetime:
    return decision.at + timedelta(days=CONTEST_DAYS)


def contestable(decision: AuditEvent, now: datetime) -> bool:
    """A human decision about an application, still within its period."""
    by = (decision.detail or {}).get("by")
    return decision.action == "application.transition" and by in HUMAN and now <= deadline_of(decision)


def open_contest(
    session: Session, *, candidate: User, application_id: int, decision_id: int, grounds: str, now: datetime
) -> Contest:
    """The candidate contests one decision about their own application."""
    application = own_application(session, user=candidate, application_id=application_id)
    decision = session.get(AuditEvent, decision_id)
    if decision is None or decision.subject_type != "application" or decision.subject_id != application.id:
        raise NotFoundError(f"decision {decision_id} not found")
    if not contestable(decision, now):
        raise ConflictError("this decision can no longer be contested", code="not-contestable")
    if session.scalar(select(Contest.id).where(Contest.decision_event_id == decision.id)):
        raise ConflictError("you have already contested this decision", code="already-contested")
    text = required_reason(grounds, "grounds")
    contest = Contest(application_id=application.id, decision_event_id=decision.id,
                      decided_by=decision.actor_id, grounds=text, opened_at=now)  # fmt: skip
    session.add(contest)
    session.flush()
    record(session, actor_id=candidate.id, action="contest.opened", subject_type="application",
           subject_id=application.id, detail={"contest": contest.id, "decision": decision.id})  # fmt: skip
    return contest


def contests_of(session: Session, application_id: int) -> dict[int, Contest]:
    """The application's contests by the decision they contest."""
    rows = session.scalars(select(Contest).where(Contest.application_id == application_id))
    return {contest.decision_event_id: contest for contest in rows}


@dataclass(frozen=True)
class OpenContest:
    contest: Contest
    application: Application
    vacancy: VacancyRow
    decision: AuditEvent
    candidate: str  # the pseudonym


def contests_to_answer(session: Session, *, staff: User) -> list[OpenContest]:
    """Unanswered contests on applications `staff` may review, except those about their own decisions."""
    query = (select(Contest, Application, VacancyRow, AuditEvent)
             .join(Application, Application.id == Contest.application_id)
             .join(VacancyRow, VacancyRow.id == Application.vacancy_id)
             .join(AuditEvent, AuditEvent.id == Contest.decision_event_id)
             .where(Contest.answered_at.is_(None),
                    or_(Contest.decided_by.is_(None), Contest.decided_by != staff.id))
             .order_by(Contest.opened_at, Contest.id))  # fmt: skip
    # Narrow by the staff member's scope in the query; `may_review_applications` stays the rule.
    if staff.role == "reviewer":
        query = query.where(VacancyRow.organization == staff.organization)
    elif staff.role == "admin" and staff.sponsor_country is not None:
        query = query.where(VacancyRow.sponsor_country == staff.sponsor_country)
    elif staff.role != "admin":
        return []
    return [
        OpenContest(contest, application, vacancy, decision, pseudonym(application))
        for contest, application, vacancy, decision in session.execute(query)
        if may_review_applications(staff, vacancy)
    ]


def answer_contest(
    session: Session, *, staff: User, contest_id: int, outcome: str, answer: str, now: datetime
) -> Contest:
    """Answer a contest with a reason: the decision is maintained, or reconsidered (the reviewer then
    moves the application as the review allows)."""
    contest = session.get(Contest, contest_id)
    application = session.get(Application, contest.application_id) if contest is not None else None
    vacancy = session.get(VacancyRow, application.vacancy_id) if application is not None else None
    if contest is None or vacancy is None:
        raise NotFoundError(f"contest {contest_id} not found")
    require_review_applications(staff, vacancy)
    if contest.decided_by == staff.id:
        raise ForbiddenError("a contest is answered by someone other than who took the decision",
                             code="not-the-decider")  # fmt: skip
    if contest.answered_at is not None:
        raise ConflictError("this contest is already answered", code="already-answered")
    if outcome not in OUTCOMES:
        raise InputError(f"outcome: one of {', '.join(OUTCOMES)}", field="outcome")
    contest.answer, contest.outcome = required_reason(answer, "answer"), outcome
    contest.answered_by, contest.answered_at = staff.id, now
    record(session, actor_id=staff.id, action="contest.answered", subject_type="application",
           subject_id=contest.application_id, reason=contest.answer,
           detail={"contest": contest.id, "outcome": outcome})  # fmt: skip
    session.flush()
    candidate = session.get(User, application.user_id) if application is not None else None
    enqueue(session, event_key=f"contest_answered:{contest.id}", kind="contest_answered",
            user_id=candidate.id if candidate else None, locale=language_of(candidate),
            context={"contest_id": contest.id}, now=now)  # fmt: skip
    return contest
