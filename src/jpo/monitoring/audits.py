"""The fairness audit of a vacancy's recruitment, stage by stage, for the admins who manage it. Reads
self-identification only in aggregate; each view is recorded in the audit trail (no detail)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.contracts.fairness import FairnessAudit
from jpo.db.models import Application, SelfIdentification, User, VacancyRow
from jpo.db.repositories import application_events
from jpo.fairness.audit import audit
from jpo.fairness.categories import CATEGORIES, known
from jpo.fairness.stages import STAGES, people_at
from jpo.vacancies.review import managed_vacancy

BY: Final = tuple(CATEGORIES)


@dataclass(frozen=True)
class StageAudit:
    stage: str
    reached: int
    audit: FairnessAudit


@dataclass(frozen=True)
class VacancyFairness:
    vacancy: VacancyRow
    applicants: int
    answered: int  # applicants who answered at least one question
    stages: list[StageAudit]


def vacancy_fairness(session: Session, *, actor: User, vacancy_id: int) -> VacancyFairness:
    """Each stage's audit by every category and pair of categories, over the vacancy's applicants."""
    row = managed_vacancy(session, actor=actor, vacancy_id=vacancy_id)
    applications = session.execute(
        select(Application.id, Application.user_id, Application.status).where(
            Application.vacancy_id == vacancy_id
        )
    ).all()
    held: dict[int, set[str]] = {application_id: {status} for application_id, _, status in applications}
    ids = list(held)
    for start in range(0, len(ids), 500):
        for event, _ in application_events(session, application_ids=ids[start : start + 500],
                                           actions=("application.transition",)):  # fmt: skip
            target = (event.detail or {}).get("to")
            if event.subject_id in held and isinstance(target, str):
                held[event.subject_id].add(target)
    answers = _answers(session, [user_id for _, user_id, _ in applications])
    applicants = [
        (answers.get(user_id, {}), held[application_id]) for application_id, user_id, _ in applications
    ]
    stages = []
    for stage in STAGES:
        people = people_at(stage, applicants)
        stages.append(StageAudit(stage, sum(p.selected for p in people), audit(people, BY, stage)))
    record(
        session,
        actor_id=actor.id,
        action="fairness.audit_viewed",
        subject_type="vacancy",
        subject_id=vacancy_id,
    )
    answered = sum(1 for categories, _ in applicants if any(v is not None for v in categories.values()))
    return VacancyFairness(row, len(applicants), answered, stages)


def _answers(session: Session, user_ids: Sequence[int]) -> dict[int, dict[str, str | None]]:
    found: dict[int, dict[str, str | None]] = {}
    for start in range(0, len(user_ids), 500):
        rows = session.scalars(
            select(SelfIdentification).where(SelfIdentification.user_id.in_(user_ids[start : start + 500]))
        )
        for row in rows:
            found[row.user_id] = {category: known(getattr(row, category)) for category in CATEGORIES}
    return found
