"""A closed OHCHR vacancy with shortlisted candidates (named), its runner, three panel members and
outsiders, made directly in the database; another vacancy with its own panel; the API's clock fixed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine

from jpo.db.models import Application, ProfileVersion, VacancyRow
from jpo.db.session import unit_of_work
from jpo.http.deps import get_now
from jpo.users.service import create_user
from tests.api.conftest import Api, api, settings

__all__ = ["api", "settings"]

T0 = datetime(2030, 4, 6, 9, 0, tzinfo=UTC)
PASSWORD = "a long secret"
DOCUMENT = {
    "title": "Human Rights Officer",
    "reference": "22P308",
    "organization": "OHCHR",
    "competencies": ["PROFESSIONALISM", "COMMUNICATION"],
    "competency_indicators": {
        "PROFESSIONALISM": ["Shows pride in work", "Remains calm in stressful situations"],
        "COMMUNICATION": ["Speaks and writes clearly", "Listens to others"],
    },
    "skills": ["Legal research and drafting"],
    "duties": ["Carry out legal research on business and human rights"],
    "experience": {"fields": ["human rights"]},
}
KIT = {
    "Professionalism": ["Shows pride in work", "Remains calm in stressful situations"],
    "Communication": ["Speaks and writes clearly", "Listens to others"],
}
STAFF = (
    ("runner@example.org", "reviewer", None, "OHCHR"),
    ("admin@example.org", "admin", "KR", None),
    ("m1@example.org", "reviewer", None, "OHCHR"),
    ("m2@example.org", "reviewer", None, "UNHCR"),
    ("m3@example.org", "admin", "KR", None),
    ("outsider@example.org", "reviewer", None, "UNICEF"),
    ("other-admin@example.org", "admin", "JP", None),
)
NAMES = {1: ("Amina", "Diallo"), 2: ("Bruno", "Keller"), 3: ("Chloé", "Martin"), 4: ("Dan", "Eligible")}


@dataclass
class Clock:
    now: datetime = T0


@dataclass
class World:
    vacancy: int
    other_vacancy: int
    applications: dict[str, int]  # candidate e-mail -> application
    other_application: int
    ids: dict[str, int] = field(default_factory=dict)


def make_world(engine: Engine) -> World:
    """Vacancy A (OHCHR, closed): c1..c3 shortlisted, c4 eligible only. Vacancy B: one shortlisted."""
    with unit_of_work(engine) as session:
        ids: dict[str, int] = {}
        for email, role, sponsor, organization in STAFF:
            user = create_user(
                session, email=email, password=PASSWORD, role=role, sponsor=sponsor, organization=organization
            )
            ids[email] = user.id
        vacancies = []
        for title in ("Human Rights Officer", "Other post"):
            row = VacancyRow(
                status="closed",
                document={**DOCUMENT, "title": title},
                sponsor_country="KR",
                organization="OHCHR",
                closing_utc=T0,
            )
            session.add(row)
            vacancies.append(row)
        session.flush()
        applications: dict[str, int] = {}
        for n, status in (
            (1, "shortlisted"),
            (2, "shortlisted"),
            (3, "assessed"),
            (4, "eligible"),
            (5, "shortlisted"),
        ):
            email = f"c{n}@example.org"
            user = create_user(session, email=email, password=PASSWORD, role="candidate")
            ids[email] = user.id
            given, family = NAMES.get(n, ("Other", "Vacancy"))
            document: dict[str, Any] = {"schema": "jpo.profile/1", "name": {"given": given, "family": family}}
            profile = ProfileVersion(user_id=user.id, version=1, document=document)
            session.add(profile)
            session.flush()
            vacancy = vacancies[1] if n == 5 else vacancies[0]
            application = Application(
                user_id=user.id,
                vacancy_id=vacancy.id,
                profile_version_id=profile.id,
                status=status,
                receipt=f"R-{n}",
            )
            session.add(application)
            session.flush()
            applications[email] = application.id
        other = applications.pop("c5@example.org")
        return World(vacancies[0].id, vacancies[1].id, applications, other, ids)


@pytest.fixture
def clock(api: Api) -> Iterator[Clock]:
    moment = Clock()
    api.client.app.dependency_overrides[get_now] = lambda: moment.now  # type: ignore[attr-defined]
    yield moment
    api.client.app.dependency_overrides.pop(get_now, None)  # type: ignore[attr-defined]


@pytest.fixture
def world(api: Api, clock: Clock) -> World:
    return make_world(api.engine)


class Panel:
    """Calls as one person: `panel.as_("m1@example.org").get(...)`."""

    def __init__(self, api: Api, world: World) -> None:
        self.api, self.world = api, world
        self._headers: dict[str, dict[str, str]] = {}

    def headers(self, email: str) -> dict[str, str]:
        if email not in self._headers:
            self._headers[email] = self.api.login(email)
        return self._headers[email]

    def call(self, email: str, method: str, path: str, **kwargs: Any) -> Any:
        return self.api.client.request(method, f"/api/v1{path}", headers=self.headers(email), **kwargs)

    def path(self, application: str | int, rest: str = "") -> str:
        app_id = application if isinstance(application, int) else self.world.applications[application]
        return f"/vacancies/{self.world.vacancy}/interviews/{app_id}{rest}"

    def form(
        self, chair: str = "m1@example.org", others: tuple[str, ...] = ("m2@example.org", "m3@example.org")
    ) -> None:
        """The runner forms vacancy A's panel: `chair` and `others`."""
        for email, role in ((chair, "chair"), *((o, "member") for o in others)):
            response = self.call(
                "runner@example.org",
                "POST",
                f"/vacancies/{self.world.vacancy}/panel/members",
                json={"email": email, "role": role},
            )
            assert response.status_code == 201, response.text

    def declare(
        self, email: str, application: str, declaration: str = "none", statement: str | None = None
    ) -> Any:
        return self.call(
            email,
            "PUT",
            self.path(application, "/declaration"),
            json={"declaration": declaration, "statement": statement},
        )

    def score(
        self, email: str, application: str, values: dict[str, list[int | None]], submit: bool = True
    ) -> Any:
        """Rate each competency's indicators in order (`values`), with evidence."""
        ratings = [
            {
                "competency": competency,
                "indicator": indicator,
                "value": value,
                "evidence": f"{email} heard about {indicator.lower()}" if value is not None else "",
            }
            for competency, indicators in KIT.items()
            for indicator, value in zip(indicators, values[competency], strict=True)
        ]
        rest = "/my-score/submit" if submit else "/my-score"
        return self.call(
            email, "POST" if submit else "PUT", self.path(application, rest), json={"ratings": ratings}
        )


@pytest.fixture
def panel(api: Api, world: World) -> Panel:
    return Panel(api, world)
