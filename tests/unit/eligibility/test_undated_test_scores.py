"""A language test score whose date is null (unknown, as the contract says of any null field) is accepted
in a profile; it is judged `unknown` where the vacancy limits how old a score may be, and counts where
nothing does."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from jpo.contracts.vacancy import Vacancy
from jpo.eligibility import check
from tests.support.profiles import make_profile

ON = datetime(2025, 3, 1, tzinfo=UTC)
TOEFL_100 = [{"test": "TOEFL iBT", "min_score": 100, "language": "en"}]


def _criterion(score: float, validity_months: int | None, **test: Any) -> tuple[str, str]:
    eligibility: dict[str, Any] = {"language_tests": TOEFL_100, "test_validity_months": validity_months}
    vacancy = Vacancy.model_validate({"eligibility": eligibility})
    undated = {"test": "TOEFL iBT", "score": score, "date": None, **test}
    verdict = check(make_profile(language_tests=[undated]), vacancy, on=ON, packs={})
    found = next(c for c in verdict.criteria if c.id == "language_test")
    return found.status, found.reason


def test_a_null_test_date_is_accepted_in_a_profile() -> None:
    profile = make_profile(language_tests=[{"test": "TOEFL iBT", "score": 105, "date": None}])
    assert profile.language_tests is not None and profile.language_tests[0].date is None


def test_an_undated_score_is_unknown_where_a_validity_window_applies() -> None:
    status, reason = _criterion(105, validity_months=24)
    assert status == "unknown"
    assert "test date unknown" in reason and "2023-03-01" in reason


def test_an_undated_score_counts_where_no_validity_window_applies() -> None:
    status, reason = _criterion(105, validity_months=None)
    assert status == "pass"
    assert reason == "Your TOEFL iBT score of 105 (test date unknown) meets the 100 required."


def test_an_undated_score_below_the_minimum_fails_whatever_its_date() -> None:
    assert _criterion(90, validity_months=24)[0] == "fail"


def test_an_undated_score_of_a_refused_edition_fails() -> None:
    vacancy_tests = [{**TOEFL_100[0], "refused_editions": ["mybest"]}]
    vacancy = Vacancy.model_validate(
        {"eligibility": {"language_tests": vacancy_tests, "test_validity_months": 24}}
    )
    profile = make_profile(
        language_tests=[{"test": "TOEFL iBT", "score": 110, "date": None, "edition": "mybest"}]
    )
    verdict = check(profile, vacancy, on=ON, packs={})
    assert next(c for c in verdict.criteria if c.id == "language_test").status == "fail"


def test_a_huge_validity_window_is_judged_not_a_crash() -> None:
    """A ToR may state any number of months; a window reaching before year 1 admits every date."""
    vacancy = Vacancy.model_validate(
        {"eligibility": {"language_tests": TOEFL_100, "test_validity_months": 10**30}}
    )
    verdict = check(make_profile(), vacancy, on=ON, packs={})
    assert next(c for c in verdict.criteria if c.id == "language_test").status == "pass"
