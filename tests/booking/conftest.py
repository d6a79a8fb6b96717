"""A vacancy whose candidates are shortlisted, for the booking tests: made through the API on a fresh
database (SQLite, and PostgreSQL when JPO_TEST_DATABASE_URL is set)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from jpo.db.models import User
from jpo.db.repositories import user_by_email
from jpo.db.session import unit_of_work
from tests.api.conftest import Api, api, settings
from tests.notifications.conftest import smtp

__all__ = ["api", "settings", "smtp"]


@dataclass
class Candidate:
    email: str
    headers: dict[str, str]
    application_id: int


@dataclass
class Recruitment:
    api: Api
    vacancy_id: int
    admin: dict[str, str]
    reviewer: dict[str, str]
    candidates: list[Candidate]

    def user(self, email: str) -> User:
        with unit_of_work(self.api.engine, writes=False) as session:
            found = user_by_email(session, email)
            assert found is not None
            return found


def shortlisted(api: Api, count: int = 3, prefix: str = "cand") -> Recruitment:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    reviewer = api.staff("rev@example.org", "reviewer", organization="OHCHR")
    vacancy_id = api.vacancy(admin)  # seed 002: OHCHR in Geneva, sponsored by Korea
    candidates = []
    for index in range(count):
        email = f"{prefix}{index}@example.org"
        headers = api.candidate(email, name={"given": f"Ann{index}", "family": "Lee"})
        response = api.apply(headers, vacancy_id, key=f"k{index}")
        assert response.status_code == 201, response.text
        application_id = response.json()["id"]
        for to in ("longlisted", "shortlisted"):
            moved = api.client.post(f"/api/v1/applications/{application_id}/transitions",
                                    json={"to": to, "reason": "Strong fit."}, headers=reviewer)  # fmt: skip
            assert moved.status_code == 200, moved.text
        candidates.append(Candidate(email, headers, application_id))
    return Recruitment(api, vacancy_id, admin, reviewer, candidates)


@pytest.fixture
def recruitment(api: Api) -> Recruitment:
    return shortlisted(api)


def days_ahead(days: int, hour: int = 10) -> str:
    """A wall-clock time `days` from today at `hour` (for a slot typed on a zone's clock)."""
    day = (datetime.now(UTC) + timedelta(days=days)).date()
    return f"{day.isoformat()}T{hour:02d}:00"
