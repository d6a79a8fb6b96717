"""Warnings on a parsed vacancy: missing essentials and rules that contradict each other."""

from __future__ import annotations

from jpo.contracts.vacancy import DegreeExperience, Vacancy
from jpo.vacancy.fields.context import Context


def _vacancy_degrees(vacancy: Vacancy) -> list[DegreeExperience]:
    """The post's own degree rule in the programme's terms: the minimum degree with the years of experience
    the post requires, or the alternative degree with its extra years on top."""
    education = vacancy.education
    if education.minimum_level is None:
        return []
    experience = vacancy.experience
    years = experience.min_years or 0 if not experience.preferred else 0
    rules = [DegreeExperience(level=education.minimum_level, min_years=years)]
    if education.alternative:
        extra = education.alternative.extra_experience_years
        rules.append(DegreeExperience(level=education.alternative.level, min_years=years + extra))
    return rules


def _within(post: list[DegreeExperience], programme: list[DegreeExperience]) -> bool:
    """Whether everyone the post admits, the programme admits too: each of the post's routes asks at least
    the years the programme asks with that degree. A stricter post is no contradiction; a looser one is."""
    asked = {rule.level: rule.min_years for rule in programme}
    return all(rule.level in asked and rule.min_years >= asked[rule.level] for rule in post)


def _describe(rules: list[DegreeExperience]) -> str:
    return " or ".join(f"{r.level} + {r.min_years:g} years" for r in rules)


def _missing(ctx: Context, vacancy: Vacancy) -> None:
    essentials = {
        "title": vacancy.title,
        "organization": vacancy.organization,
        "duty_station": vacancy.duty_station.country,
        "sponsor_country": vacancy.sponsor_country,
        "education.minimum_level": vacancy.education.minimum_level,
        "duties": vacancy.duties,
    }
    for name, value in essentials.items():
        if not value:
            ctx.warn(name, f"no {name.split('.')[-1].replace('_', ' ')} found")
    if not vacancy.languages.required:
        ctx.warn("languages.required", "no required language found")


def _contradictions(ctx: Context, vacancy: Vacancy) -> None:
    eligibility = vacancy.eligibility
    programme = eligibility.degree_experience
    post = _vacancy_degrees(vacancy)
    if programme and post and not _within(post, programme):
        ctx.warn(
            "eligibility.degree_experience",
            f"the programme asks for {_describe(programme)} but the post asks for {_describe(post)}",
        )
    sponsor = vacancy.sponsor_country
    if sponsor and eligibility.nationalities and sponsor not in eligibility.nationalities:
        ctx.warn(
            "eligibility.nationalities",
            f"the sponsor {sponsor} is not among the nationalities admitted",
        )
    if eligibility.max_age is not None and eligibility.age_reference_date is None:
        ctx.warn(
            "eligibility.age_reference_date",
            "the age limit gives no reference date; age is judged on the day of evaluation",
        )


def add_warnings(ctx: Context, vacancy: Vacancy) -> None:
    """Record every missing essential and contradiction on `ctx`."""
    _missing(ctx, vacancy)
    _contradictions(ctx, vacancy)
