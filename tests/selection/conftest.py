"""A vacancy whose candidates the panel recommended, for the selection and offer tests: applications made
and shortlisted through the API on a fresh database (SQLite, and PostgreSQL when JPO_TEST_DATABASE_URL is
set), then interviewed and recommended as the panel (`moves.move`, actor "panel") until its service exists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from sqlalchemy import select

from jpo.applications.moves import move
from jpo.db.models import Application, OutboxMessage, User
from jpo.db.repositories import user_by_email
from jpo.db.session import unit_of_work
from jpo.notifications.compose import compose
from tests.api.conftest import Api, api, settings

__all__ = ["api", "settings"]

SENDER = "jpo <no-reply@jpo.example.org>"


@dataclass
class Person:
    email: str
    headers: dict[str, str]
    application_id: int = 0


@dataclass
class Recruitment:
    api: Api
    vacancy_id: int
    admin: Person  # the donor programme's (Korea) admin
    selector: Person  # the host agency's (OHCHR) reviewer
    candidates: list[Person]

    def user(self, email: str) -> User:
        with unit_of_work(self.api.engine, writes=False) as session:
            found = user_by_email(session, email)
            assert found is not None
            return found

    def post(self, path: str, who: Person, body: dict[str, Any] | None = None) -> Any:
        return self.api.client.post(f"/api/v1{path}", json=body or {}, headers=who.headers)

    def status(self, application_id: int) -> str:
        with unit_of_work(self.api.engine, writes=False) as session:
            return session.get_one(Application, application_id).status

    def outbox(self, kind: str) -> list[OutboxMessage]:
        with unit_of_work(self.api.engine, writes=False) as session:
            query = select(OutboxMessage).where(OutboxMessage.kind == kind).order_by(OutboxMessage.id)
            rows = list(session.scalars(query))
            session.expunge_all()
            return rows

    def composed(self, kind: str) -> dict[str, EmailMessage]:
        """Each message of `kind`, as the worker would send it, by its recipient's address."""
        found: dict[str, EmailMessage] = {}
        with unit_of_work(self.api.engine, writes=False) as session:
            for message in session.scalars(select(OutboxMessage).where(OutboxMessage.kind == kind)):
                email = compose(session, message, sender=SENDER, public_url="https://jpo.example.org")
                assert email is not None
                found[str(email["To"])] = email
        return found

    def select(self, index: int, who: Person | None = None) -> Any:
        application_id = self.candidates[index].application_id
        return self.post(f"/applications/{application_id}/selection", who or self.selector,
                         {"reason": "The strongest interview."})  # fmt: skip

    def offer(self, index: int, **changes: Any) -> Any:
        application_id = self.candidates[index].application_id
        body = {"conditions": "Two years, renewable for a third.", "start_date": in_days(60).isoformat(),
                "grade": "P-2, step 1", "reply_by": f"{in_days(14).isoformat()}T17:00",
                "reply_zone": "Asia/Seoul", **changes}  # fmt: skip
        return self.post(f"/applications/{application_id}/offer", self.admin, body)

    def selected_and_offered(self, index: int) -> int:
        """Select, confirm and offer candidate `index`; the offer's id."""
        assert self.select(index).status_code == 200
        application_id = self.candidates[index].application_id
        assert self.post(f"/applications/{application_id}/selection/confirm", self.admin).status_code == 200
        made = self.offer(index)
        assert made.status_code == 201, made.text
        return int(made.json()["id"])


def in_days(days: int) -> date:
    return (datetime.now(UTC) + timedelta(days=days)).date()


def recommend(engine: Any, application_id: int, *, recommended: bool = True) -> None:
    """The panel interviews and recommends (or not) an application, as its service will."""
    with unit_of_work(engine) as session:
        application = session.get_one(Application, application_id)
        move(
            session, application=application, to="interviewed", actor="panel", by=None, reason="Interviewed."
        )
        move(session, application=application, to="recommended" if recommended else "not_selected",
             actor="panel", by=None, reason="Recommended: clear evidence on every competency.")  # fmt: skip


def recruitment_of(api: Api, count: int = 3, locales: tuple[str, ...] = ("en", "fr", "en")) -> Recruitment:
    admin = Person("kr@example.org", api.staff("kr@example.org", "admin", sponsor="KR"))
    selector = Person("sel@example.org", api.staff("sel@example.org", "reviewer", organization="OHCHR"))
    vacancy_id = api.vacancy(admin.headers)  # seed 002: OHCHR in Geneva, sponsored by Korea
    candidates = []
    for index in range(count):
        email = f"cand{index}@example.org"
        headers = api.candidate(email, name={"given": f"Ann{index}", "family": "Lee"})
        response = api.apply(headers, vacancy_id, key=f"k{index}")
        assert response.status_code == 201, response.text
        application_id = response.json()["id"]
        for to in ("longlisted", "shortlisted"):
            moved = api.client.post(f"/api/v1/applications/{application_id}/transitions",
                                    json={"to": to, "reason": "Strong fit."}, headers=selector.headers)  # fmt: skip
            assert moved.status_code == 200, moved.text
        recommend(api.engine, application_id)
        with unit_of_work(api.engine) as session:
            user = user_by_email(session, email)
            assert user is not None
            user.locale = locales[index % len(locales)]
        candidates.append(Person(email, headers, application_id))
    return Recruitment(api, vacancy_id, admin, selector, candidates)


@pytest.fixture
def recruitment(api: Api) -> Recruitment:
    return recruitment_of(api)
