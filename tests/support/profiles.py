"""Builders for eligibility tests: a complete, eligible-looking candidate, changed per test; and a
strategy of valid jpo.profile/1 documents for the property tests."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from jpo.contracts.profile import Profile


def make_profile(**overrides: Any) -> Profile:
    """A Korean woman of 30 with a master's, 3 years of work, fluent English/French/Korean, TOEFL 105."""
    data: dict[str, Any] = {
        "schema": "jpo.profile/1",
        "birth_date": "1994-05-10",
        "sex": "female",
        "nationalities": ["KR"],
        "education": [
            {"level": "bachelor", "field": "Law", "completed": "2016-02-20", "enrolled": False},
            {"level": "master", "field": "Human Rights", "completed": "2018-06-30", "enrolled": False},
        ],
        "experience": [
            {
                "title": "Researcher",
                "start": "2021-01-01",
                "end": None,
                "full_time": True,
                "description": "x",
            },
        ],
        "languages": [
            {"code": "ko", "level": "native"},
            {"code": "en", "level": "fluent"},
            {"code": "fr", "level": "fluent"},
        ],
        "language_tests": [{"test": "TOEFL iBT", "score": 105, "date": "2024-03-01", "edition": None}],
        "military_service": None,
        "prior_programmes": [],
        "applications": [],
    }
    data.update(overrides)
    return Profile.model_validate(data)


# Every date of a generated profile is after its birth (births end in 2004, other dates start in 2012), a
# job ends on or after its start, and a score is on its test's scale: the contract refuses the others.
_DAYS = st.dates(min_value=date(2012, 1, 1), max_value=date(2026, 12, 31))
_SCORES = [("TOEFL iBT", 98), ("TOEFL iBT", 100), ("TOEFL iBT", 110), ("TEPS", 430), ("TEPS", 905),
           ("IELTS", 6.5), ("IELTS", 7), ("TOEIC", 905), ("DELF", "B2"), ("DELF", "C1")]  # fmt: skip


def _job(start: date, days: int | None, full_time: bool) -> dict[str, Any]:
    end = None if days is None else (start + timedelta(days=days)).isoformat()
    return {"start": start.isoformat(), "end": end, "full_time": full_time}


def _test(scored: tuple[str, float | str], day: date | None, edition: str | None) -> dict[str, Any]:
    return {"test": scored[0], "score": scored[1], "date": day and day.isoformat(), "edition": edition}


def profile_documents() -> st.SearchStrategy[dict[str, Any]]:
    """Valid jpo.profile/1 documents, unknown (null) fields included, over the eligibility rules' range."""
    days = _DAYS.map(date.isoformat)
    education = st.fixed_dictionaries({"level": st.sampled_from(["bachelor", "master", "doctorate"]),
                                       "completed": st.none() | days, "enrolled": st.booleans()})  # fmt: skip
    job = st.builds(_job, _DAYS, st.none() | st.integers(0, 3000), st.booleans())
    language = st.fixed_dictionaries({"code": st.sampled_from(["en", "fr", "ko", "es"]),
                                      "level": st.sampled_from(["native", "fluent", "good"])})  # fmt: skip
    test = st.builds(
        _test, st.sampled_from(_SCORES), st.none() | _DAYS, st.sampled_from([None, "home", "mybest"])
    )
    application = st.fixed_dictionaries({"sponsor_country": st.sampled_from(["KR", "US"]), "submitted": days})
    return st.fixed_dictionaries(
        {
            "birth_date": st.none() | st.dates(min_value=date(1985, 1, 1), max_value=date(2004, 1, 1)),
            "sex": st.sampled_from([None, "female", "male", "other"]),
            "nationalities": st.none()
            | st.lists(st.sampled_from(["KR", "JP", "FR", "US", "CH", "DE"]), max_size=2),
            "education": st.none() | st.lists(education, max_size=2),
            "experience": st.none() | st.lists(job, max_size=2),
            "languages": st.none() | st.lists(language, max_size=3),
            "language_tests": st.none() | st.lists(test, max_size=2),
            "military_service": st.sampled_from(
                [None, {"months": 0}, {"months": 14}, {"months": 30}, {"exempt": True}]
            ),
            "prior_programmes": st.none() | st.sampled_from([[], ["JPO"], ["internship"]]),
            "applications": st.none() | st.lists(application, max_size=3),
        }
    )
