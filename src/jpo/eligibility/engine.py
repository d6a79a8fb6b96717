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


class Screening:
    """One vacancy's rules, resolved once for a moment, to judge any number of profiles."""

    def __init__(
        self, vacancy: Vacancy, on: datetime | None = None, packs: dict[str, Rulepack] | None = None
    ):
        self.vacancy = vacancy
        self.now = (on or datetime.now(UTC)).astimezone(UTC)
        self.day = self.now.date()
        available = shipped_packs() if packs is None else packs
        pack = available.get(vacancy.sponsor_country) if vacancy.sponsor_country else None
        self.rules = effective_rules(vacancy, pack, self.day)

    def check(self, profile: Profile) -> Verdict:
        """The verdict on `profile`: every criterion that applies, in the contract's order."""
        vacancy, rules, day = self.vacancy, self.rules, self.day
        held = experience.counted_years(profile, rules, day)
        found = [
            nationality.check(profile, rules),
            age.check(profile, rules, day),
            degree.check(profile, vacancy, rules, day, held),
            experience.check(vacancy, rules, held),
            language.check(profile, vacancy),
            language_test.check(profile, rules, day),
            military_service.check(profile, rules),
            application_limit.check(profile, rules, day),
            former_jpo.check(profile, rules),
            deadline.check(vacancy, rules, self.now),
        ]
        criteria = [c for c in found if c is not None]
        return Verdict(
            eligible=verdict_of(criteria),
            criteria=criteria,
            notes=list(rules.notes),
            warnings=list(rules.warnings),
            evaluated_on=self.now.isoformat().replace("+00:00", "Z"),
        )


def check(
    profile: Profile,
    vacancy: Vacancy,
    on: datetime | None = None,
    packs: dict[str, Rulepack] | None = None,
) -> Verdict:
    """Judge `profile` against `vacancy` at `on` (default: now, UTC) under the sponsor's rule pack."""
    return Screening(vacancy, on, packs).check(profile)
