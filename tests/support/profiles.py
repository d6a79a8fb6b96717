"""Builders for eligibility tests: a complete, eligible-looking candidate, changed per test."""

from __future__ import annotations

from typing import Any

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
