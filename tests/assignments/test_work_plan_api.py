"""The work plan over the API: proposed from the ToR, edited by the JPO and the supervisor, agreed by both,
versions kept, stale edits refused, limits, reminders at the first month's end, the PDF in EN and FR."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pypdfium2
from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.assignment.calendar import first_month_ends
from jpo.assignments.reminders import remind
from jpo.assignments.work_plan import agreed_objectives, edit_plan, read_plan
from jpo.db.assignment_tables import WorkPlan
from jpo.db.models import AuditEvent, OutboxMessage, User, VacancyRow
from jpo.db.session import unit_of_work
from jpo.errors import ConflictError
from jpo.notifications.compose import compose
from tests.support.assignment import AssignmentWorld


def _path(world: AssignmentWorld) -> str:
    return f"/assignments/{world.assignment_id}/work-plan"


def _document(world: AssignmentWorld) -> dict[str, Any]:
    with unit_of_work(world.api.engine, writes=False) as session:
        return dict(session.get_one(VacancyRow, world.vacancy_id).document)


def _edit(plan: dict[str, Any], **changes: Any) -> list[dict[str, Any]]:
    """The plan's objectives as a client sends them back."""
    return [
        {key: o[key] for key in ("id", "text", "indicators", "due_on")} | changes for o in plan["objectives"]
    ]


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return re.sub(r"\s+", " ", " ".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()


def _count(world: AssignmentWorld) -> int:
    with unit_of_work(world.api.engine, writes=False) as session:
        return len(list(session.scalars(select(WorkPlan.id))))


def test_the_plan_is_proposed_from_every_duty_and_learning_element_with_its_sentence(
    world: AssignmentWorld,
) -> None:
    document = _document(world)
    assert document["duties"] and document["learning_elements"]
    plan = world.get(_path(world), world.jpo).json()
    assert plan["version"] == 1 and plan["status"] == "draft" and plan["may_edit"] and plan["may_agree"]
    sources = [(o["source"]["field"], o["source"]["sentence"]) for o in plan["objectives"]]
    wanted = [("duties", s) for s in document["duties"]] + [
        ("learning_elements", s) for s in document["learning_elements"]
    ]
    assert sources == wanted
    ids = [o["id"] for o in plan["objectives"]]
    assert ids[0] == "d1" and f"l{len(document['learning_elements'])}" in ids and len(set(ids)) == len(ids)
    assert all(o["due_on"] and o["indicators"] == [] for o in plan["objectives"])
    assert world.get(_path(world), world.supervisor).json()["version"] == 1  # proposed once
    assert _count(world) == 1


def test_each_party_edits_the_donor_reads_and_the_others_are_refused(world: AssignmentWorld) -> None:
    path = _path(world)
    plan = world.get(path, world.jpo).json()
    objectives = _edit(plan)
    objectives[0] |= {"text": "Draft two country briefs", "indicators": ["Two briefs by June", " "]}
    objectives.append({"text": "Organise a regional workshop", "indicators": ["Held"], "due_on": None})
    saved = world.put(path, world.jpo, {"version": 1, "objectives": objectives})
    assert saved.status_code == 200, saved.text
    body = saved.json()
    assert body["version"] == 2 and body["created_by"] == world.jpo.email
    first, added = body["objectives"][0], body["objectives"][-1]
    assert first["id"] == "d1" and first["source"]["field"] == "duties"  # the ToR's sentence is kept
    assert first["indicators"] == ["Two briefs by June"]
    assert added["source"] is None and added["id"] not in {o["id"] for o in plan["objectives"]}
    removed = [o for o in _edit(body) if o["id"] != "d1"]
    by_supervisor = world.put(path, world.supervisor, {"version": 2, "objectives": removed})
    assert by_supervisor.status_code == 200 and by_supervisor.json()["version"] == 3
    assert "d1" not in {o["id"] for o in by_supervisor.json()["objectives"]}
    donor = world.get(path, world.donor)
    assert donor.status_code == 200 and not donor.json()["may_edit"] and not donor.json()["may_agree"]
    assert world.put(path, world.donor, {"version": 3, "objectives": removed}).status_code == 403
    assert world.post(f"{path}/agree", world.donor, {"version": 3}).status_code == 403
    assert world.get(path, world.colleague).status_code == 403
    assert world.put(path, world.colleague, {"version": 3, "objectives": removed}).status_code == 403
    for stranger in (world.outsider, world.other_donor):
        assert world.get(path, stranger).status_code == 404
        assert world.put(path, stranger, {"version": 3, "objectives": removed}).status_code == 404
        assert world.get(f"{path}.pdf", stranger).status_code == 404
    assert world.get(f"{path}?version=1", world.donor).json()["status"] == "superseded"
    assert world.get(f"{path}?version=9", world.donor).status_code == 404
    versions = world.get(f"{path}/versions", world.supervisor).json()
    assert [v["version"] for v in versions] == [3, 2, 1]
    with unit_of_work(world.api.engine, writes=False) as session:
        reads = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "assignment.read")))
        readers = {event.actor_id for event in reads if event.detail.get("what") == "work_plan"}
    assert len(readers) == 2  # the supervisor and the donor's admin; the JPO's reads are not audited


