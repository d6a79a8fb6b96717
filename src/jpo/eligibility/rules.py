"""The rules that apply to one vacancy: what the vacancy states, else its sponsor's rule pack."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

from jpo.contracts.rulepack import AgeRule, Clause, Rulepack, Rules
from jpo.contracts.vacancy import DegreeExperience, LanguageTest, MilitaryExtension, Vacancy
from jpo.eligibility.packs import clause_in_force

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Sourced(Generic[T]):
    """A rule's value and where it came from, in words a candidate can follow up."""

    value: T
    source: str


@dataclass(slots=True)
class EffectiveRules:
    """Every rule that applies; None where neither the vacancy nor the pack states one."""

    sponsor: str | None
    nationalities: Sourced[list[str]] | None = None
    max_age: Sourced[int] | None = None
    age_reference: Sourced[date] | None = None
    born_on_or_after: Sourced[date] | None = None
    military_extension: Sourced[list[MilitaryExtension]] | None = None
    military_service_required: Sourced[bool] | None = None
    degree_experience: Sourced[list[DegreeExperience]] | None = None
    experience_after_first_degree: bool = False
    post_degree_options: list[DegreeExperience] = field(default_factory=list)
    language_tests: Sourced[list[LanguageTest]] | None = None
    test_validity_months: Sourced[int] | None = None
    max_applications_per_year: Sourced[int] | None = None
    excludes_former_jpo: Sourced[bool] | None = None
    closing_utc: Sourced[datetime] | None = None
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _pack_source(pack: Rulepack, clause: Clause, rule: str) -> str:
    key = clause.sources.get(rule, "")
    title = pack.sources[key].title if key in pack.sources else "no source"
    since = clause.effective_from
    return f"rule pack {pack.sponsor} ({pack.programme}, in force from {since}): {rule} — {title}"


def _pick(
    rules: EffectiveRules,
    name: str,
    stated: T | None,
    vacancy_field: str,
    pack_value: T | None,
    pack_source: str,
) -> Sourced[T] | None:
    """The vacancy's value when it states one (warning when the pack disagrees), else the pack's."""
    empty = stated is None or stated == []
    if not empty:
        if pack_value is not None and pack_value != stated:
            rules.warnings.append(
                f"{name}: the vacancy states {stated!r} but the sponsor's rule pack says {pack_value!r}; "
                "the vacancy's rule is applied"
            )
        return Sourced(stated, f"vacancy: {vacancy_field}")  # type: ignore[arg-type]
    return Sourced(pack_value, pack_source) if pack_value is not None else None


def _reference_date(age: AgeRule, vacancy: Vacancy, on: date) -> date:
    deadline = vacancy.closing.day() if vacancy.closing else None
    year = (deadline or on).year
    if age.reference == "fixed" and age.reference_date:
        return age.reference_date
    if age.reference == "december_31":
        return date(year, 12, 31)
    if age.reference == "january_1":
        return date(year, 1, 1)
    if age.reference == "deadline" and deadline:
        return deadline
    return on


# Rules a vacancy may state and a pack may hold under the same name: (attribute here, words for
# warnings, field of the vacancy's `eligibility`, rule of the pack).
_SHARED = (
    ("nationalities", "nationality", "nationalities", "nationalities"),
    (
        "military_extension",
        "military service extension",
        "military_service_extension",
        "military_service_extension",
    ),
    ("degree_experience", "degree and experience", "degree_experience", "degree_experience"),
    ("language_tests", "language tests", "language_tests", "language_tests"),
    ("test_validity_months", "test validity", "test_validity_months", "test_validity_months"),
    (
        "max_applications_per_year",
        "application limit",
        "max_applications_per_year",
        "max_applications_per_year",
    ),
    ("excludes_former_jpo", "former JPO", "excludes_former_jpo", "excludes_former_jpo"),
    (
        "military_service_required",
        "military service",
        "military_service_required",
        "military_service_required",
    ),
)


def effective_rules(vacancy: Vacancy, pack: Rulepack | None, on: date) -> EffectiveRules:
    """Merge the vacancy's stated programme rules with the pack clause in force on `on`."""
    rules = EffectiveRules(sponsor=vacancy.sponsor_country)
    clause = clause_in_force(pack, on) if pack else None
    pr = clause.rules if clause else Rules()

    def source(rule: str) -> str:
        return _pack_source(pack, clause, rule) if pack and clause else ""

    e = vacancy.eligibility
    for attribute, words, field_name, rule in _SHARED:
        stated, held = getattr(e, field_name), getattr(pr, rule)
        setattr(
            rules, attribute, _pick(rules, words, stated, f"eligibility.{field_name}", held, source(rule))
        )
    age = pr.age
    rules.max_age = _pick(
        rules, "age", e.max_age, "eligibility.max_age", age.max_age if age else None, source("age")
    )
    rules.born_on_or_after = _pick(
        rules, "birth date", e.born_on_or_after, "eligibility.born_on_or_after",
        age.born_on_or_after if age else None, source("age"),
    )  # fmt: skip
    _resolve_age_reference(rules, vacancy, pr, on, source("age"))
    rules.post_degree_options = post_degree_options(vacancy)
    rules.experience_after_first_degree = vacancy.experience.after_first_degree or bool(
        pr.experience_after_first_degree
    )
    if vacancy.closing:
        utc = datetime.fromisoformat(vacancy.closing.utc.replace("Z", "+00:00"))
        rules.closing_utc = Sourced(utc, "vacancy: closing")
    if pack:
        rules.notes += [f"{u.criterion}: {u.note}" for u in pack.unknown]
    if vacancy.sponsor_country and clause is None:
        missing = "has no rule pack" if pack is None else f"has no rule pack clause in force on {on}"
        rules.notes.append(
            f"sponsor {vacancy.sponsor_country} {missing}: only the rules the vacancy states were checked"
        )
    return rules


def post_degree_options(vacancy: Vacancy) -> list[DegreeExperience]:
    """The post's education rule as degree-and-experience options: the minimum degree, or the
    alternative degree with the required experience plus the extra years it asks for."""
    education, required = vacancy.education, vacancy.experience
    base = 0 if required.preferred or required.min_years is None else required.min_years
    options = (
        [DegreeExperience(level=education.minimum_level, min_years=0)] if education.minimum_level else []
    )
    if education.alternative:
        extra = education.alternative.extra_experience_years
        options.append(DegreeExperience(level=education.alternative.level, min_years=base + extra))
    return options


def _resolve_age_reference(
    rules: EffectiveRules, vacancy: Vacancy, pr: Rules, on: date, pack_source: str
) -> None:
    stated = vacancy.eligibility.age_reference_date
    if stated is not None:
        rules.age_reference = Sourced(stated, "vacancy: eligibility.age_reference_date")
    elif pr.age is not None:
        rules.age_reference = Sourced(_reference_date(pr.age, vacancy, on), pack_source)
