"""The fairness audits as JSON, for the admins who manage a recruitment: a vacancy's stages and its
ranking's top-k, the calls, and a call's stages. Each audit is a `jpo.fairness/1` document whose
categories of fewer than `smallest_shown` people are withheld (counted in `suppressed`), as on the pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel

from jpo.api.deps import Admin
from jpo.contracts.fairness import FairnessAudit
from jpo.http.deps import DbSession, Id
from jpo.monitoring.audits import (
    MAX_K,
    SMALLEST_SHOWN,
    TOP_K,
    StageAudit,
    call_fairness,
    calls_of,
    vacancy_fairness,
)

router = APIRouter(tags=["fairness"])
Sponsor = Annotated[str, Path(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code of the programme")]
Year = Annotated[int, Path(ge=1900, le=9999, description="the year the call's vacancies close")]


class StageRead(BaseModel):
    stage: str
    reached: int
    audit: FairnessAudit


class TopKRead(BaseModel):
    k: int
    ranked: int
    audit: FairnessAudit | None


class VacancyFairnessRead(BaseModel):
    vacancy_id: int
    applicants: int
    answered: int
    smallest_shown: int
    stages: list[StageRead]
    top_k: TopKRead


class CallRead(BaseModel):
    sponsor: str
    year: int
    vacancies: int
    applications: int


class CallFairnessRead(BaseModel):
    sponsor: str
    year: int
    vacancy_ids: list[int]
    applicants: int
    answered: int
    smallest_shown: int
    stages: list[StageRead]


def _shown(audit: FairnessAudit) -> FairnessAudit:
    """The audit without its categories of fewer than SMALLEST_SHOWN people."""
    shown = audit.model_copy(deep=True)
    for family in shown.families:
        kept = [row for row in family.rows if row.n >= SMALLEST_SHOWN]
        family.suppressed, family.rows = len(family.rows) - len(kept), kept
    return shown


def _stages(stages: list[StageAudit]) -> list[StageRead]:
    return [StageRead(stage=s.stage, reached=s.reached, audit=_shown(s.audit)) for s in stages]


@router.get(
    "/vacancies/{vacancy_id}/fairness", response_model=VacancyFairnessRead, response_model_by_alias=True
)
def vacancy_audit(
    vacancy_id: Id, admin: Admin, session: DbSession, k: Annotated[int, Query(ge=1, le=MAX_K)] = TOP_K
) -> VacancyFairnessRead:
    """Each stage's audit by every category and pair of categories, and the top `k` of the latest ranking
    reviewers read (`audit` null when none was read). The read is recorded in the audit trail."""
    result = vacancy_fairness(session, actor=admin, vacancy_id=vacancy_id, k=k)
    top = result.top_k
    return VacancyFairnessRead(
        vacancy_id=result.vacancy.id, applicants=result.applicants, answered=result.answered,
        smallest_shown=SMALLEST_SHOWN, stages=_stages(result.stages),
        top_k=TopKRead(k=top.k, ranked=top.ranked, audit=_shown(top.audit) if top.audit else None),
    )  # fmt: skip


@router.get("/calls", response_model=list[CallRead])
def calls(admin: Admin, session: DbSession) -> list[CallRead]:
    """The calls the admin manages: each sponsor programme's published vacancies by year of closing."""
    return [CallRead(sponsor=c.sponsor, year=c.year, vacancies=c.vacancies, applications=c.applications)
            for c in calls_of(session, actor=admin)]  # fmt: skip


@router.get("/calls/{sponsor}/{year}/fairness", response_model=CallFairnessRead, response_model_by_alias=True)
def call_audit(sponsor: Sponsor, year: Year, admin: Admin, session: DbSession) -> CallFairnessRead:
    """Each stage's audit over everyone who applied to a vacancy of the call, each person once."""
    result = call_fairness(session, actor=admin, sponsor=sponsor, year=year)
    return CallFairnessRead(
        sponsor=result.sponsor, year=result.year, vacancy_ids=[v.id for v in result.vacancies],
        applicants=result.applicants, answered=result.answered, smallest_shown=SMALLEST_SHOWN,
        stages=_stages(result.stages),
    )  # fmt: skip