def test_both_agree_then_a_change_needs_both_again(world: AssignmentWorld) -> None:
    path = _path(world)
    world.get(path, world.jpo)
    mine = world.post(f"{path}/agree", world.jpo, {"version": 1})
    assert mine.status_code == 200 and mine.json()["jpo_agreed_at"] and mine.json()["status"] == "draft"
    assert world.post(f"{path}/agree", world.jpo, {"version": 1}).status_code == 200  # again: no change
    told = world.outbox("work_plan_agreed_by")
    assert len(told) == 1 and told[0].context["party"] == "jpo"
    both = world.post(f"{path}/agree", world.supervisor, {"version": 1}).json()
    assert both["status"] == "agreed" and both["supervisor_agreed_at"] and not both["may_agree"]
    assert len(world.outbox("work_plan_agreed")) == 2
    with unit_of_work(world.api.engine, writes=False) as session:
        for message in [*world.outbox("work_plan_agreed_by"), *world.outbox("work_plan_agreed")]:
            for locale in ("en", "fr"):
                message.locale = locale
                email = compose(
                    session, message, sender="jpo@example.org", public_url="https://jpo.example.org"
                )
                assert email is not None and "/work-plan" in email.get_content()
                assert ("Plan de travail" if locale == "fr" else "Work plan") in email["Subject"]
    with unit_of_work(world.api.engine, writes=False) as session:
        agreed = [
            e.detail
            for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "work_plan.agreed"))
        ]
        assert [d["party"] for d in agreed] == ["jpo", "supervisor"]
        in_force = agreed_objectives(session, world.assignment_id)
    assert [o["id"] for o in in_force] == [o["id"] for o in both["objectives"]]
    changed = _edit(both)
    changed[0]["text"] = "A revised first objective"
    revised = world.put(path, world.supervisor, {"version": 1, "objectives": changed}).json()
    assert revised["version"] == 2 and revised["status"] == "draft" and revised["jpo_agreed_at"] is None
    assert world.get(f"{path}?version=1", world.jpo).json()["status"] == "agreed"  # still in force
    with unit_of_work(world.api.engine, writes=False) as session:
        assert agreed_objectives(session, world.assignment_id)[0]["text"] != "A revised first objective"
    assert world.post(f"{path}/agree", world.jpo, {"version": 1}).status_code == 409  # the old one
    world.post(f"{path}/agree", world.jpo, {"version": 2})
    world.post(f"{path}/agree", world.supervisor, {"version": 2})
    assert world.get(f"{path}?version=1", world.jpo).json()["status"] == "superseded"
    assert world.get(path, world.jpo).json()["status"] == "agreed"
    with unit_of_work(world.api.engine, writes=False) as session:
        assert agreed_objectives(session, world.assignment_id)[0]["text"] == "A revised first objective"


def test_a_stale_version_is_refused_and_loses_nothing(world: AssignmentWorld) -> None:
    path = _path(world)
    plan = world.get(path, world.jpo).json()
    jpo_edit, supervisor_edit = _edit(plan), _edit(plan)
    jpo_edit[0]["text"] = "The JPO's words"
    supervisor_edit[0]["text"] = "The supervisor's words"
    assert world.put(path, world.jpo, {"version": 1, "objectives": jpo_edit}).status_code == 200
    again = world.put(path, world.jpo, {"version": 1, "objectives": jpo_edit})  # a double submit
    assert again.status_code == 200 and again.json()["version"] == 2
    stale = world.put(path, world.supervisor, {"version": 1, "objectives": supervisor_edit})
    assert stale.status_code == 409 and stale.json()["type"].endswith("work-plan-stale")
    assert world.get(path, world.jpo).json()["objectives"][0]["text"] == "The JPO's words"
    assert _count(world) == 2


