"""What `jpo.profile/1` refuses, for the CLI, the API and the web alike: impossible dates, jobs that end
before they start, scores off their test's scale, unknown codes, texts beyond human length; and what it
still accepts: unknown (null) values and a long but human profile."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from jpo.contracts.profile import Profile
from tests.support.profiles import make_profile

JOB = {"title": "Officer", "organization": "OHCHR", "full_time": True}
IMPOSSIBLE: list[tuple[str, dict[str, Any], str]] = [
    ("born in 9999", {"birth_date": "9999-12-31"}, "date_range"),
    ("born in 1899", {"birth_date": "1899-12-31"}, "date_range"),
    ("born after starting work", {"birth_date": "2022-01-01"}, "born_after"),
    ("work from 0001 to 9999", {"experience": [{**JOB, "start": "0001-01-01", "end": "9999-12-31"}]}, "date_range"),
    ("a job ending before it starts", {"experience": [{**JOB, "start": "2020-01-01", "end": "2019-12-31"}]},
     "end_before_start"),
    ("a degree completed in 2500", {"education": [{"level": "master", "completed": "2500-01-01"}]}, "date_range"),
    ("TOEFL iBT 121", {"language_tests": [{"test": "TOEFL iBT", "score": 121, "date": "2024-01-01"}]},
     "score_out_of_scale"),
    ("IELTS 9.5", {"language_tests": [{"test": "ielts academic", "score": 9.5, "date": "2024-01-01"}]},
     "score_out_of_scale"),
    ("TOEIC 5", {"language_tests": [{"test": "TOEIC", "score": "5", "date": "2024-01-01"}]}, "score_out_of_scale"),
    ("TOEFL B2", {"language_tests": [{"test": "TOEFL", "score": "B2", "date": "2024-01-01"}]}, "score_not_number"),
    ("a negative score", {"language_tests": [{"test": "DELF", "score": -1, "date": "2024-01-01"}]},
     "greater_than_equal"),
    ("nationality XX", {"nationalities": ["XX"]}, "unknown_country"),
    ("nationality kr", {"nationalities": ["kr"]}, "string_pattern_mismatch"),
    ("language zz", {"languages": [{"code": "zz", "level": "good"}]}, "unknown_language"),
    ("an application to sponsor QQ", {"applications": [{"sponsor_country": "QQ", "submitted": "2024-01-01"}]},
     "unknown_country"),
    ("military service of 1000 months", {"military_service": {"months": 1000}}, "less_than_equal"),
    ("a 30 kB summary", {"summary": "x" * 30_000}, "string_too_long"),
    ("a 201-character job title", {"experience": [{**JOB, "title": "x" * 201, "start": "2021-01-01"}]},
     "string_too_long"),
    ("21 jobs", {"experience": [{**JOB, "start": "2021-01-01"}] * 21}, "too_long"),
    ("51 skills", {"skills": ["law"] * 51}, "too_long"),
    ("a NUL in a skill", {"skills": ["law\x00"]}, "control_character"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "changes", "kind"), IMPOSSIBLE, ids=[name for name, _, _ in IMPOSSIBLE])
def test_an_impossible_profile_is_refused(name: str, changes: dict[str, Any], kind: str) -> None:
    with pytest.raises(ValidationError) as refused:
        make_profile(**changes)
    assert kind in {error["type"] for error in refused.value.errors()}, refused.value.errors()


def test_unknown_values_are_accepted() -> None:
    profile = Profile.model_validate(
        {"birth_date": None, "nationalities": None, "experience": [{"start": "2020-01-01", "end": None}],
         "language_tests": [{"test": "TOEFL iBT", "score": 100, "date": None}], "summary": None}
    )  # fmt: skip
    assert profile.language_tests is not None and profile.language_tests[0].date is None


def test_a_long_human_profile_is_accepted() -> None:
    """20 jobs with 5,000-character descriptions: about 100 kB, what the deadline-rush bench saves."""
    jobs = [{**JOB, "title": "t" * 200, "start": f"{2000 + n}-01-01", "end": f"{2000 + n}-12-31",
             "description": "d" * 5_000} for n in range(20)]  # fmt: skip
    profile = make_profile(experience=jobs, summary="s" * 5_000, skills=["k" * 200] * 50)
    assert len(profile.model_dump_json()) > 100_000


def test_level_based_and_unknown_tests_take_any_short_score() -> None:
    tests = [{"test": "DELF", "score": "B2", "date": "2024-01-01"}, {"test": "HSK", "score": "5", "date": None},
             {"test": "JLPT", "score": "N2", "date": "2024-01-01"}]  # fmt: skip
    assert make_profile(language_tests=tests).language_tests is not None
