"""An assignment of a test's own, made as in life over HTTP: a recommended candidate selected by the host
agency, confirmed and offered by the donor programme, the offer accepted, the supervisor named; and the
people around it, each signed in: the JPO, the supervisor, the donor's admin, the host's selector, a
reviewer of the same host who is not the supervisor, a reviewer of another agency, an admin of another
donor. `at(moment)` moves the service's clock (and signs everyone in again on it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from jpo.db.assignment_tables import Assignment
from jpo.db.models import OutboxMessage
from jpo.db.session import unit_of_work
from jpo.http.deps import get_now
from tests.api.conftest import Api
from tests.selection.conftest import Person, recruitment_of


@dataclass
class AssignmentWorld:
    api: Api
    assignment_id: int
    vacancy_id: int
    starts_on: date
    jpo: Person
    supervisor: Person
    donor: Person
    host: Person  # the host agency's selector (a reviewer of OHCHR, not the supervisor)
    colleague: Person  # another reviewer of the host agency: neither supervisor nor party to evaluations
    outsider: Person  # a reviewer of another agency
    other_donor: Person  # an admin of another donor programme
    people: list[Person] = field(default_factory=list)

    def at(self, moment: datetime) -> None:
        """The service's clock at `moment` from now on; everyone signed in again on it."""
        self.api.client.app.dependency_overrides[get_now] = lambda: moment  # type: ignore[attr-defined]
        for person in self.people:
            person.headers = self.api.login(person.email)

    def on_day(self, day: date, hour: int = 10) -> None:
        self.at(datetime(day.year, day.month, day.day, hour, tzinfo=UTC))

    def get(self, path: str, who: Person) -> Any:
        return self.api.client.get(f"/api/v1{path}", headers=who.headers)

    def post(self, path: str, who: Person, body: dict[str, Any] | None = None) -> Any:
        return self.api.client.post(f"/api/v1{path}", json=body or {}, headers=who.headers)

    def put(self, path: str, who: Person, body: dict[str, Any] | None = None) -> Any:
        return self.api.client.put(f"/api/v1{path}", json=body or {}, headers=who.headers)

    def assignment(self) -> Assignment:
        with unit_of_work(self.api.engine, writes=False) as session:
            found = session.get_one(Assignment, self.assignment_id)
            session.expunge(found)
            return found

    def outbox(self, kind: str) -> list[OutboxMessage]:
        with unit_of_work(self.api.engine, writes=False) as session:
            rows = list(session.scalars(select(OutboxMessage).where(OutboxMessage.kind == kind)
                                        .order_by(OutboxMessage.id)))  # fmt: skip
            session.expunge_all()
            return rows


def assignment_of(api: Api, *, supervised: bool = True) -> AssignmentWorld:
    """An accepted offer's assignment (seed 002: OHCHR in Geneva, sponsored by Korea, starting in 60 days),
    its supervisor named by the host agency unless `supervised` is False."""
    recruitment = recruitment_of(api, count=1, locales=("en",))
    offer_id = recruitment.selected_and_offered(0)
    jpo = recruitment.candidates[0]
    accepted = api.client.post(f"/api/v1/offers/{offer_id}/accept", headers=jpo.headers)
    assert accepted.status_code == 200, accepted.text
    supervisor = Person("sup@example.org", api.staff("sup@example.org", "reviewer", organization="OHCHR"))
    colleague = Person("col@example.org", api.staff("col@example.org", "reviewer", organization="OHCHR"))
    outsider = Person("out@example.org", api.staff("out@example.org", "reviewer", organization="UNESCO"))
    other = Person("fr@example.org", api.staff("fr@example.org", "admin", sponsor="FR"))
    with unit_of_work(api.engine, writes=False) as session:
        made = session.scalar(select(Assignment).where(Assignment.application_id == jpo.application_id))
        assert made is not None
        assignment_id, starts_on = made.id, made.starts_on
    if supervised:
        named = api.client.put(f"/api/v1/assignments/{assignment_id}/supervisor",
                               json={"email": supervisor.email}, headers=recruitment.selector.headers)  # fmt: skip
        assert named.status_code == 200, named.text
    people = [jpo, supervisor, recruitment.admin, recruitment.selector, colleague, outsider, other]
    return AssignmentWorld(api, assignment_id, recruitment.vacancy_id, starts_on, jpo, supervisor,
                           recruitment.admin, recruitment.selector, colleague, outsider, other, people)  # fmt: skip


def later(days: int) -> datetime:
    return datetime.now(UTC) + timedelta(days=days)
