"""What a reviewer works with: the vacancies in their scope with their applications counted by status, a
vacancy's ranking joined with each application's status, allowed moves and decision history (from the
audit trail), one page of it filtered and sorted (the reviewer's table), and a decision on one or
several applications of a vacancy; over the same ranking and transition services as the API, flushing
only what `transition_application` flushes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from jpo.applications.ranking import rank_pool
from jpo.applications.staff import pseudonym, transition_application
from jpo.applications.states import TRANSITIONS, allowed, next_statuses
from jpo.authz import is_staff, may_review_applications, require_review_applications, require_staff
from jpo.contracts.ranking import RankedCandidate, Ranking
from jpo.db.models import Application, AuditEvent, User, VacancyRow
from jpo.db.repositories import application_events, reviewable_vacancies, status_counts_by_vacancy
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.matching.text import fold
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


def review_board(session: Session, *, actor: User, vacancy_id: int, purpose: str) -> ReviewBoard:
    """The vacancy's ranking (audited by `rank_applications` with `purpose`) and, for each ranked
    application, its status, the moves staff may make and its decision history."""
    pool = rank_pool(session, actor=actor, vacancy_id=vacancy_id, purpose=purpose)
    ids = [candidate.application_id for candidate in pool.ranking.candidates if candidate.application_id]
    history = decision_history(session, application_ids=ids)
    entries = []
    for candidate in pool.ranking.candidates:
        key = candidate.application_id or 0
        entries.append(RankedApplication(
            ranked=candidate, status=pool.statuses[key], next_statuses=_moves(pool.statuses[key]),
            undecided=pool.undecided.get(key, []), history=history.get(key, []),
        ))  # fmt: skip
    return ReviewBoard(get_vacancy(session, vacancy_id), pool.ranking, entries)


def decide_application(
    session: Session, *, actor: User, vacancy_id: int, application_id: int, to: str, reason: str
) -> Application:
    """`transition_application` for an application of this vacancy (another vacancy's is not found)."""
    application = session.get(Application, application_id)
    if application is None or application.vacancy_id != vacancy_id:
        raise NotFoundError(f"application {application_id} of vacancy {vacancy_id} not found")
    return transition_application(session, actor=actor, application_id=application_id, to=to, reason=reason)


# The reviewer's table: a page of the ranked applications, filtered and sorted on the server.
SORTS = ("rank", "score", "status", "candidate", "decided_by")
ELIGIBILITY = {"eligible": True, "undecided": None, "ineligible": False}
PER_PAGE = 50


@dataclass(frozen=True)
class TableQuery:
    """What the reviewer asked of the table (from the page's query string)."""

    status: str | None = None  # an application status
    eligibility: str | None = None  # "eligible", "undecided" or "ineligible" (the ranking's groups)
    min_score: int | None = None  # out of 100, inclusive
    max_score: int | None = None
    text: str = ""  # words that must all appear in the candidate's side of the evidence
    sort: str = "rank"
    descending: bool = False
    page: int = 1
    per_page: int = PER_PAGE


@dataclass(frozen=True)
class ReviewTable:
    board: ReviewBoard
    rows: list[RankedApplication]  # the page asked for
    matching: int  # applications that pass the filters (all pages)
    page: int  # the page shown (the last one when more was asked)
    pages: int


def decided_by(entry: RankedApplication) -> str | None:
    """Who took the latest staff decision on the application: their e-mail (a deleted account: None)."""
    for decision in reversed(entry.history):
        if decision.action == "transition":
            return decision.by_email or decision.by_role or ""
    return None


def _evidence_text(entry: RankedApplication) -> str:
    return fold(" ".join(e.candidate_text for k in entry.ranked.criteria for e in k.evidence))


def _passes(entry: RankedApplication, query: TableQuery, words: list[str]) -> bool:
    score = round(entry.ranked.score * 100)
    return (
        (query.status is None or entry.status == query.status)
        and (query.eligibility is None or entry.ranked.eligible is ELIGIBILITY.get(query.eligibility, "?"))
        and (query.min_score is None or score >= query.min_score)
        and (query.max_score is None or score <= query.max_score)
        and (not words or all(word in _evidence_text(entry) for word in words))
    )


def _sort_key(sort: str) -> Callable[[RankedApplication], Any]:
    order = {status: index for index, status in enumerate(TRANSITIONS)}
    keys: dict[str, Callable[[RankedApplication], Any]] = {
        "rank": lambda e: e.ranked.rank,
        "score": lambda e: round(e.ranked.score * 100),
        "status": lambda e: order.get(e.status, 99),
        "candidate": lambda e: e.ranked.candidate or "",
        "decided_by": lambda e: decided_by(e) or "",
    }
    return keys.get(sort, keys["rank"])


def table_rows(
    applications: list[RankedApplication], query: TableQuery
) -> tuple[list[RankedApplication], int, int, int]:
    """The page of `applications` the query asks for: (rows, matching, page, pages). The order is stable:
    ties keep the ranking's order (a sort by score descending is the rank within equal eligibility)."""
    words = fold(query.text).split()
    kept = [entry for entry in applications if _passes(entry, query, words)]
    key = _sort_key(query.sort)
    kept.sort(key=lambda e: e.ranked.rank)
    kept.sort(key=key, reverse=query.descending)  # stable: equal keys stay in rank order
    pages = max(1, -(-len(kept) // query.per_page))
    page = min(max(query.page, 1), pages)
    start = (page - 1) * query.per_page
    return kept[start : start + query.per_page], len(kept), page, pages


def review_table(
    session: Session, *, actor: User, vacancy_id: int, purpose: str, query: TableQuery
) -> ReviewTable:
    """One page of the vacancy's ranked applications (the whole ranking is read and audited)."""
    board = review_board(session, actor=actor, vacancy_id=vacancy_id, purpose=purpose)
    rows, matching, page, pages = table_rows(board.applications, query)
    return ReviewTable(board, rows, matching, page, pages)


def decide_applications(
    session: Session, *, actor: User, vacancy_id: int, application_ids: list[int], to: str, reason: str
) -> list[Application]:
    """The same decision on several applications of this vacancy, each its own transition with its own
    audit event. All or nothing: when any of them may not make the move, none is moved and the
    `ConflictError` names each one that may not (by pseudonym) and its status."""
    if not application_ids:
        raise InputError("application: select at least one application", field="application")
    if not reason.strip():
        raise InputError("reason: a decision about an application needs a reason", field="reason")
    row = get_vacancy(session, vacancy_id)
    require_review_applications(actor, row)
    chosen = []
    for application_id in dict.fromkeys(application_ids):
        application = session.get(Application, application_id)
        if application is None or application.vacancy_id != vacancy_id:
            raise NotFoundError(f"application {application_id} of vacancy {vacancy_id} not found")
        chosen.append(application)
    refused = [a for a in chosen if not allowed(a.status, to, "staff")]
    if refused:
        names = ", ".join(f"{pseudonym(a)} ({a.status})" for a in refused)
        raise ConflictError(
            f"no decision was recorded: {len(refused)} of the {len(chosen)} applications cannot move to "
            f"{to}: {names}",
            code="transition-not-allowed",
        )
    return [
        transition_application(session, actor=actor, application_id=a.id, to=to, reason=reason)
        for a in chosen
    ]
