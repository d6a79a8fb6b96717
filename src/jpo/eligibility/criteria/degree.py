"""`degree`: the post's minimum degree (or its alternative with more experience), students and
recent graduates where accepted, and the programme's degree-and-experience alternatives."""

from __future__ import annotations

from datetime import date
from functools import cache

from jpo.contracts.eligibility import Criterion, Status
from jpo.contracts.profile import EducationEntry, Profile
from jpo.contracts.vacancy import DegreeExperience, Vacancy
from jpo.eligibility.criteria.common import LEVEL_NAMES, LEVEL_RANK, result
from jpo.eligibility.rules import EffectiveRules
from jpo.eligibility.wording import N_, Listed, Part, Said, any_of, day, say, years


def _completed(entries: list[EducationEntry], level: str, on: date) -> list[EducationEntry]:
    return [
        e
        for e in entries
        if LEVEL_RANK[e.level] >= LEVEL_RANK[level]
        and not e.enrolled
        and (e.completed is None or e.completed <= on)
    ]


def _meets(profile: Profile, held: float | None, option: DegreeExperience, on: date) -> bool | None:
    if not _completed(profile.education or [], option.level, on):
        return False
    if option.min_years == 0:
        return True
    return None if held is None else held + 1e-9 >= option.min_years


def _post_rule(
    profile: Profile, vacancy: Vacancy, rules: EffectiveRules, on: date, held: float | None
) -> tuple[bool | None, Said]:
    education = vacancy.education
    level = education.minimum_level
    assert level is not None
    enrolled = [e for e in profile.education or [] if e.enrolled and LEVEL_RANK[e.level] >= LEVEL_RANK[level]]
    if education.enrolled_accepted and enrolled:
        return True, say(
            N_("You are enrolled in {degree} programme, which this post accepts."),
            degree=LEVEL_NAMES[enrolled[0].level],
        )
    done = _completed(profile.education or [], level, on)
    if done and education.graduated_within_months:
        return _recent(done, level, education.graduated_within_months, on)
    outcomes = [_meets(profile, held, option, on) for option in rules.post_degree_options]
    wanted = describe(tuple((o.level, o.min_years) for o in rules.post_degree_options))
    if True in outcomes:
        return True, say(N_("You meet the post's education requirement ({wanted})."), wanted=wanted)
    if None in outcomes:
        return None, say(
            N_("The post asks for {wanted}; your experience dates are incomplete."), wanted=wanted
        )
    return False, say(N_("The post asks for {wanted}, which your profile does not show."), wanted=wanted)


def _recent(done: list[EducationEntry], level: str, months: int, on: date) -> tuple[bool | None, Said]:
    """Whether a completed degree of `level` is recent enough: within `months` before `on`."""
    values: dict[str, Part | int] = {"degree": LEVEL_NAMES[level], "months": months}
    if all(e.completed is None for e in done):
        return None, say(
            N_(
                "This post needs {degree} completed within the last {months} months; your profile "
                "gives no completion date."
            ),
            **values,
        )
    recent = [e for e in done if e.completed and (on - e.completed).days <= months * 30.44]
    if not recent:
        return False, say(
            N_("This post needs {degree} completed within the last {months} months, or current enrolment."),
            **values,
        )
    return True, say(
        N_("You completed {degree} on {day}, recently enough."),
        degree=LEVEL_NAMES[recent[0].level],
        day=day(recent[0].completed),
    )


@cache
def describe(options: tuple[tuple[str, float], ...]) -> Listed:
    """Options in words, e.g. a master's degree or a bachelor's degree with 2 years of experience
    (the same few rules are described for every candidate screened, hence the cache)."""
    return any_of(_describe(DegreeExperience(level=level, min_years=least)) for level, least in options)  # type: ignore[arg-type]


def _describe(option: DegreeExperience) -> Said:
    if not option.min_years:
        return LEVEL_NAMES[option.level]
    return say(
        N_("{degree} with {years} of experience"),
        degree=LEVEL_NAMES[option.level],
        years=years(option.min_years),
    )


def _programme_rule(
    profile: Profile, rules: EffectiveRules, on: date, held: float | None
) -> tuple[bool | None, Said]:
    assert rules.degree_experience is not None
    options = rules.degree_experience.value
    outcomes = [_meets(profile, held, option, on) for option in options]
    wanted = describe(tuple((o.level, o.min_years) for o in options))
    if True in outcomes:
        return True, say(N_("You meet the programme's rule ({wanted})."), wanted=wanted)
    if None in outcomes:
        return None, say(
            N_("The programme asks for {wanted}; your experience dates are incomplete."), wanted=wanted
        )
    if held is not None:
        return False, say(
            N_("The programme asks for {wanted}; you have {held} of experience."),
            wanted=wanted,
            held=years(held),
        )
    return False, say(N_("The programme asks for {wanted}; your profile does not show it."), wanted=wanted)


def check(
    profile: Profile, vacancy: Vacancy, rules: EffectiveRules, on: date, held: float | None
) -> Criterion | None:
    """`held`: the candidate's counted years of experience (None: unknown)."""
    parts: list[tuple[bool | None, Said, str]] = []
    if vacancy.education.minimum_level:
        parts.append((*_post_rule(profile, vacancy, rules, on, held), "vacancy: education"))
    if rules.degree_experience:
        parts.append((*_programme_rule(profile, rules, on, held), rules.degree_experience.source))
    if not parts:
        return None
    source = "; ".join(p[2] for p in parts)
    if profile.education is None:
        return result("degree", "unknown", say(N_("Your education is not in your profile.")), source)
    failed = [p for p in parts if p[0] is False]
    unknown = [p for p in parts if p[0] is None]
    status: Status = "fail" if failed else "unknown" if unknown else "pass"
    reasons = failed or unknown or parts
    return result("degree", status, tuple(p[1] for p in reasons), source)
