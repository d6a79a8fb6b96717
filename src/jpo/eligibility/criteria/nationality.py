"""`nationality`: one of the candidate's nationalities is admitted (dual nationals qualify)."""

from __future__ import annotations

from functools import lru_cache

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile
from jpo.eligibility.criteria.common import result
from jpo.eligibility.rules import EffectiveRules
from jpo.eligibility.wording import N_, Listed, country, joined, say


@lru_cache(maxsize=256)
def _countries(codes: tuple[str, ...]) -> Listed:
    return joined((country(code) for code in codes), "and")


def check(profile: Profile, rules: EffectiveRules) -> Criterion | None:
    if rules.nationalities is None:
        return None
    admitted, source = rules.nationalities.value, rules.nationalities.source
    if profile.nationalities is None:
        unknown = say(
            N_("Your nationality is not in your profile; this programme admits nationals of {countries}."),
            countries=_countries(tuple(admitted)),
        )
        return result("nationality", "unknown", unknown, source)
    held = [code for code in profile.nationalities if code in admitted]
    if held:
        admits = say(
            N_("You hold {country} nationality, which this programme admits."), country=country(held[0])
        )
        return result("nationality", "pass", admits, source)
    if not profile.nationalities:
        stateless = say(
            N_(
                "This programme admits nationals of {countries}; "
                "your nationalities (none) are not among them."
            ),
            countries=_countries(tuple(admitted)),
        )
        return result("nationality", "fail", stateless, source)
    refused = say(
        N_(
            "This programme admits nationals of {countries}; your nationalities ({yours}) are not among them."
        ),
        countries=_countries(tuple(admitted)),
        yours=_countries(tuple(profile.nationalities)),
    )
    return result("nationality", "fail", refused, source)
