"""`nationality`: one of the candidate's nationalities is admitted (dual nationals qualify)."""

from __future__ import annotations

from functools import cache

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile
from jpo.eligibility.criteria.common import result
from jpo.eligibility.rules import EffectiveRules
from jpo.geo.countries import country_name as _country_name


@cache
def country_name(code: str) -> str:
    try:
        return _country_name(code)
    except KeyError:
        return code


def check(profile: Profile, rules: EffectiveRules) -> Criterion | None:
    if rules.nationalities is None:
        return None
    admitted, source = rules.nationalities.value, rules.nationalities.source
    names = ", ".join(country_name(code) for code in admitted)
    if profile.nationalities is None:
        return result(
            "nationality",
            "unknown",
            f"Your nationality is not in your profile; this programme admits nationals of {names}.",
            source,
        )
    held = [code for code in profile.nationalities if code in admitted]
    if held:
        return result(
            "nationality",
            "pass",
            f"You hold {country_name(held[0])} nationality, which this programme admits.",
            source,
        )
    yours = ", ".join(country_name(code) for code in profile.nationalities) or "none"
    return result(
        "nationality",
        "fail",
        f"This programme admits nationals of {names}; your nationalities ({yours}) are not among them.",
        source,
    )
