"""Supervision over the API: check-ins, learning objectives and training written by the JPO and the
supervisor, read by the donor's admins (audited), refused to the host's other reviewers and unknown to
everyone else; limits, control characters and dates refused with nothing saved; an objective's update
never lost to another made at the same time."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from jpo.assignments.reminders import remind
from jpo.db.assignment_tables import Assignment, CheckIn, LearningObjective, Training
from jpo.db.models import AuditEvent, OutboxMessage
from jpo.db.session import unit_of_work
from tests.support.assignment import AssignmentWorld


def _in_post(world: AssignmentWorld, days: int = 20) -> str:
    """The clock `days` into the assignment; the supervision's base path."""
    world.on_day(world.starts_on + timedelta(days=days))
    return f"/assignments/{world.assignment_id}"


def _note(world: AssignmentWorld, days: int = 10, **overrides: Any) -> dict[str, Any]:
    held = world.starts_on + timedelta(days=days)
    return {"held_on": held.isoformat(), "topics": "Work plan, first field mission", "actions": "JPO: draft",
            **overrides}  # fmt: skip


def _count(world: AssignmentWorld, table: Any) -> int:
    with unit_of_work(world.api.engine, writes=False) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _events(world: AssignmentWorld, action: str) -> list[AuditEvent]:
    with unit_of_work(world.api.engine, writes=False) as session:
        rows = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))
        )
        session.expunge_all()
        return rows


def test_the_jpo_and_the_supervisor_write_the_donor_reads_the_host_is_refused_others_never_know(
    world: AssignmentWorld,
) -> None:
    base = _in_post(world)
    mine = world.post(base + "/check-ins", world.jpo, _note(world, 3))
    theirs = world.post(base + "/check-ins", world.supervisor, _note(world, 10, topics="Security briefing"))
    assert mine.status_code == 201 and theirs.status_code == 201, (mine.text, theirs.text)
    assert mine.json()["author"] == "jpo" and theirs.json()["author"] == "supervisor"
    assert world.post(base + "/check-ins", world.donor, _note(world)).status_code == 403
    assert world.post(base + "/check-ins", world.colleague, _note(world)).status_code == 403
    assert world.get(base + "/check-ins", world.colleague).status_code == 403
    for stranger in (world.outsider, world.other_donor):
        for path in ("/check-ins", "/learning-objectives", "/trainings"):
            assert world.get(base + path, stranger).status_code == 404
        assert world.post(base + "/check-ins", stranger, _note(world)).status_code == 404
    read = world.get(base + "/check-ins", world.donor)
    assert read.status_code == 200
    assert [note["topics"] for note in read.json()] == ["Security briefing", "Work plan, first field mission"]
    assert not any(note["mine"] for note in read.json())
    assert world.get(base + "/learning-objectives", world.donor).status_code == 200
    assert world.get(base + "/trainings", world.donor).status_code == 200
    assert (
        world.post(base + "/trainings", world.donor, {"title": "x", "starts_on": "2027-01-01"}).status_code
        == 403
    )
    assert _count(world, CheckIn) == 2


def test_reads_by_anyone_but_the_jpo_are_audited(world: AssignmentWorld) -> None:
    base = _in_post(world)
    world.get(base + "/check-ins", world.jpo)
    world.get(base + "/learning-objectives", world.jpo)
    assert _events(world, "assignment.read") == []
    world.get(base + "/check-ins", world.donor)
    world.get(base + "/learning-objectives", world.supervisor)
    world.get(base + "/trainings", world.donor)
    reads = [(event.actor_id, event.subject_id, event.detail) for event in _events(world, "assignment.read")]
    assert [detail["what"] for _actor, _subject, detail in reads if detail] == [
        "check_ins", "learning_objectives", "trainings"
    ]  # fmt: skip
    assert {subject for _actor, subject, _detail in reads} == {world.assignment_id}


