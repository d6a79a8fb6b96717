"""`age`: whole years on the reference date, against the limit plus any military-service extension."""

from __future__ import annotations

from datetime import date

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile
from jpo.eligibility.criteria.common import result
from jpo.eligibility.criteria.military_service import extension_years
from jpo.eligibility.periods import add_years, age_on
from jpo.eligibility.rules import EffectiveRules
from jpo.eligibility.wording import N_, Part, Said, day, number, say


def _limit(limit: int, extra: int, longest: bool) -> Said | int:
    """The limit, with how the extension earned by military service (or by the longest) raised it."""
    if not extra:
        return limit
    if longest:
        return say(
            N_("{limit} ({base} plus {extra} for the longest service)"),
            limit=limit,
            base=limit - extra,
            extra=extra,
        )
    return say(
        N_("{limit} ({base} plus {extra} for your military service)"),
        limit=limit,
        base=limit - extra,
        extra=extra,
    )


def check(profile: Profile, rules: EffectiveRules, on: date) -> Criterion | None:
    if rules.max_age is None and rules.born_on_or_after is None:
        return None
    source = (rules.max_age or rules.born_on_or_after).source  # type: ignore[union-attr]
    if profile.birth_date is None:
        reason = say(N_("Your birth date is not in your profile, so your age cannot be checked."))
        return result("age", "unknown", reason, source)
    extra = extension_years(profile, rules)
    if extra is None:
        plain = _judge(profile.birth_date, rules, on, 0)
        if plain[0]:
            return result("age", "pass", plain[1], source)
        most = max((row.extra_years for row in rules.military_extension.value), default=0)  # type: ignore[union-attr]
        longest = _judge(profile.birth_date, rules, on, most, longest=True)
        if not longest[0]:
            return result("age", "fail", longest[1], source)
        could = say(
            N_(
                "Completed military service could raise the limit; "
                "your profile does not say whether you served."
            )
        )
        return result("age", "unknown", (plain[1], could), source)
    ok, reason = _judge(profile.birth_date, rules, on, extra)
    return result("age", "pass" if ok else "fail", reason, source)


def _judge(
    birth: date, rules: EffectiveRules, on: date, extra: int, longest: bool = False
) -> tuple[bool, Said]:
    if rules.max_age is not None:
        reference = rules.age_reference.value if rules.age_reference else on
        limit = rules.max_age.value + extra
        age = age_on(birth, reference)
        values: dict[str, Part | int] = {
            "age": number(age),
            "day": day(reference),
            "limit": _limit(limit, extra, longest),
        }
        if age <= limit:
            return True, say(N_("You are {age} on {day}, which is within the limit of {limit}."), **values)
        return False, say(N_("You are {age} on {day}, which is above the limit of {limit}."), **values)
    cutoff = add_years(rules.born_on_or_after.value, -extra)  # type: ignore[union-attr]
    values = {"birth": day(birth), "cutoff": day(cutoff)}
    if birth >= cutoff:
        return True, say(N_("You were born on {birth}, on or after the cut-off of {cutoff}."), **values)
    return False, say(N_("You were born on {birth}, before the cut-off of {cutoff}."), **values)