def test_limits_and_control_characters_are_refused_and_nothing_is_saved(world: AssignmentWorld) -> None:
    path = _path(world)
    plan = world.get(path, world.jpo).json()
    assignment = world.assignment()
    one = {"text": "An objective", "indicators": [], "due_on": None}
    refused: list[list[dict[str, Any]]] = [
        [],
        [one] * 31,
        [one | {"text": "x" * 1001}],
        [one | {"text": "   "}],
        [one | {"text": "bad\x00text"}],
        [one | {"indicators": ["i"] * 11}],
        [one | {"indicators": ["x" * 301]}],
        [one | {"indicators": ["a\x07b"]}],
        [one | {"due_on": (assignment.ends_on + timedelta(days=1)).isoformat()}],
        [one | {"due_on": (assignment.starts_on - timedelta(days=1)).isoformat()}],
        [one | {"id": "d1"}, one | {"id": "d1"}],
        [one | {"source": {"field": "duties", "sentence": "forged"}}],
    ]
    for objectives in refused:
        answer = world.put(path, world.jpo, {"version": 1, "objectives": objectives})
        assert answer.status_code == 422, (objectives[:1], answer.text)
    assert _count(world) == 1 and world.get(path, world.jpo).json() == plan | {"may_agree": True}
    edge = [
        one | {"text": "x" * 1000, "indicators": ["y" * 300] * 10, "due_on": assignment.ends_on.isoformat()}
    ]
    assert world.put(path, world.jpo, {"version": 1, "objectives": edge * 30}).status_code == 200


def test_both_are_reminded_when_the_first_month_ends_without_agreement(world: AssignmentWorld) -> None:
    api, assignment = world.api, world.assignment()
    due = first_month_ends(assignment.starts_on)

    def agree_steps() -> list[tuple[str, str]]:
        steps = world.get(f"/assignments/{world.assignment_id}", world.donor).json()["due"]
        return [(s["party"], s["due_on"]) for s in steps if s["code"] == "agree_work_plan"]

    assert agree_steps() == [("jpo", due.isoformat()), ("supervisor", due.isoformat())]  # before any reading

    def reminded() -> set[tuple[int | None, bool]]:
        with unit_of_work(api.engine, writes=False) as session:
            rows = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "assignment_reminder"))
            return {(m.user_id, m.context["overdue"]) for m in rows if m.context["code"] == "agree_work_plan"}

    with unit_of_work(api.engine) as session:
        remind(session, now=datetime(due.year, due.month, due.day, 9, tzinfo=UTC) - timedelta(days=3))
    both = {assignment.jpo_id, assignment.supervisor_id}
    assert {user for user, late in reminded() if not late} == both  # a few days before
    with unit_of_work(api.engine) as session:
        remind(session, now=datetime(due.year, due.month, due.day, 9, tzinfo=UTC) + timedelta(days=1))
    assert {user for user, late in reminded() if late} == both  # the month ended without agreement
    world.get(_path(world), world.jpo)
    world.post(f"{_path(world)}/agree", world.jpo, {"version": 1})
    assert agree_steps() == [("supervisor", due.isoformat())]
    world.post(f"{_path(world)}/agree", world.supervisor, {"version": 1})
    assert agree_steps() == []


def test_the_pdf_in_english_and_french(world: AssignmentWorld) -> None:
    path = _path(world)
    plan = world.get(path, world.jpo).json()
    objectives = _edit(plan)
    objectives[0]["indicators"] = ["Two briefs published"]
    world.put(path, world.supervisor, {"version": 1, "objectives": objectives})
    world.post(f"{path}/agree", world.jpo, {"version": 2})
    english = world.get(f"{path}.pdf?lang=en", world.donor)
    assert english.status_code == 200 and english.headers["content-type"] == "application/pdf"
    text = _text(english.content)
    assert "Work plan" in text and "Two briefs published" in text and "Agreed by the JPO" in text
    first = plan["objectives"][0]["source"]["sentence"]
    assert " ".join(first.split()[:6]) in text
    french = _text(world.get(f"{path}.pdf?lang=fr", world.jpo).content)
    assert "Plan de travail" in french and "Objectifs" in french and "Two briefs published" in french
    old = _text(world.get(f"{path}.pdf?version=1&lang=en", world.jpo).content)
    assert "Two briefs published" not in old and "superseded" in old


def test_two_first_readings_or_saves_at_once_make_one_version_each(world: AssignmentWorld) -> None:
    assignment = world.assignment()
    now = datetime(2030, 1, 1, 9, tzinfo=UTC)
    barrier, outcomes = threading.Barrier(2), []

    def at_once(work: Callable[[Session, User], object]) -> None:
        def run(user_id: int | None) -> None:
            barrier.wait()
            try:
                with unit_of_work(world.api.engine, writes=False, now=now) as session:
                    work(session, session.get_one(User, user_id))
                outcomes.append("done")
            except ConflictError as error:
                outcomes.append(error.code)

        threads = [
            threading.Thread(target=run, args=(uid,)) for uid in (assignment.jpo_id, assignment.supervisor_id)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

    at_once(lambda session, user: read_plan(session, actor=user, assignment_id=assignment.id, now=now))
    assert outcomes == ["done", "done"] and _count(world) == 1
    outcomes.clear()
    at_once(
        lambda session, user: edit_plan(
            session, actor=user, assignment_id=assignment.id, version=1, now=now,
            objectives=[{"text": f"By {user.email}", "indicators": [], "due_on": None}],
        )
    )  # fmt: skip
    assert sorted(outcomes) == ["done", "work-plan-stale"] and _count(world) == 2
