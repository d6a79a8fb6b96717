"""Warnings on a parsed vacancy: missing essentials and rules that contradict each other."""

from __future__ import annotations

from jpo.contracts.vacancy import DegreeExperience, Vacancy
from jpo.vacancy.fields.context import Context


def _vacancy_degrees(vacancy: Vacancy) -> list[DegreeExperience]:
    """The post's own degree rule in the programme's terms: the minimum degree, or the alternative."""
    education = vacancy.education
    if education.minimum_level is None:
        return []
    rules = [DegreeExperience(level=education.minimum_level, min_years=0)]
    if education.alternative:
        extra = education.alternative.extra_experience_years
        rules.append(DegreeExperience(level=education.alternative.level, min_years=extra))
    return rules


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
    if (
        programme
        and post
        and {(r.level, r.min_years) for r in programme} != {(r.level, r.min_years) for r in post}
    ):
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
