"""The no-account self-check: which questions a vacancy's rules need, and the answers as a profile.

An unanswered question is unknown (null in jpo.profile/1), never "none": a form sent empty is "not
decided", and military service counts only when it is declared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pydantic import ValidationError

from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility.rules import EffectiveRules
from jpo.errors import InputError
from jpo.vacancies.search import country_of
from jpo.web.i18n import N_

MAX_APPLICATIONS = 50  # more earlier applications than any programme allows in a year
FIELDS = ("nationality", "birth_date", "sex", "military", "military_months", "degree", "degree_year",
          "enrolled", "experience_years", "test", "test_score", "test_date", "applications",
          "former_jpo")  # fmt: skip
UNKNOWN_COUNTRY = N_("We know no country by that name: type it in English or French (e.g. Switzerland or "
                     "Suisse) or pick it from the list.")  # fmt: skip
_CHECK_NUMBERS = N_("Please check the dates and numbers you entered.")


class AnswerError(ValueError):
    """An answer that cannot be read: `message` (English, translated on the page), the input's `field`."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.message, self.field = message, field


@dataclass(frozen=True)
class Questions:
    """What the vacancy's rules (its own and its sponsor's pack) need to be asked beyond the basics."""

    nationality: bool
    age: bool
    military: bool
    tests: list[str]  # the accepted tests' names; empty: no test is asked for
    applications: int | None  # the yearly limit of the sponsor's programme
    sponsor: str | None
    former_jpo: bool


def questions(rules: EffectiveRules) -> Questions:
    tests = [test.test for test in rules.language_tests.value] if rules.language_tests else []
    military = bool(rules.military_service_required and rules.military_service_required.value)
    return Questions(
        nationality=bool(rules.nationalities and rules.nationalities.value),
        age=rules.max_age is not None or rules.born_on_or_after is not None,
        military=military or rules.military_extension is not None,
        tests=list(dict.fromkeys(tests)),
        applications=rules.max_applications_per_year.value if rules.max_applications_per_year else None,
        sponsor=rules.sponsor,
        former_jpo=bool(rules.excludes_former_jpo and rules.excludes_former_jpo.value),
    )


def _whole(value: str, field: str, most: int) -> int:
    if not value.strip().isdecimal() or int(value) > most:
        raise AnswerError(_CHECK_NUMBERS, field)
    return int(value)


def _education(form: dict[str, str]) -> list[dict[str, Any]] | None:
    level = form.get("degree", "")
    if not level:
        return None
    if level == "none":
        return []
    year = form.get("degree_year", "").strip()
    completed = f"{_whole(year, 'degree_year', 2100):04d}-07-01" if year else None
    return [{"level": level, "completed": completed, "enrolled": form.get("enrolled") == "yes"}]


def _experience(form: dict[str, str], today: date) -> list[dict[str, Any]] | None:
    typed = form.get("experience_years", "").strip()
    if not typed:
        return None
    try:
        years = float(typed.replace(",", "."))
    except ValueError:
        raise AnswerError(_CHECK_NUMBERS, "experience_years") from None
    if not 0 <= years <= 60:
        raise AnswerError(_CHECK_NUMBERS, "experience_years")
    start = today - timedelta(days=round(years * 365))  # the request's clock, as the check's
    return [{"start": start.isoformat(), "end": None, "full_time": True}] if years > 0 else []


def _military(form: dict[str, str]) -> dict[str, Any] | None:
    """Only what was declared: completed service with its months, an exemption, or none served."""
    answer = form.get("military", "")
    if answer == "completed":
        months = form.get("military_months", "").strip()
        if not months:
            raise AnswerError(N_("Give the number of months of service you completed."), "military_months")
        return {"months": _whole(months, "military_months", 600)}
    return {"exempt": True} if answer == "exempt" else {"months": 0} if answer == "none" else None


def _tests(form: dict[str, str], asked: list[str]) -> list[dict[str, Any]] | None:
    test = form.get("test", "")
    if test == "none":
        return []
    if test not in asked:
        return None
    if not form.get("test_score", "").strip():
        raise AnswerError(N_("Give the score of the test you took."), "test_score")
    score = form["test_score"].strip().replace(",", ".")  # a number or a level ("B2"): the scale decides
    return [{"test": test, "score": score, "date": form.get("test_date") or None}]


def _applications(form: dict[str, str], sponsor: str | None, today: date) -> list[dict[str, Any]] | None:
    typed = form.get("applications", "").strip()
    if not typed or sponsor is None:
        return None
    made = _whole(typed, "applications", MAX_APPLICATIONS)
    return [{"sponsor_country": sponsor, "submitted": today.isoformat()}] * made


def profile_of(form: dict[str, str], languages: list[str], asked: Questions, today: date) -> Profile:
    """The answers as a profile (nothing of it is stored); AnswerError names the input it cannot read."""
    nationality = None
    if form.get("nationality", "").strip():
        try:
            nationality = country_of(form["nationality"], field="nationality")
        except InputError:
            raise AnswerError(UNKNOWN_COUNTRY, "nationality") from None
    former = form.get("former_jpo", "")
    document = {
        "birth_date": form.get("birth_date") or None,
        "sex": form.get("sex") or None,
        "nationalities": [nationality] if nationality else None,
        "education": _education(form),
        "experience": _experience(form, today),
        "languages": [{"code": code, "level": "fluent"} for code in languages] or None,
        "language_tests": _tests(form, asked.tests),
        "military_service": _military(form),
        "applications": _applications(form, asked.sponsor, today),
        "prior_programmes": ["JPO"] if former == "yes" else [] if former == "no" else None,
    }
    try:
        return Profile.model_validate(document)
    except ValidationError as invalid:
        where = str(invalid.errors()[0]["loc"][0]) if invalid.errors()[0]["loc"] else ""
        field = {"language_tests": "test_score", "education": "degree_year"}.get(where, where)
        raise AnswerError(_CHECK_NUMBERS, field) from None


def languages_of(vacancy: Vacancy, offered: tuple[str, ...]) -> list[str]:
    """The codes of the languages offered and of any other the vacancy asks for."""
    asked = [code for group in vacancy.languages.required for code in group] + vacancy.languages.desirable
    return list(dict.fromkeys([*offered, *asked]))
