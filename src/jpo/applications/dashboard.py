"""The numbers of a vacancy's dashboard for the admins who manage it: its applications by status and,
from the verdicts stored with them and those of the refused attempts (each candidate's latest), how
often each eligibility criterion failed or stayed undecided; applications staff ruled ineligible are
counted apart from the screening's refusals. Counts only: no person is named or read,
so nothing here is audited."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpo.applications.states import TRANSITIONS
from jpo.db.models import RankingRun, User, VacancyRow
from jpo.db.repositories import refused_verdicts, status_counts_by_vacancy, verdicts_of_vacancy
from jpo.vacancies.review import managed_vacancy


@dataclass(frozen=True)
class CriterionCount:
    id: str
    failed: int
    unknown: int
    passed: int


@dataclass(frozen=True)
class Dashboard:
    vacancy: VacancyRow
    total: int
    by_status: dict[str, int]  # every status, in the order an application moves through them
    criteria: list[CriterionCount]  # most failed first, then most undecided, then by id
    screened: int  # applications with a stored verdict
    refused: int  # candidates whose attempt the eligibility engine refused
    ruled_ineligible: int  # applications staff ruled ineligible after the screening let them in
    runs: list[RankingRun] = field(default_factory=list)  # the latest rankings' compute, newest first
    runs_total: int = 0
    energy_wh_total: float = 0.0
    co2e_g_total: float = 0.0

    @property
    def by_screening(self) -> int:
        """Applications the screening could not decide at submission (then staff's to rule on)."""
        return self.by_status.get("needs_review", 0)


def criterion_counts(verdicts: Iterable[dict[str, object]]) -> list[CriterionCount]:
    """For each criterion id in the verdicts, how many failed, stayed unknown and passed."""
    tally: dict[str, Counter[str]] = {}
    for verdict in verdicts:
        criteria = verdict.get("criteria")
        for criterion in criteria if isinstance(criteria, list) else []:
            if isinstance(criterion, dict) and isinstance(criterion.get("id"), str):
                tally.setdefault(criterion["id"], Counter())[str(criterion.get("status"))] += 1
    counts = [CriterionCount(key, c["fail"], c["unknown"], c["pass"]) for key, c in tally.items()]
    return sorted(counts, key=lambda c: (-c.failed, -c.unknown, c.id))


def vacancy_dashboard(session: Session, *, actor: User, vacancy_id: int) -> Dashboard:
    """The dashboard of a vacancy `actor` manages."""
    row = managed_vacancy(session, actor=actor, vacancy_id=vacancy_id)
    found = status_counts_by_vacancy(session, [vacancy_id]).get(vacancy_id, {})
    by_status = {status: found.get(status, 0) for status in TRANSITIONS} | found
    verdicts = verdicts_of_vacancy(session, vacancy_id)
    refusals = [_as_verdict(detail) for detail in refused_verdicts(session, vacancy_id)]
    criteria = criterion_counts([*verdicts, *refusals])
    # Submission refuses what fails a rule, so every application now ineligible was ruled so by staff.
    ruled = by_status.get("ineligible", 0)
    runs = list(session.scalars(select(RankingRun).where(RankingRun.vacancy_id == vacancy_id)
                                .order_by(RankingRun.at.desc(), RankingRun.id.desc()).limit(5)))  # fmt: skip
    total = session.execute(
        select(func.count(), func.coalesce(func.sum(RankingRun.energy_wh), 0.0),
               func.coalesce(func.sum(RankingRun.co2e_g), 0.0)).where(RankingRun.vacancy_id == vacancy_id)
    ).one()  # fmt: skip
    return Dashboard(row, sum(found.values()), by_status, criteria, len(verdicts), len(refusals), ruled,
                     runs, int(total[0]), float(total[1]), float(total[2]))  # fmt: skip


def _as_verdict(refusal: dict[str, object]) -> dict[str, object]:
    statuses = refusal.get("criteria")
    pairs = statuses.items() if isinstance(statuses, dict) else []
    return {"criteria": [{"id": key, "status": status} for key, status in pairs]}
