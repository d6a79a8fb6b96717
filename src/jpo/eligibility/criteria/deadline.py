"""`deadline`: the evaluation moment is not after the vacancy's closing instant."""

from __future__ import annotations

from datetime import datetime

from jpo.contracts.eligibility import Criterion
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility.criteria.common import result
from jpo.eligibility.rules import EffectiveRules
from jpo.eligibility.wording import N_, moment, say, text


def check(vacancy: Vacancy, rules: EffectiveRules, now: datetime) -> Criterion | None:
    if rules.closing_utc is None or vacancy.closing is None:
        return None
    closing = rules.closing_utc.value
    local = moment(vacancy.closing.local, vacancy.closing.timezone)
    zone = text(vacancy.closing.timezone)
    if now <= closing:
        reason = say(N_("Applications close at {closing} ({zone})."), closing=local, zone=zone)
        return result("deadline", "pass", reason, rules.closing_utc.source)
    reason = say(N_("Applications closed at {closing} ({zone})."), closing=local, zone=zone)
    return result("deadline", "fail", reason, rules.closing_utc.source)
