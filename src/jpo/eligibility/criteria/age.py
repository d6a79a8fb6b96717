"""`age`: whole years on the reference date, against the limit plus any military-service extension."""

from __future__ import annotations

from datetime import date

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile
from jpo.eligibility.criteria.common import result
from jpo.eligibility.criteria.military_service import extension_years
from jpo.eligibility.periods import add_years, age_on
from jpo.eligibility.rules import EffectiveRules


def _limit_text(limit: int, extra: int) -> str:
    return f"{limit}" + (f" ({limit - extra} plus {extra} for your military service)" if extra else "")


def check(profile: Profile, rules: EffectiveRules, on: date) -> Criterion | None:
    if rules.max_age is None and rules.born_on_or_after is None:
        return None
    source = (rules.max_age or rules.born_on_or_after).source  # type: ignore[union-attr]
    if profile.birth_date is None:
        return result(
            "age", "unknown", "Your birth date is not in your profile, so your age cannot be checked.", source
        )
    extra = extension_years(profile, rules)
    if extra is None:
        plain = _judge(profile.birth_date, rules, on, 0)
        if plain[0]:
            return result("age", "pass", plain[1], source)
        most = max((row.extra_years for row in rules.military_extension.value), default=0)  # type: ignore[union-attr]
        longest = _judge(profile.birth_date, rules, on, most)
        if not longest[0]:
            return result(
                "age", "fail", longest[1].replace("your military service", "the longest service"), source
            )
        return result(
            "age",
            "unknown",
            plain[1] + " Completed military service could raise the limit; "
            "your profile does not say whether you served.",
            source,
        )
    ok, reason = _judge(profile.birth_date, rules, on, extra)
    return result("age", "pass" if ok else "fail", reason, source)


def _judge(birth: date, rules: EffectiveRules, on: date, extra: int) -> tuple[bool, str]:
    if rules.max_age is not None:
        reference = rules.age_reference.value if rules.age_reference else on
        limit = rules.max_age.value + extra
        age = age_on(birth, reference)
        verb = "is within" if age <= limit else "is above"
        return (
            age <= limit,
            f"You are {age} on {reference.isoformat()}, which {verb} the limit of "
            f"{_limit_text(limit, extra)}.",
        )
    cutoff = add_years(rules.born_on_or_after.value, -extra)  # type: ignore[union-attr]
    ok = birth >= cutoff
    relation = "on or after" if ok else "before"
    return ok, f"You were born on {birth.isoformat()}, {relation} the cut-off of {cutoff.isoformat()}."
