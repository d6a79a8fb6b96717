"""`military_service`: men must have completed (or be exempt from) military service; and the
extension of the age limit that completed service earns."""

from __future__ import annotations

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile
from jpo.eligibility.criteria.common import result
from jpo.eligibility.rules import EffectiveRules
from jpo.eligibility.wording import N_, say


def extension_years(profile: Profile, rules: EffectiveRules) -> int | None:
    """Extra years on the age limit; 0 when none applies; None when the profile cannot tell."""
    if rules.military_extension is None or profile.sex in ("female", "other"):
        return 0
    service = profile.military_service
    if service is None:
        return None
    if service.months is None or service.months == 0:
        return 0
    for row in rules.military_extension.value:
        if row.served_months_below is None or service.months < row.served_months_below:
            return row.extra_years
    return 0


def check(profile: Profile, rules: EffectiveRules) -> Criterion | None:
    if rules.military_service_required is None or not rules.military_service_required.value:
        return None
    source = rules.military_service_required.source
    if profile.sex in ("female", "other"):
        return result(
            "military_service",
            "pass",
            say(N_("The military-service requirement applies to men only.")),
            source,
        )
    service = profile.military_service
    if profile.sex is None or service is None:
        return result(
            "military_service",
            "unknown",
            say(N_("Men must have completed military service or be exempt; your profile does not say.")),
            source,
        )
    if service.exempt or (service.months or 0) > 0:
        done = (
            say(N_("You are exempt from military service."))
            if service.exempt
            else say(N_("You completed {months} months of military service."), months=service.months or 0)
        )
        return result("military_service", "pass", done, source)
    return result(
        "military_service",
        "fail",
        say(N_("Men must have completed military service or be exempt from it.")),
        source,
    )