def test_the_author_alone_corrects_or_deletes_a_note_and_the_trail_keeps_both_versions(
    world: AssignmentWorld,
) -> None:
    base = _in_post(world)
    note = world.post(base + "/check-ins", world.jpo, _note(world)).json()
    path = f"{base}/check-ins/{note['id']}"
    assert world.put(path, world.supervisor, _note(world, topics="Not mine")).status_code == 403
    assert world.api.client.delete(f"/api/v1{path}", headers=world.supervisor.headers).status_code == 403
    assert world.put(path, world.donor, _note(world)).status_code == 403
    corrected = world.put(path, world.jpo, _note(world, 12, topics="Work plan and mission", actions=""))
    assert corrected.status_code == 200 and corrected.json()["topics"] == "Work plan and mission"
    [event] = _events(world, "assignment.check_in.corrected")
    assert event.detail is not None and event.actor_id is not None
    assert event.detail["before"]["topics"] == "Work plan, first field mission"
    assert event.detail["after"] == {"held_on": (world.starts_on + timedelta(days=12)).isoformat(),
                                     "topics": "Work plan and mission", "actions": ""}  # fmt: skip
    other = f"{base}/check-ins/{note['id'] + 1000}"
    assert world.put(other, world.jpo, _note(world)).status_code == 404
    assert world.api.client.delete(f"/api/v1{path}", headers=world.jpo.headers).status_code == 204
    assert _count(world, CheckIn) == 0
    [deleted] = _events(world, "assignment.check_in.deleted")
    assert deleted.detail is not None and deleted.detail["before"]["topics"] == "Work plan and mission"


def test_over_long_text_control_characters_and_impossible_days_save_nothing(world: AssignmentWorld) -> None:
    base = _in_post(world, 20)
    today = world.starts_on + timedelta(days=20)
    refused = [
        _note(world, topics="x" * 5001),
        _note(world, actions="y" * 5001),
        _note(world, topics="a\x00b"),
        _note(world, actions="a\x07b"),
        _note(world, topics="   "),
        _note(world, 22),  # two days ahead of today
        _note(world, -8),  # more than a week before the start
    ]
    for body in refused:
        answer = world.post(base + "/check-ins", world.jpo, body)
        assert answer.status_code == 422, (body, answer.text)
    future = world.post(base + "/check-ins", world.jpo, _note(world, 22)).json()
    assert future["field"] == "held_on" and future["type"].endswith("date-in-future")
    assert _count(world, CheckIn) == 0
    assert world.post(base + "/check-ins", world.jpo, _note(world, 20, topics="x" * 5000)).status_code == 201
    assert world.post(base + "/check-ins", world.jpo, _note(world, -7)).status_code == 201
    assert today.isoformat() in world.get(base + "/check-ins", world.jpo).text
    note = world.get(base + "/check-ins", world.jpo).json()[0]
    corrected = world.put(f"{base}/check-ins/{note['id']}", world.jpo, _note(world, 20, topics="a\x00"))
    assert corrected.status_code == 422
    assert world.get(base + "/check-ins", world.jpo).json()[0]["topics"] == "x" * 5000


def _objectives(world: AssignmentWorld, who: Any = None) -> list[dict[str, Any]]:
    answer = world.get(f"/assignments/{world.assignment_id}/learning-objectives", who or world.jpo)
    assert answer.status_code == 200, answer.text
    return list(answer.json())


def test_learning_objectives_come_from_the_tor_and_the_parties_mark_and_add_them(
    world: AssignmentWorld,
) -> None:
    base = _in_post(world)
    tor = _objectives(world)
    assert tor and all(item["source"] and item["progress"] == "not_started" for item in tor)
    first = tor[0]
    path = f"{base}/learning-objectives/{first['id']}"
    body = {"progress": "in_progress", "note": "Two courses done", "updated_at": first["updated_at"]}
    marked = world.put(path, world.supervisor, body)
    assert marked.status_code == 200 and marked.json()["progress"] == "in_progress"
    [event] = _events(world, "assignment.learning.updated")
    assert event.detail is not None and event.detail["before"] == {"progress": "not_started", "note": None}
    assert (
        world.put(path, world.donor, {**body, "updated_at": marked.json()["updated_at"]}).status_code == 403
    )
    bad = world.put(path, world.jpo, {**body, "progress": "done", "updated_at": marked.json()["updated_at"]})
    assert bad.status_code == 422
    nul = world.put(path, world.jpo, {**body, "note": "a\x00", "updated_at": marked.json()["updated_at"]})
    assert nul.status_code == 422
    # The ToR's objectives are marked, never removed.
    removed = world.api.client.delete(f"/api/v1{path}", headers=world.jpo.headers)
    assert removed.status_code == 409 and removed.json()["type"].endswith("tor-objective")
    added = world.post(base + "/learning-objectives", world.jpo, {"text": "Lead a workshop in French"})
    assert added.status_code == 201 and added.json()["source"] is None
    assert world.post(base + "/learning-objectives", world.jpo, {"text": "x" * 1001}).status_code == 422
    assert world.post(base + "/learning-objectives", world.jpo, {"text": "a\x00"}).status_code == 422
    own = f"{base}/learning-objectives/{added.json()['id']}"
    assert world.api.client.delete(f"/api/v1{own}", headers=world.supervisor.headers).status_code == 403
    assert world.api.client.delete(f"/api/v1{own}", headers=world.jpo.headers).status_code == 204
    assert len(_objectives(world)) == len(tor)


