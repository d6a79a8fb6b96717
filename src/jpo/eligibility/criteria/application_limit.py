"""`application_limit`: applications already made to this sponsor's programme this calendar year."""

from __future__ import annotations

from datetime import date

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile
from jpo.eligibility.criteria.common import result
from jpo.eligibility.rules import EffectiveRules
from jpo.eligibility.wording import N_, Part, say, text


def check(profile: Profile, rules: EffectiveRules, on: date) -> Criterion | None:
    if rules.max_applications_per_year is None:
        return None
    limit, source = rules.max_applications_per_year.value, rules.max_applications_per_year.source
    if profile.applications is None:
        return result(
            "application_limit",
            "unknown",
            say(
                N_(
                    "This programme allows {limit} applications a year; "
                    "your earlier applications are not in your profile."
                ),
                limit=limit,
            ),
            source,
        )
    made = sum(
        1 for a in profile.applications if a.sponsor_country == rules.sponsor and a.submitted.year == on.year
    )
    ok = made < limit
    values: dict[str, Part | int] = {"made": made, "limit": limit, "year": text(str(on.year))}
    reason = (
        say(N_("You have made {made} of the {limit} applications this programme allows in {year}."), **values)
        if ok
        else say(
            N_(
                "You have made {made} of the {limit} applications this programme allows in {year}; "
                "this one would exceed the limit."
            ),
            **values,
        )
    )
    return result("application_limit", "pass" if ok else "fail", reason, source)
