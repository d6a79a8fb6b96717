"""A programme admin steers a vacancy's ranking: sets its criterion weights within bounds, or returns to
the shipped ones, with a reason; each change is recorded in the audit trail with the weights before and
after. Flushes, never commits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.moves import required_reason
from jpo.audit.trail import record
from jpo.db.models import AuditEvent, User, VacancyRow
from jpo.errors import InputError
from jpo.matching.rank import default_weights
from jpo.matching.steering import WeightsError, steered_weights
from jpo.vacancies.review import managed_vacancy

ACTION = "vacancy.ranking_weights_set"


@dataclass(frozen=True)
class RankingWeights:
    weights: dict[str, float]  # in use
    shipped: dict[str, float]
    steered: bool  # set by an admin for this vacancy


def weights_of(row: VacancyRow) -> RankingWeights:
    shipped = default_weights()
    if row.ranking_weights:
        return RankingWeights({k: float(v) for k, v in row.ranking_weights.items()}, shipped, True)
    return RankingWeights(dict(shipped), shipped, False)


def set_ranking_weights(
    session: Session, *, actor: User, vacancy_id: int, weights: dict[str, Any] | None, reason: str
) -> RankingWeights:
    """Set the vacancy's weights (None: back to the shipped ones), saying why. Weights out of bounds are
    an InputError raised from the WeightsError that names the bound (its `__cause__`), so a page can say
    which in its reader's language; its field, `weights.<code>.<criterion>`, is the API's."""
    row = managed_vacancy(session, actor=actor, vacancy_id=vacancy_id)
    reason = required_reason(reason, "reason", missing="say why the weights change")
    try:
        shares = None if weights is None else steered_weights(weights)
    except WeightsError as error:
        raise InputError(str(error), field=f"weights.{error.code}.{error.criterion or ''}") from error
    before = weights_of(row)
    row.ranking_weights = shares
    detail = {"before": before.weights if before.steered else None, "after": shares}
    record(session, actor_id=actor.id, action=ACTION, subject_type="vacancy", subject_id=row.id,
           reason=reason, detail=detail)  # fmt: skip
    session.flush()
    return weights_of(row)


def last_steering(session: Session, vacancy_id: int) -> AuditEvent | None:
    """The latest change of the vacancy's weights (who, when, why), if any."""
    return session.scalar(
        select(AuditEvent)
        .where(
            AuditEvent.action == ACTION,
            AuditEvent.subject_type == "vacancy",
            AuditEvent.subject_id == vacancy_id,
        )
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