def test_an_update_made_on_an_old_version_is_refused_not_lost(world: AssignmentWorld) -> None:
    base = _in_post(world)
    seen = _objectives(world)[0]
    path = f"{base}/learning-objectives/{seen['id']}"
    first = world.put(
        path, world.jpo, {"progress": "in_progress", "note": "JPO's", "updated_at": seen["updated_at"]}
    )
    second = world.put(path, world.supervisor,
                       {"progress": "achieved", "note": "Supervisor's", "updated_at": seen["updated_at"]})  # fmt: skip
    assert first.status_code == 200 and second.status_code == 409
    assert second.json()["type"].endswith("stale")
    now = _objectives(world)[0]
    assert (now["progress"], now["note"]) == ("in_progress", "JPO's")
    # Same clock, same microsecond: the version still moves, so a third writer on the first's is refused too.
    again = world.put(
        path, world.supervisor, {"progress": "achieved", "note": None, "updated_at": now["updated_at"]}
    )
    assert again.status_code == 200 and again.json()["updated_at"] != now["updated_at"]
    assert (
        world.put(path, world.jpo, {"progress": "not_started", "updated_at": now["updated_at"]}).status_code
        == 409
    )


def test_two_parties_updating_at_once_one_wins_the_other_is_told(world: AssignmentWorld) -> None:
    base = _in_post(world)
    seen = _objectives(world)[0]
    path = f"/api/v1{base}/learning-objectives/{seen['id']}"
    start = threading.Barrier(2)
    answers: dict[str, int] = {}

    def update(who: Any, progress: str) -> None:
        start.wait()
        body = {"progress": progress, "note": who.email, "updated_at": seen["updated_at"]}
        answers[who.email] = world.api.client.put(path, json=body, headers=who.headers).status_code

    threads = [threading.Thread(target=update, args=(world.jpo, "in_progress")),
               threading.Thread(target=update, args=(world.supervisor, "achieved"))]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers.values()) == [200, 409], answers
    winner = next(email for email, code in answers.items() if code == 200)
    assert _objectives(world)[0]["note"] == winner
    assert len(_events(world, "assignment.learning.updated")) == 1


def _training(**overrides: Any) -> dict[str, Any]:
    return {
        "title": "UN Security in the Field",
        "provider": "UNDSS",
        "starts_on": "",
        "hours": 8,
        **overrides,
    }


def test_training_is_recorded_corrected_and_removed_within_limits(world: AssignmentWorld) -> None:
    base = _in_post(world)
    day = (world.starts_on + timedelta(days=5)).isoformat()
    made = world.post(base + "/trainings", world.jpo, _training(starts_on=day, ends_on=day, note="Online"))
    assert made.status_code == 201, made.text
    for body in (
        _training(
            starts_on=day, ends_on=(world.starts_on + timedelta(days=4)).isoformat()
        ),  # ends before start
        _training(starts_on=day, hours=2001),
        _training(starts_on=day, hours=-1),
        _training(starts_on=day, title="x" * 301),
        _training(starts_on=day, title="a\x00b"),
        _training(starts_on=day, note="n" * 5001),
        _training(starts_on=(world.starts_on + timedelta(days=800)).isoformat()),  # after the assignment
    ):
        assert world.post(base + "/trainings", world.supervisor, body).status_code == 422, body
    assert _count(world, Training) == 1
    path = f"{base}/trainings/{made.json()['id']}"
    fixed = world.put(path, world.supervisor, _training(starts_on=day, hours=16, provider=None))
    assert fixed.status_code == 200 and fixed.json()["hours"] == 16 and fixed.json()["provider"] is None
    [event] = _events(world, "assignment.training.corrected")
    assert (
        event.detail is not None
        and event.detail["before"]["hours"] == 8
        and event.detail["after"]["hours"] == 16
    )
    assert world.put(path, world.jpo, _training(starts_on=day, hours=2001)).status_code == 422
    assert world.api.client.delete(f"/api/v1{path}", headers=world.donor.headers).status_code == 403
    assert world.api.client.delete(f"/api/v1{path}", headers=world.jpo.headers).status_code == 204
    assert world.get(base + "/trainings", world.jpo).json() == []


