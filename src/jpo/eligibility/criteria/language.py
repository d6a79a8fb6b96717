"""`language`: each required language (or one of its alternatives) spoken fluently."""

from __future__ import annotations

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility.criteria.common import result
from jpo.geo.languages import language_name

SUFFICIENT = ("native", "fluent")


def _names(codes: list[str]) -> str:
    return " or ".join(language_name(code) for code in codes)


def check(profile: Profile, vacancy: Vacancy) -> Criterion | None:
    required = vacancy.languages.required
    if not required:
        return None
    source = "vacancy: languages.required"
    if profile.languages is None:
        return result("language", "unknown", "Your languages are not in your profile.", source)
    levels = {skill.code: skill.level for skill in profile.languages}
    missing = [group for group in required if not any(levels.get(code) in SUFFICIENT for code in group)]
    if not missing:
        met = ", ".join(_names(group) for group in required)
        return result("language", "pass", f"You speak the required languages fluently ({met}).", source)
    needs = "; ".join(_names(group) for group in missing)
    return result(
        "language",
        "fail",
        f"This post requires fluency in {needs}, which your profile does not show (fluent or native level).",
        source,
    )
