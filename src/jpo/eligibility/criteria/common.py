"""Shared pieces of the criteria: building a result and the names candidates read."""

from __future__ import annotations

from functools import lru_cache

from jpo.contracts.eligibility import Criterion, Status
from jpo.contracts.rulepack import CriterionId

LEVEL_NAMES = {"bachelor": "a bachelor's degree", "master": "a master's degree", "doctorate": "a doctorate"}
LEVEL_RANK = {"bachelor": 1, "master": 2, "doctorate": 3}


@lru_cache(maxsize=4096)
def result(criterion: CriterionId, status: Status, reason: str, source: str) -> Criterion:
    # Criteria are frozen, and screening many candidates repeats the same results (every Korean
    # passes nationality with the same words): build each distinct one once.
    return Criterion(id=criterion, status=status, reason=reason, source=source)


def years(value: float) -> str:
    """ "2 years", "1 year", "2.5 years"."""
    rounded = round(value, 1)
    text = f"{rounded:g}"
    return f"{text} year" if rounded == 1 else f"{text} years"
