"""`language`: each required language (or one of its alternatives) spoken fluently."""

from __future__ import annotations

from functools import lru_cache

from jpo.contracts.eligibility import Criterion, Joiner
from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility.criteria.common import result
from jpo.eligibility.wording import N_, Listed, any_of, joined, language, say

SUFFICIENT = ("native", "fluent")


@lru_cache(maxsize=256)
def _names(groups: tuple[tuple[str, ...], ...], joiner: Joiner) -> Listed:
    """Each group's languages as alternatives, the groups joined by `joiner`."""
    return joined((any_of(language(code) for code in group) for group in groups), joiner)


def check(profile: Profile, vacancy: Vacancy) -> Criterion | None:
    required = vacancy.languages.required
    if not required:
        return None
    source = "vacancy: languages.required"
    if profile.languages is None:
        return result("language", "unknown", say(N_("Your languages are not in your profile.")), source)
    levels = {skill.code: skill.level for skill in profile.languages}
    missing = [group for group in required if not any(levels.get(code) in SUFFICIENT for code in group)]
    if not missing:
        met = _names(tuple(tuple(group) for group in required), "and")
        reason = say(N_("You speak the required languages fluently ({languages})."), languages=met)
        return result("language", "pass", reason, source)
    needs = _names(tuple(tuple(group) for group in missing), "all")
    return result(
        "language",
        "fail",
        say(
            N_(
                "This post requires fluency in {languages}, which your profile does not show "
                "(fluent or native level)."
            ),
            languages=needs,
        ),
        source,
    )
