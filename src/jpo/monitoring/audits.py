"""The fairness audit of a recruitment, stage by stage, for the admins who manage it: of one vacancy
(with the top-k of its latest ranking) and of a call (every vacancy of one sponsor programme closing
in one year, each person counted once). Reads self-identification only in aggregate; each view is
recorded in the audit trail (no detail)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.authz import may_manage_sponsor
from jpo.contracts.fairness import FairnessAudit
from jpo.db.models import Application, AuditEvent, SelfIdentification, User, VacancyRow
from jpo.db.repositories import application_events
from jpo.errors import ForbiddenError, InputError, NotFoundError
from jpo.fairness.audit import Person, audit
from jpo.fairness.categories import CATEGORIES, known
from jpo.fairness.stages import STAGES, people_at
from jpo.vacancies.review import managed_vacancy

BY: Final = tuple(CATEGORIES)
# Under this many people, a category's numbers are withheld from pages and the API: with so few, they
# could tell who answered what. The auditor's CSV audit (`jpo fairness audit`) shows every number.
SMALLEST_SHOWN: Final = 5
TOP_K: Final = 10  # the ranking's top-k audited unless the admin asks for another k
MAX_K: Final = 1000
_SCANNED: Final = 50  # the latest reads of a vacancy searched for its latest ranking

Answers = dict[str, str | None]
Applied = Row[int, int, str]  # an application: its id, its candidate's user id, its status


@dataclass(frozen=True)
class StageAudit:
    stage: str
    reached: int
    audit: FairnessAudit


@dataclass(frozen=True)
class TopK:
    k: int
    ranked: int  # applicants in the ranking read
    audit: FairnessAudit | None  # None: no ranking has been read yet


@dataclass(frozen=True)
class VacancyFairness:
    vacancy: VacancyRow
    applicants: int
    answered: int  # applicants who answered at least one question
    stages: list[StageAudit]
    top_k: TopK
    call: tuple[str, int] | None  # (sponsor, year) of the call the vacancy belongs to


@dataclass(frozen=True)
class CallFairness:
    sponsor: str
    year: int
    vacancies: list[VacancyRow]
    applicants: int  # people, each counted once however many vacancies they applied to
    answered: int
    stages: list[StageAudit]


@dataclass(frozen=True)
class Call:
    sponsor: str
    year: int
    vacancies: int
    applications: int


def vacancy_fairness(session: Session, *, actor: User, vacancy_id: int, k: int = TOP_K) -> VacancyFairness:
    """Each stage's audit by every category and pair of categories over the vacancy's applicants, and
    the audit of the top `k` of the latest ranking reviewers read."""
    if not 1 <= k <= MAX_K:
        raise InputError(f"k: a whole number from 1 to {MAX_K}", field="k")
    row = managed_vacancy(session, actor=actor, vacancy_id=vacancy_id)
    applications = _applications(session, [vacancy_id])
    held = _held(session, applications)
    answers = _answers(session, [user_id for _, user_id, _ in applications])
    applicants = [(answers.get(user_id, {}), held[app_id]) for app_id, user_id, _ in applications]
    by_application = {app_id: answers.get(user_id, {}) for app_id, user_id, _ in applications}
    _viewed(session, actor, "vacancy", vacancy_id)
    call = (row.sponsor_country, row.closing_utc.year) if row.sponsor_country and row.closing_utc else None
    return VacancyFairness(row, len(applicants), _answered(applicants), _stages(applicants),
                           _top_k(session, vacancy_id, by_application, k), call)  # fmt: skip


def call_fairness(session: Session, *, actor: User, sponsor: str, year: int) -> CallFairness:
    """Each stage's audit over every person who applied to a vacancy of the call: a person reached a
    stage when any of their applications did."""
    if not may_manage_sponsor(actor, sponsor):
        raise ForbiddenError("you do not manage this sponsor's programme")
    # The year is taken in Python, in UTC: PostgreSQL would extract it in the session's time zone.
    candidates = session.scalars(
        select(VacancyRow)
        .where(VacancyRow.sponsor_country == sponsor, VacancyRow.status != "draft")
        .order_by(VacancyRow.id)
    )
    vacancies = [v for v in candidates if v.closing_utc is not None and v.closing_utc.year == year]
    if not vacancies:
        raise NotFoundError(f"no published vacancy of {sponsor} closes in {year}")
    applications = _applications(session, [v.id for v in vacancies])
    held = _held(session, applications)
    statuses: dict[int, set[str]] = {}
    for app_id, user_id, _ in applications:
        statuses.setdefault(user_id, set()).update(held[app_id])
    answers = _answers(session, list(statuses))
    applicants = [(answers.get(user_id, {}), statuses[user_id]) for user_id in sorted(statuses)]
    _viewed(session, actor, "call", None, {"sponsor": sponsor, "year": year})
    return CallFairness(sponsor, year, vacancies, len(applicants), _answered(applicants), _stages(applicants))


def calls_of(session: Session, *, actor: User) -> list[Call]:
    """The calls `actor` manages, latest first: sponsor, year of closing, vacancies, applications."""
    query = (
        select(VacancyRow.sponsor_country, VacancyRow.closing_utc, func.count(Application.id))
        .outerjoin(Application, Application.vacancy_id == VacancyRow.id)
        .where(VacancyRow.status != "draft", VacancyRow.sponsor_country.is_not(None),
               VacancyRow.closing_utc.is_not(None))
        .group_by(VacancyRow.id, VacancyRow.sponsor_country, VacancyRow.closing_utc)
    )  # fmt: skip
    if actor.sponsor_country is not None:
        query = query.where(VacancyRow.sponsor_country == actor.sponsor_country)
    tally: dict[tuple[str, int], list[int]] = {}
    for sponsor, closing, count in session.execute(query):
        if sponsor is not None and closing is not None and may_manage_sponsor(actor, sponsor):
            totals = tally.setdefault((sponsor, closing.year), [0, 0])
            totals[0], totals[1] = totals[0] + 1, totals[1] + count
    calls = [Call(sponsor, year, vacancies, count) for (sponsor, year), (vacancies, count) in tally.items()]
    return sorted(calls, key=lambda c: (-c.year, c.sponsor))


def _applications(session: Session, vacancy_ids: Sequence[int]) -> Sequence[Applied]:
    return session.execute(
        select(Application.id, Application.user_id, Application.status)
        .where(Application.vacancy_id.in_(vacancy_ids)).order_by(Application.id)
    ).all()  # fmt: skip


def _held(session: Session, applications: Sequence[Applied]) -> dict[int, set[str]]:
    """Every status each application has held: its current one and each it was moved to."""
    held: dict[int, set[str]] = {app_id: {status} for app_id, _, status in applications}
    ids = list(held)
    for start in range(0, len(ids), 500):
        for event, _ in application_events(session, application_ids=ids[start : start + 500],
                                           actions=("application.transition",)):  # fmt: skip
            target = (event.detail or {}).get("to")
            if event.subject_id in held and isinstance(target, str):
                held[event.subject_id].add(target)
    return held


def _stages(applicants: Sequence[tuple[Answers, Iterable[str]]]) -> list[StageAudit]:
    stages = []
    for stage in STAGES:
        people = people_at(stage, applicants)
        stages.append(
            StageAudit(
                stage, sum(p.selected for p in people), audit(people, BY, stage, smallest=SMALLEST_SHOWN)
            )
        )
    return stages


def _top_k(session: Session, vacancy_id: int, answers: dict[int, Answers], k: int) -> TopK:
    order = _latest_ranking(session, vacancy_id)
    if order is None:
        return TopK(k, 0, None)
    order = [app_id for app_id in order if app_id in answers]  # applications since erased drop out
    chosen = set(order[:k])
    people = [Person(answers[app_id], app_id in chosen) for app_id in order]
    return TopK(k, len(order), audit(people, BY, f"top {k} of the ranking", smallest=SMALLEST_SHOWN))


def _latest_ranking(session: Session, vacancy_id: int) -> list[int] | None:
    """The order of the latest ranking of the vacancy that reviewers read (application ids, best first)."""
    events = session.scalars(
        select(AuditEvent.detail)
        .where(AuditEvent.action == "personal_data.read", AuditEvent.subject_type == "vacancy")
        .where(AuditEvent.subject_id == vacancy_id)
        .order_by(AuditEvent.id.desc()).limit(_SCANNED)
    )  # fmt: skip
    for detail in events:
        order = (detail or {}).get("ranked")
        if isinstance(order, list) and all(isinstance(item, int) for item in order):
            return order
    return None


def _answered(applicants: Sequence[tuple[Answers, Iterable[str]]]) -> int:
    return sum(1 for categories, _ in applicants if any(v is not None for v in categories.values()))


def _viewed(session: Session, actor: User, subject_type: str, subject_id: int | None,
            detail: dict[str, Any] | None = None) -> None:  # fmt: skip
    record(session, actor_id=actor.id, action="fairness.audit_viewed", subject_type=subject_type,
           subject_id=subject_id, detail=detail)  # fmt: skip


def _answers(session: Session, user_ids: Sequence[int]) -> dict[int, Answers]:
    found: dict[int, Answers] = {}
    for start in range(0, len(user_ids), 500):
        rows = session.scalars(
            select(SelfIdentification).where(SelfIdentification.user_id.in_(user_ids[start : start + 500]))
        )
        for row in rows:
            found[row.user_id] = {category: known(getattr(row, category)) for category in CATEGORIES}
    return found
