"""A vacancy's ranking weights: read by its reviewers and admins; set within bounds, or reset to the
shipped ones, by the programme admins who manage it, with a reason recorded in the audit trail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, Field

from jpo.api.deps import Admin, Staff
from jpo.authz import require_review_applications
from jpo.contracts.text import Text
from jpo.http.deps import DbSession, Id
from jpo.vacancies.service import get_vacancy
from jpo.vacancies.steering import RankingWeights, set_ranking_weights, weights_of

router = APIRouter(tags=["ranking"])


class WeightsRead(BaseModel):
    weights: dict[str, float] = Field(description="the criterion weights the vacancy's ranking uses")
    shipped: dict[str, float] = Field(description="the shipped (default) weights")
    steered: bool = Field(description="whether an admin set this vacancy's weights")


class WeightsWrite(BaseModel):
    weights: Annotated[dict[str, float], Field(max_length=16)] | None = Field(
        description="each criterion's weight from 0 to 1 (normalised to sum to 1; at least two above 0, "
        "none above 70 % of the total); null returns to the shipped weights"
    )
    reason: Text = Field(description="why the weights change (recorded in the audit trail)")


def _read(weights: RankingWeights) -> WeightsRead:
    return WeightsRead(weights=weights.weights, shipped=weights.shipped, steered=weights.steered)


@router.get("/vacancies/{vacancy_id}/ranking-weights", response_model=WeightsRead)
def read_weights(vacancy_id: Id, staff: Staff, session: DbSession) -> WeightsRead:
    row = get_vacancy(session, vacancy_id)
    require_review_applications(staff, row)
    return _read(weights_of(row))


@router.put("/vacancies/{vacancy_id}/ranking-weights", response_model=WeightsRead)
def write_weights(vacancy_id: Id, body: WeightsWrite, admin: Admin, session: DbSession) -> WeightsRead:
    """Set the vacancy's weights, or (`weights: null`) return to the shipped ones."""
    return _read(set_ranking_weights(session, actor=admin, vacancy_id=vacancy_id, weights=body.weights,
                                     reason=body.reason))  # fmt: skip
