"""`former_jpo`: having completed a JPO or YPP contract excludes, where the programme says so."""

from __future__ import annotations

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile
from jpo.eligibility.criteria.common import result
from jpo.eligibility.rules import EffectiveRules
from jpo.eligibility.wording import N_, say, text

_PROGRAMMES = ("JPO", "YPP", "APO", "ASSOCIATE EXPERT", "JUNIOR PROFESSIONAL OFFICER", "YOUNG PROFESSIONAL")


def check(profile: Profile, rules: EffectiveRules) -> Criterion | None:
    if rules.excludes_former_jpo is None or not rules.excludes_former_jpo.value:
        return None
    source = rules.excludes_former_jpo.source
    if profile.prior_programmes is None:
        return result(
            "former_jpo",
            "unknown",
            say(N_("Former JPOs and YPPs cannot apply; your profile does not say whether you were one.")),
            source,
        )
    held = [p for p in profile.prior_programmes if any(word in p.upper() for word in _PROGRAMMES)]
    if held:
        return result(
            "former_jpo",
            "fail",
            say(
                N_("You have already been in the {programme} programme, which excludes you."),
                programme=text(held[0]),
            ),
            source,
        )
    return result("former_jpo", "pass", say(N_("You have not been a JPO or YPP before.")), source)