def test_an_ended_assignment_is_read_but_not_written(world: AssignmentWorld) -> None:
    base = _in_post(world)
    assert world.post(base + "/check-ins", world.jpo, _note(world)).status_code == 201
    with unit_of_work(world.api.engine) as session:
        session.get_one(Assignment, world.assignment_id).status = "ended"
    refused = world.post(base + "/check-ins", world.jpo, _note(world))
    assert refused.status_code == 409 and refused.json()["type"].endswith("assignment-ended")
    assert len(world.get(base + "/check-ins", world.jpo).json()) == 1
    with unit_of_work(world.api.engine, writes=False) as session:
        assert session.scalar(select(func.count()).select_from(LearningObjective)) == len(_objectives(world))


def _check_in_steps(world: AssignmentWorld) -> list[dict[str, Any]]:
    due = world.get(f"/assignments/{world.assignment_id}", world.donor).json()["due"]
    return [step for step in due if step["code"] == "check_in"]


def test_a_month_without_a_check_in_becomes_the_supervisors_step_and_is_reminded_once(
    world: AssignmentWorld,
) -> None:
    start = world.starts_on
    base = _in_post(world, 10)
    assert _check_in_steps(world) == []
    world.on_day(start + timedelta(days=24))  # within the reminder's week before day 30
    [step] = _check_in_steps(world)
    assert (step["party"], step["due_on"], step["overdue"]) == (
        "supervisor",
        (start + timedelta(days=30)).isoformat(),
        False,
    )
    assert world.post(base + "/check-ins", world.jpo, _note(world, 24)).status_code == 201
    assert _check_in_steps(world) == []
    late = start + timedelta(days=24 + 31)
    world.on_day(late)
    [step] = _check_in_steps(world)
    assert step["overdue"] and step["due_on"] == (start + timedelta(days=54)).isoformat()

    def reminded() -> list[int]:
        with unit_of_work(world.api.engine, writes=False) as session:
            rows = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "assignment_reminder"))
            return [row.user_id for row in rows if row.context.get("code") == "check_in"]

    with unit_of_work(world.api.engine) as session:
        remind(session, now=datetime(late.year, late.month, late.day, 9, tzinfo=UTC))
        remind(session, now=datetime(late.year, late.month, late.day, 10, tzinfo=UTC))
    supervisor_id = world.assignment().supervisor_id
    assert reminded() == [supervisor_id]  # overdue, once


def test_the_same_note_training_or_objective_sent_twice_is_kept_once(world: AssignmentWorld) -> None:
    base = _in_post(world)
    first = world.post(base + "/check-ins", world.jpo, _note(world))
    again = world.post(base + "/check-ins", world.jpo, _note(world))
    assert first.json()["id"] == again.json()["id"] and _count(world, CheckIn) == 1
    assert world.post(base + "/check-ins", world.supervisor, _note(world)).json()["id"] != first.json()["id"]
    day = (world.starts_on + timedelta(days=5)).isoformat()
    trained = [
        world.post(base + "/trainings", world.jpo, _training(starts_on=day)).json()["id"] for _ in "ab"
    ]
    assert trained[0] == trained[1] and _count(world, Training) == 1
    objectives = _count(world, LearningObjective)
    added = [
        world.post(base + "/learning-objectives", world.jpo, {"text": "Mentor"}).json()["id"] for _ in "ab"
    ]
    assert added[0] == added[1] and _count(world, LearningObjective) == objectives + 1
