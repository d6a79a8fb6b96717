"""The assignment's record: made when the offer is accepted, from the offer and the vacancy; seen by its
parties only; its supervisor named by the host agency; steps due and their reminders on the clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from jpo.assignments.reminders import remind
from jpo.db.assignment_tables import Assignment, LearningObjective
from jpo.db.models import AuditEvent, OutboxMessage
from jpo.db.session import unit_of_work
from jpo.notifications.running import chores
from jpo.notifications.transport import FolderTransport
from jpo.notifications.worker import Worker
from tests.api.conftest import Api
from tests.support.assignment import AssignmentWorld, assignment_of, later


def test_accepting_the_offer_starts_the_assignment_from_the_offer_and_the_tor(world: AssignmentWorld) -> None:
    record = world.get(f"/assignments/{world.assignment_id}", world.jpo).json()
    assert record["status"] == "active" and record["roles"] == ["jpo"]
    assert record["organization"] == "OHCHR" and record["sponsor_country"] == "KR"
    assert record["starts_on"] == (later(60)).date().isoformat()
    # seed 002: "The initial appointment is for 1 year": to the day before the first anniversary
    starts = world.starts_on
    ends = starts.replace(year=starts.year + 1) - timedelta(days=1)
    assert record["ends_on"] == ends.isoformat()
    assert record["funding_years"] == list(range(starts.year, ends.year + 1))
    assert record["supervisor"] == world.supervisor.email
    with unit_of_work(world.api.engine, writes=False) as session:
        learning = list(session.scalars(select(LearningObjective.source)))
    assert learning and all(learning)  # the ToR's learning elements, each with its sentence


def test_each_party_sees_it_and_nobody_else_does(world: AssignmentWorld) -> None:
    path = f"/assignments/{world.assignment_id}"
    roles = {person.email: world.get(path, person) for person in world.people}
    assert roles[world.supervisor.email].json()["roles"] == ["host", "supervisor"]
    assert roles[world.donor.email].json()["roles"] == ["donor"]
    assert roles[world.host.email].json()["roles"] == ["host"]
    assert roles[world.outsider.email].status_code == 404
    assert roles[world.other_donor.email].status_code == 404
    listed = {p.email: [a["id"] for a in world.get("/assignments", p).json()] for p in world.people}
    assert listed[world.jpo.email] == [world.assignment_id] == listed[world.donor.email]
    assert listed[world.outsider.email] == [] == listed[world.other_donor.email]


def test_only_the_host_or_the_donor_names_a_host_staff_member_as_supervisor(api: Api) -> None:
    world = assignment_of(api, supervised=False)
    path = f"/assignments/{world.assignment_id}/supervisor"
    due = world.get(f"/assignments/{world.assignment_id}", world.donor).json()["due"]
    assert [step["code"] for step in due] == ["name_supervisor"]
    assert world.put(path, world.jpo, {"email": world.supervisor.email}).status_code == 403  # a candidate
    assert world.put(path, world.outsider, {"email": world.supervisor.email}).status_code == 404
    refused = world.put(path, world.donor, {"email": world.outsider.email})  # another agency's reviewer
    assert refused.status_code == 422 and refused.json()["field"] == "supervisor"
    assert world.put(path, world.donor, {"email": "nobody@example.org"}).status_code == 422
    assert world.put(path, world.donor, {"email": "a\x00b@example.org"}).status_code == 422
    named = world.put(path, world.donor, {"email": world.colleague.email.upper()})
    assert named.status_code == 200 and named.json()["supervisor"] == world.colleague.email
    told = {message.user_id for message in world.outbox("supervisor_named")}
    assert len(told) == 2  # the supervisor and the JPO
    with unit_of_work(world.api.engine, writes=False) as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "assignment.supervisor"))
        assert event is not None and event.actor_id is not None


def test_a_step_is_reminded_before_its_date_and_when_overdue_once_each(api: Api) -> None:
    world = assignment_of(api, supervised=False)
    assignment = world.assignment()
    with unit_of_work(api.engine) as session:
        assert remind(session, now=later(1)) == 0  # two months ahead: too early
    soon = later(60 - 3)
    with unit_of_work(api.engine) as session:
        first = remind(session, now=soon)
        again = remind(session, now=soon + timedelta(hours=1))
    assert first >= 1 and again == 0  # the host's reviewers, once
    with unit_of_work(api.engine) as session:
        assert remind(session, now=later(61)) == first  # overdue: once more each
        session.get_one(Assignment, assignment.id).status = "ended"
    with unit_of_work(api.engine) as session:
        assert remind(session, now=later(90)) == 0  # an ended assignment has nothing due
    with unit_of_work(api.engine, writes=False) as session:
        kinds = {m.context["code"] for m in session.scalars(select(OutboxMessage)
                 .where(OutboxMessage.kind == "assignment_reminder"))}  # fmt: skip
    assert kinds == {"name_supervisor"}


def test_the_workers_chores_end_the_assignment_after_its_end_date(api: Api, tmp_path: Path) -> None:
    world = assignment_of(api)
    ends = world.assignment().ends_on
    moment = datetime(ends.year, ends.month, ends.day, tzinfo=UTC) + timedelta(days=2)
    worker = Worker(engine=api.engine, transport=FolderTransport(tmp_path), sender="jpo <jpo@example.org>",
                    chores=chores, clock=lambda: moment)  # fmt: skip
    worker.run_once()
    worker.run_once()  # within the minute: the chores wait
    ended = world.assignment()
    assert ended.status == "ended" and ended.end_reason == "end date reached"
    with unit_of_work(api.engine, writes=False) as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent)
                                .where(AuditEvent.action == "assignment.ended"))  # fmt: skip
    assert events == 1
