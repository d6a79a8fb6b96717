"""What a reviewer works with: the vacancies in their scope with their applications counted by status, a
vacancy's ranking joined with each application's status, allowed moves and decision history (from the
audit trail), and a decision on one application of a vacancy; over the same ranking and transition
services as the API, flushing only what `transition_application` flushes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from jpo.applications.ranking import rank_applications
from jpo.applications.staff import transition_application
from jpo.applications.states import TRANSITIONS, next_statuses
from jpo.authz import is_staff, may_review_applications, require_staff
from jpo.contracts.ranking import RankedCandidate, Ranking
from jpo.db.models import Application, AuditEvent, User, VacancyRow
from jpo.db.repositories import application_events, reviewable_vacancies, status_counts_by_vacancy
from jpo.errors import NotFoundError
from jpo.vacancies.service import get_vacancy

HISTORY_ACTIONS = ("application.submitted", "application.transition", "application.withdrawn")


@dataclass(frozen=True)
class VacancyToReview:
    vacancy: VacancyRow
    counts: dict[str, int]  # status -> applications, in the order an application moves on; zeros left out

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Decision:
    """One step in an application's life: who (staff by e-mail; a candidate only by role), when, from
    which status to which, and why."""

    at: datetime
    action: str  # "submitted" (the screening's verdict), "transition" (staff), "withdrawn" (the candidate)
    by_role: str | None  # the actor's role; None when their account is gone
    by_email: str | None  # staff only: a candidate is never named
    before: str | None
    after: str
    reason: str | None


@dataclass(frozen=True)
class RankedApplication:
    ranked: RankedCandidate  # pseudonym, score, criteria with evidence, failing criteria
    status: str
    next_statuses: list[str]  # where staff may move it now
    undecided: list[str]  # the criteria the screening could not decide at submission
    history: list[Decision]


@dataclass(frozen=True)
class ReviewBoard:
    vacancy: VacancyRow
    ranking: Ranking
    applications: list[RankedApplication]  # best first: eligible, undecided, then ineligible


def vacancies_to_review(session: Session, *, actor: User) -> list[VacancyToReview]:
    """The published and closed vacancies `actor` may review, each with its applications by status
    (counts only: nobody is read, so nothing is audited)."""
    require_staff(actor, doing="review applications")
    rows = [row for row in reviewable_vacancies(session) if may_review_applications(actor, row)]
    counts = status_counts_by_vacancy(session, [row.id for row in rows])
    order = {status: index for index, status in enumerate(TRANSITIONS)}
    return [
        VacancyToReview(row, dict(sorted(counts.get(row.id, {}).items(), key=lambda c: order.get(c[0], 99))))
        for row in rows
    ]


def _decision(event: AuditEvent, actor: User | None) -> Decision:
    detail = event.detail or {}
    action = event.action.removeprefix("application.")
    before = detail.get("from") if action == "transition" else None
    after = str(detail.get("to") or detail.get("status") or action)
    staff = is_staff(actor)
    return Decision(at=event.at, action=action, by_role=actor.role if actor else None,
                    by_email=actor.email if staff and actor else None, before=before, after=after,
                    reason=event.reason)  # fmt: skip


def decision_history(session: Session, *, application_ids: list[int]) -> dict[int, list[Decision]]:
    """Each application's decisions, oldest first, from the audit trail (the caller checks the scope)."""
    history: dict[int, list[Decision]] = {application_id: [] for application_id in application_ids}
    for event, actor in application_events(session, application_ids=application_ids, actions=HISTORY_ACTIONS):
        if event.subject_id in history:
            history[event.subject_id].append(_decision(event, actor))
    return history


def _moves(status: str) -> list[str]:
    """Where staff may move an application now, in the order of an application's life (onwards before
    "not selected")."""
    order = list(TRANSITIONS)
    return sorted(next_statuses(status, "staff"), key=order.index)


def _undecided(application: Application) -> list[str]:
    criteria = (application.eligibility or {}).get("criteria", [])
    return [c["id"] for c in criteria if isinstance(c, dict) and c.get("status") == "unknown"]


def review_board(session: Session, *, actor: User, vacancy_id: int, purpose: str) -> ReviewBoard:
    """The vacancy's ranking (audited by `rank_applications` with `purpose`) and, for each ranked
    application, its status, the moves staff may make and its decision history."""
    ranking = rank_applications(session, actor=actor, vacancy_id=vacancy_id, purpose=purpose)
    ids = [candidate.application_id for candidate in ranking.candidates if candidate.application_id]
    history = decision_history(session, application_ids=ids)
    entries = []
    for candidate in ranking.candidates:
        application = session.get_one(Application, candidate.application_id)
        entries.append(RankedApplication(
            ranked=candidate, status=application.status, next_statuses=_moves(application.status),
            undecided=_undecided(application), history=history.get(application.id, []),
        ))  # fmt: skip
    return ReviewBoard(get_vacancy(session, vacancy_id), ranking, entries)


def decide_application(
    session: Session, *, actor: User, vacancy_id: int, application_id: int, to: str, reason: str
) -> Application:
    """`transition_application` for an application of this vacancy (another vacancy's is not found)."""
    application = session.get(Application, application_id)
    if application is None or application.vacancy_id != vacancy_id:
        raise NotFoundError(f"application {application_id} of vacancy {vacancy_id} not found")
    return transition_application(session, actor=actor, application_id=application_id, to=to, reason=reason)
