"""A closed vacancy with shortlisted candidates, its runner, markers and outsiders, made directly in the
database (no ToR parsing, no embedding), and the API's clock under the test's control."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from jpo.db.models import Application, ProfileVersion, User, VacancyRow
from jpo.db.session import unit_of_work
from jpo.http.deps import get_now
from jpo.users.service import create_user
from tests.api.conftest import Api, api, settings

__all__ = ["api", "settings"]

T0 = datetime(2030, 3, 2, 8, 0, tzinfo=UTC)  # the runner sets the assessment
OPENS = T0 + timedelta(days=1)
CLOSES = OPENS + timedelta(hours=48)
PASSWORD = "a long secret"
STATION = {"city": "Geneva", "country": "CH", "timezone": "Europe/Zurich"}


def assessment_body(**changes: Any) -> dict[str, Any]:
    body = {
        "tasks": [{"title": "Brief", "instructions": "Write a two-page brief on the situation."},
                  {"title": "E-mail", "instructions": "Answer the partner's e-mail."}],
        "criteria": [{"name": "Analysis", "max_marks": 10}, {"name": "Writing", "max_marks": 10}],
        "opens_at": OPENS.isoformat(), "closes_at": CLOSES.isoformat(), "minutes": 90,
        "allowed_spread": 3, "markers": ["m1@example.org", "m2@example.org"],
    }  # fmt: skip
    return {**body, **changes}


@dataclass
class Clock:
    now: datetime = T0


@dataclass
class World:
    vacancy: int
    other_vacancy: int
    applications: dict[str, int]  # candidate e-mail -> application
    ids: dict[str, int] = field(default_factory=dict)  # e-mail -> user id


def make_world(engine: Engine) -> World:
    """Vacancy OHCHR (closed) with c1..c3 shortlisted and c4 eligible only; another vacancy; staff."""
    with unit_of_work(engine) as session:
        ids: dict[str, int] = {}
        for email, role, sponsor, organization in (
            ("runner@example.org", "reviewer", None, "OHCHR"), ("admin@example.org", "admin", "KR", None),
            ("m1@example.org", "reviewer", None, "OHCHR"), ("m2@example.org", "reviewer", None, "OHCHR"),
            ("m3@example.org", "reviewer", None, "OHCHR"), ("outsider@example.org", "reviewer", None, "UNICEF"),
            ("other-admin@example.org", "admin", "JP", None), ("auditor@example.org", "auditor", None, None),
        ):  # fmt: skip
            ids[email] = create_user(session, email=email, password=PASSWORD, role=role, sponsor=sponsor,
                                     organization=organization).id  # fmt: skip
        vacancies = []
        for title in ("Human Rights Officer", "Other post"):
            row = VacancyRow(status="closed", document={"title": title, "organization": "OHCHR",
                                                        "duty_station": STATION},
                             sponsor_country="KR", organization="OHCHR", closing_utc=T0)  # fmt: skip
            session.add(row)
            vacancies.append(row)
        session.flush()
        applications: dict[str, int] = {}
        for n, status in ((1, "shortlisted"), (2, "shortlisted"), (3, "shortlisted"), (4, "eligible")):
            email = f"c{n}@example.org"
            user = create_user(session, email=email, password=PASSWORD, role="candidate")
            ids[email] = user.id
            profile = ProfileVersion(user_id=user.id, version=1, document={"schema": "jpo.profile/1"})
            session.add(profile)
            session.flush()
            application = Application(user_id=user.id, vacancy_id=vacancies[0].id, profile_version_id=profile.id,
                                      status=status, receipt=f"R-{n}")  # fmt: skip
            session.add(application)
            session.flush()
            applications[email] = application.id
        return World(vacancies[0].id, vacancies[1].id, applications, ids)


@pytest.fixture
def clock(api: Api) -> Iterator[Clock]:
    moment = Clock()
    api.client.app.dependency_overrides[get_now] = lambda: moment.now  # type: ignore[attr-defined]
    yield moment
    api.client.app.dependency_overrides.pop(get_now, None)  # type: ignore[attr-defined]


@pytest.fixture
def world(api: Api, clock: Clock) -> World:
    return make_world(api.engine)


def user_of(api: Api, email: str) -> User:
    with unit_of_work(api.engine) as session:
        from jpo.users.service import user_with_email

        found = user_with_email(session, email)
        assert found is not None
        session.expunge(found)
        return found
