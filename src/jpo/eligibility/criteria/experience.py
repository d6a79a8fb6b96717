"""`experience`: years of professional experience (overlaps once, part-time at half, ongoing
jobs to the evaluation date; after the first degree where the programme says so)."""

from __future__ import annotations

from datetime import date

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility.criteria.common import result
from jpo.eligibility.periods import experience_years
from jpo.eligibility.rules import EffectiveRules
from jpo.eligibility.wording import N_, Said, say, years


def first_degree(profile: Profile) -> date | None:
    done = [e.completed for e in profile.education or [] if e.completed and not e.enrolled]
    return min(done, default=None)


def counted_years(profile: Profile, rules: EffectiveRules, on: date) -> float | None:
    """Years that count, or None when the profile does not list its experience."""
    if profile.experience is None:
        return None
    since = first_degree(profile) if rules.experience_after_first_degree else None
    return experience_years(profile.experience, on, since)


def check(vacancy: Vacancy, rules: EffectiveRules, held: float | None) -> Criterion | None:
    """`held`: the candidate's counted years of experience (see `counted_years`), None if unknown."""
    required = vacancy.experience
    if required.min_years is None or required.preferred:
        return None
    source = "vacancy: experience.min_years"
    if held is None:
        reason = say(N_("Your work experience is not in your profile."))
        return result("experience", "unknown", reason, source)
    ok = held + 1e-9 >= required.min_years
    return result("experience", "pass" if ok else "fail", _said(held, required.min_years, ok, rules), source)


def _said(held: float, needed: float, ok: bool, rules: EffectiveRules) -> Said:
    values = {"held": years(held), "needed": years(needed)}
    if rules.experience_after_first_degree:
        if ok:
            return say(
                N_(
                    "You have {held} of experience after your first degree, which meets the {needed} "
                    "required."
                ),
                **values,
            )
        return say(
            N_(
                "You have {held} of experience after your first degree, which is below the {needed} required."
            ),
            **values,
        )
    if ok:
        return say(N_("You have {held} of experience, which meets the {needed} required."), **values)
    return say(N_("You have {held} of experience, which is below the {needed} required."), **values)
