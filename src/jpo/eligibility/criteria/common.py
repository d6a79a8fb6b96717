"""Shared pieces of the criteria: building a result and the names candidates read."""

from __future__ import annotations

from functools import lru_cache

from jpo.contracts.eligibility import Criterion, Status
from jpo.contracts.rulepack import CriterionId
from jpo.eligibility.wording import N_, Said, english, phrase, say

LEVEL_NAMES = {
    "bachelor": say(N_("a bachelor's degree")),
    "master": say(N_("a master's degree")),
    "doctorate": say(N_("a doctorate")),
}
LEVEL_RANK = {"bachelor": 1, "master": 2, "doctorate": 3}


@lru_cache(maxsize=4096)
def result(criterion: CriterionId, status: Status, reason: Said | tuple[Said, ...], source: str) -> Criterion:
    """`reason`: one sentence, or several read one after the other."""
    # Criteria are frozen, and screening many candidates repeats the same results (every Korean
    # passes nationality with the same words): build each distinct one once.
    parts = [phrase(said) for said in ((reason,) if isinstance(reason, Said) else reason)]
    return Criterion(id=criterion, status=status, reason=english(parts), source=source, reason_parts=parts)
