"""The end-of-assignment report over the API: the JPO's draft saved as often as they like, submitted in
the assignment's last 90 days or after it, then read-only; the supervisor and the donor's admins read it
once submitted (each read audited), the host's other reviewers never; the PDF in English and French."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pypdfium2
from sqlalchemy import select

from jpo.assignments.extension import end_due
from jpo.db.models import AuditEvent
from jpo.db.session import unit_of_work
from tests.support.assignment import AssignmentWorld

SECTIONS = {"achievements": "Set up the monitoring database.", "learning": "Report writing; French.",
            "challenges": "Long travel approvals.", "advice": "Meet the country teams early."}  # fmt: skip


def _path(world: AssignmentWorld, tail: str = "") -> str:
    return f"/assignments/{world.assignment_id}/report{tail}"


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return re.sub(r"\s+", " ", " ".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()


def _reads(world: AssignmentWorld) -> list[AuditEvent]:
    with unit_of_work(world.api.engine, writes=False) as session:
        rows = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "assignment.read")))
        session.expunge_all()
        return [row for row in rows if row.detail and row.detail.get("what") == "end_report"]


def test_the_jpo_drafts_and_submits_in_the_last_90_days_then_it_is_read_only(world: AssignmentWorld) -> None:
    draft = world.put(_path(world), world.jpo, {"achievements": "First draft."})
    assert draft.status_code == 200 and draft.json()["status"] == "draft"
    assert draft.json()["sections"] == {"achievements": "First draft.", "learning": "", "challenges": "",
                                        "advice": ""}  # fmt: skip
    early = world.post(_path(world, "/submit"), world.jpo)
    assert early.status_code == 409 and early.json()["type"].endswith("report-not-open")
    assert world.get(_path(world), world.supervisor).json()["sections"] is None  # a draft is the JPO's
    assert world.get(_path(world, ".pdf"), world.jpo).status_code == 409
    world.on_day(world.assignment().ends_on - timedelta(days=30))
    due = world.get(f"/assignments/{world.assignment_id}", world.jpo).json()["due"]
    assert "end_report" in [step["code"] for step in due]
    incomplete = world.post(_path(world, "/submit"), world.jpo)
    assert incomplete.status_code == 422 and incomplete.json()["field"] == "learning"
    assert world.put(_path(world), world.jpo, SECTIONS).status_code == 200
    submitted = world.post(_path(world, "/submit"), world.jpo)
    assert submitted.status_code == 200 and submitted.json()["status"] == "submitted"
    assert world.put(_path(world), world.jpo, SECTIONS).status_code == 409
    assert world.post(_path(world, "/submit"), world.jpo).json()["type"].endswith("report-submitted")
    due = world.get(f"/assignments/{world.assignment_id}", world.jpo).json()["due"]
    assert "end_report" not in [step["code"] for step in due]


def test_only_the_jpo_writes_and_the_followers_read_it_audited(world: AssignmentWorld) -> None:
    assert world.put(_path(world), world.supervisor, SECTIONS).status_code == 403
    assert world.put(_path(world), world.donor, SECTIONS).status_code == 403
    assert world.get(_path(world), world.colleague).status_code == 403  # the host's other staff
    assert world.get(_path(world), world.outsider).status_code == 404
    assert world.get(_path(world), world.other_donor).status_code == 404
    assert world.put(_path(world), world.jpo, SECTIONS).status_code == 200
    world.on_day(world.assignment().ends_on + timedelta(days=3))
    assert world.post(_path(world, "/submit"), world.jpo).status_code == 200
    assert world.get(_path(world), world.jpo).status_code == 200 and _reads(world) == []  # the JPO: not
    read = world.get(_path(world), world.supervisor).json()
    assert read["sections"] == SECTIONS
    assert world.get(_path(world), world.donor).json()["sections"] == SECTIONS
    readers = {event.actor_id for event in _reads(world)}
    assert len(readers) == 2


def test_limits_and_control_characters_are_refused_and_nothing_is_saved(world: AssignmentWorld) -> None:
    for body in ({"achievements": "x" * 10_001}, {"advice": "a\x00b"}, {"summary": "unknown section"},
                 {"learning": 12}):  # fmt: skip
        refused = world.put(_path(world), world.jpo, body)
        assert refused.status_code == 422, (body, refused.text)
    assert world.get(_path(world), world.jpo).json()["status"] == "none"
    assert world.put(_path(world), world.jpo, {"achievements": "x" * 10_000}).status_code == 200


def test_the_report_after_the_end_and_its_pdf_in_english_and_french(world: AssignmentWorld) -> None:
    ends_on = world.assignment().ends_on
    after = ends_on + timedelta(days=1)
    with unit_of_work(world.api.engine) as session:
        assert end_due(session, datetime(after.year, after.month, after.day, tzinfo=UTC)) == 1
    world.on_day(after)
    due = world.get(f"/assignments/{world.assignment_id}", world.donor).json()["due"]
    assert [(step["code"], step["due_on"]) for step in due] == [
        ("end_report", (ends_on + timedelta(days=30)).isoformat())
    ]
    assert (
        world.put(_path(world), world.jpo, {**SECTIONS, "advice": "Apprenez le français tôt."}).status_code
        == 200
    )
    assert world.post(_path(world, "/submit"), world.jpo).status_code == 200
    english = world.api.client.get("/api/v1" + _path(world, ".pdf"), headers=world.donor.headers)
    assert english.status_code == 200 and english.headers["content-type"] == "application/pdf"
    text = _text(english.content)
    assert "End-of-assignment report" in text and "Set up the monitoring database." in text
    assert "Advice for the next JPO" in text and "Apprenez le français tôt." in text
    french = world.api.client.get("/api/v1" + _path(world, ".pdf"),
                                  headers={**world.jpo.headers, "Accept-Language": "fr"})  # fmt: skip
    text = _text(french.content)
    assert "Rapport de fin d’affectation" in text or "Rapport de fin d'affectation" in text
    assert "Conseils au prochain JPO" in text and "End-of-assignment report" not in text
    assert world.get(_path(world, ".pdf"), world.colleague).status_code == 403
