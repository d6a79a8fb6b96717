"""The verdict: every criterion that applies, judged; false if any fails, else null if any is unknown."""

from __future__ import annotations

from datetime import UTC, datetime

from jpo.contracts.eligibility import Criterion, Verdict
from jpo.contracts.profile import Profile
from jpo.contracts.rulepack import Rulepack
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility.criteria import (
    age,
    application_limit,
    deadline,
    degree,
    experience,
    former_jpo,
    language,
    language_test,
    military_service,
    nationality,
)
from jpo.eligibility.packs import shipped_packs
from jpo.eligibility.rules import effective_rules


def verdict_of(criteria: list[Criterion]) -> bool | None:
    """False if any criterion fails, else None if any is unknown, else True."""
    statuses = {c.status for c in criteria}
    return False if "fail" in statuses else None if "unknown" in statuses else True


def check(
    profile: Profile,
    vacancy: Vacancy,
    on: datetime | None = None,
    packs: dict[str, Rulepack] | None = None,
) -> Verdict:
    """Judge `profile` against `vacancy` at `on` (default: now, UTC) under the sponsor's rule pack."""
    now = (on or datetime.now(UTC)).astimezone(UTC)
    day = now.date()
    available = shipped_packs() if packs is None else packs
    pack = available.get(vacancy.sponsor_country) if vacancy.sponsor_country else None
    rules = effective_rules(vacancy, pack, day)
    found = [
        nationality.check(profile, rules),
        age.check(profile, rules, day),
        degree.check(profile, vacancy, rules, day),
        experience.check(profile, vacancy, rules, day),
        language.check(profile, vacancy),
        language_test.check(profile, rules, day),
        military_service.check(profile, rules),
        application_limit.check(profile, rules, day),
        former_jpo.check(profile, rules),
        deadline.check(vacancy, rules, now),
    ]
    criteria = [c for c in found if c is not None]
    return Verdict(
        eligible=verdict_of(criteria),
        criteria=criteria,
        notes=rules.notes,
        warnings=rules.warnings,
        evaluated_on=now.isoformat().replace("+00:00", "Z"),
    )
