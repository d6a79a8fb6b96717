"""`deadline`: the evaluation moment is not after the vacancy's closing instant."""

from __future__ import annotations

from datetime import datetime

from jpo.contracts.eligibility import Criterion
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility.criteria.common import result
from jpo.eligibility.rules import EffectiveRules


def check(vacancy: Vacancy, rules: EffectiveRules, now: datetime) -> Criterion | None:
    if rules.closing_utc is None or vacancy.closing is None:
        return None
    closing = rules.closing_utc.value
    local = f"{vacancy.closing.local} ({vacancy.closing.timezone})"
    if now <= closing:
        return result("deadline", "pass", f"Applications close at {local}.", rules.closing_utc.source)
    return result("deadline", "fail", f"Applications closed at {local}.", rules.closing_utc.source)
