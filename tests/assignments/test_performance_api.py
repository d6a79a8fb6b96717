"""Performance evaluations over the API: the calendar of a one-year assignment (a mid-point review and
an end-of-cycle evaluation), each step by its party in its order, the JPO's draft hidden from the
supervisor, ratings on the UN scale checked against the work plan and the ToR, a rebuttal answered by the
donor programme, reads audited, steps due, the PDF in English and French."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pypdfium2
from sqlalchemy import func, select

from jpo.db.models import AuditEvent, VacancyRow
from jpo.db.session import unit_of_work
from tests.support.assignment import AssignmentWorld


def _pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(io.BytesIO(data))
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def _agreed_plan(world: AssignmentWorld) -> list[str]:
    """The work plan proposed from the ToR and agreed by both; its objectives' ids."""
    plan = world.get(f"/assignments/{world.assignment_id}/work-plan", world.jpo).json()
    for who in (world.jpo, world.supervisor):
        agreed = world.post(
            f"/assignments/{world.assignment_id}/work-plan/agree", who, {"version": plan["version"]}
        )
        assert agreed.status_code == 200, agreed.text
    return [objective["id"] for objective in plan["objectives"]]


def _listed(world: AssignmentWorld, who: Any = None) -> list[dict[str, Any]]:
    response = world.get(f"/assignments/{world.assignment_id}/evaluations", who or world.jpo)
    assert response.status_code == 200, response.text
    return response.json()


def _path(world: AssignmentWorld, evaluation: dict[str, Any], step: str = "") -> str:
    return f"/assignments/{world.assignment_id}/evaluations/{evaluation['id']}{step}"


def _all(ids: list[str], names: list[str], rating: str = "successfully_meets") -> dict[str, Any]:
    return {"objectives": dict.fromkeys(ids, rating), "competencies": dict.fromkeys(names, rating)}


def test_a_year_has_a_mid_point_review_and_an_end_of_cycle_evaluation_taken_in_turn(
    world: AssignmentWorld,
) -> None:
    ids = _agreed_plan(world)
    calendar = _listed(world)
    assert [(e["cycle"], e["kind"], e["id"]) for e in calendar] == [(1, "midpoint", None), (1, "final", None)]
    world.on_day(world.starts_on + timedelta(days=160))  # the mid-point review is open
    midpoint = _listed(world)[0]
    assert midpoint["id"] is not None and midpoint["status"] == "open"
    path = _path(world, midpoint)
    # the supervisor waits for the self-assessment; the JPO's draft is theirs alone
    early = world.post(path + "/rating", world.supervisor, {"comment": "Good start."})
    assert early.status_code == 409 and early.json()["type"].endswith("evaluation-step")
    draft = world.put(path + "/self-assessment", world.jpo, {"text": "Draft: I led two briefings."})
    assert draft.status_code == 200 and draft.json()["self_assessment"].startswith("Draft")
    assert world.get(path, world.supervisor).json()["self_assessment"] is None
    assert world.get(path, world.donor).json()["self_assessment"] is None
    sent = world.put(path + "/self-assessment", world.jpo, {"text": "I led two briefings.", "submit": True})
    assert sent.json()["status"] == "self_assessed"
    assert world.get(path, world.supervisor).json()["self_assessment"] == "I led two briefings."
    assert world.put(path + "/self-assessment", world.jpo, {"text": "Again"}).status_code == 409
    # a mid-point review: comments required, ratings optional, acknowledged by the JPO
    assert world.post(path + "/rating", world.jpo, {"comment": "Mine."}).status_code == 403
    assert world.post(path + "/rating", world.supervisor, {"comment": ""}).status_code == 422
    rated = world.post(path + "/rating", world.supervisor, {"comment": "On track; more field contact.",
                       "ratings": {"objectives": {ids[0]: "exceeds"}}})  # fmt: skip
    assert rated.status_code == 200 and rated.json()["ratings"]["objectives"] == {ids[0]: "exceeds"}
    assert world.post(path + "/rebuttal", world.jpo, {"text": "No."}).status_code == 409  # mid-point: none
    done = world.post(path + "/acknowledgement", world.jpo, {"comment": "Agreed."})
    assert done.json()["status"] == "acknowledged" and done.json()["jpo_comment"] == "Agreed."

    # the end of the cycle: every objective and competency rated, with an overall rating
    world.on_day(world.assignment().ends_on - timedelta(days=20))
    final = _listed(world)[1]
    path = _path(world, final)
    world.put(path + "/self-assessment", world.jpo, {"text": "A year of results.", "submit": True})
    with unit_of_work(world.api.engine, writes=False) as session:
        competencies = session.get_one(VacancyRow, world.vacancy_id).document["competencies"]
    assert competencies == ["PROFESSIONALISM", "COMMUNICATION", "TEAMWORK", "PLANNING & ORGANIZING"]
    partial = world.post(path + "/rating", world.supervisor, {"comment": "A good year.",
                         "ratings": {"objectives": {ids[0]: "exceeds"}}, "overall": "exceeds"})  # fmt: skip
    assert partial.status_code == 422 and partial.json()["field"] == "objectives"
    unknown = world.post(path + "/rating", world.supervisor, {"comment": "x", "overall": "exceeds",
                         "ratings": {**_all(ids, competencies), "objectives": {"zz9": "exceeds"}}})  # fmt: skip
    assert unknown.status_code == 422
    no_overall = world.post(
        path + "/rating", world.supervisor, {"comment": "x", "ratings": _all(ids, competencies)}
    )
    assert no_overall.status_code == 422 and no_overall.json()["field"] == "overall"
    rated = world.post(path + "/rating", world.supervisor, {"comment": "A good year.", "overall": "partially_meets",
                       "ratings": _all(ids, competencies)})  # fmt: skip
    assert rated.status_code == 200 and rated.json()["overall"] == "partially_meets"
    assert [m.context["code"] for m in world.outbox("evaluation_turn")][-1] == "acknowledge"

    # the JPO disagrees: the donor programme answers, revising the overall rating
    rebutted = world.post(path + "/rebuttal", world.jpo, {"text": "The objectives changed mid-year."})
    assert rebutted.status_code == 200 and rebutted.json()["status"] == "rebutted"
    due = world.get(f"/assignments/{world.assignment_id}", world.donor).json()["due"]
    assert "answer_rebuttal" in [step["code"] for step in due]
    for who in (world.supervisor, world.jpo):
        refused = world.post(path + "/rebuttal-answer", who, {"outcome": "upheld", "reason": "x"})
        assert refused.status_code == 403
    vague = world.post(path + "/rebuttal-answer", world.donor, {"outcome": "revised", "reason": "Fair."})
    assert vague.status_code == 422 and vague.json()["field"] == "overall"
    answered = world.post(path + "/rebuttal-answer", world.donor,
                          {"outcome": "revised", "overall": "successfully_meets", "reason": "The plan changed."})  # fmt: skip
    body = answered.json()
    assert (
        body["status"] == "closed"
        and body["overall"] == "successfully_meets"
        and body["rebuttal_outcome"] == "revised"
    )
    assert {m.user_id for m in world.outbox("evaluation_answered")} and len(
        world.outbox("evaluation_answered")
    ) == 2


def test_only_the_parties_see_evaluations_and_every_other_read_is_audited(world: AssignmentWorld) -> None:
    world.on_day(world.starts_on + timedelta(days=160))
    midpoint = _listed(world)[0]
    path = _path(world, midpoint)
    assert world.get(path, world.colleague).status_code == 403  # the host's other reviewers
    assert world.get(path, world.outsider).status_code == 404
    assert world.get(path, world.other_donor).status_code == 404
    assert world.get(f"/assignments/{world.assignment_id}/evaluations", world.colleague).status_code == 403

    def reads() -> int:
        with unit_of_work(world.api.engine, writes=False) as session:
            return int(session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.action == "assignment.read")) or 0)  # fmt: skip

    before = reads()
    world.get(path, world.jpo)
    assert reads() == before  # the JPO's own
    world.get(path, world.donor)
    world.get(path, world.supervisor)
    world.get(path + "/evaluation.pdf", world.donor)
    assert reads() == before + 3


def test_limits_and_control_characters_are_refused_and_nothing_is_saved(world: AssignmentWorld) -> None:
    world.on_day(world.starts_on + timedelta(days=160))
    path = _path(world, _listed(world)[0])
    for text in ("a\x00b", "x" * 10_001):
        refused = world.put(path + "/self-assessment", world.jpo, {"text": text, "submit": True})
        assert refused.status_code == 422, refused.text
    assert world.get(path, world.jpo).json()["self_assessment"] is None
    assert (
        world.post(path + "/rating", world.supervisor, {"comment": "x", "overall": "superb"}).status_code
        == 422
    )


def test_steps_are_due_in_turn_and_the_pdf_reads_in_both_languages(world: AssignmentWorld) -> None:
    ids = _agreed_plan(world)
    world.on_day(world.starts_on + timedelta(days=160))
    codes = [
        (s["code"], s["kind"])
        for s in world.get(f"/assignments/{world.assignment_id}", world.jpo).json()["due"]
    ]
    assert ("self_assessment", "midpoint") in codes
    path = _path(world, _listed(world)[0])
    world.put(path + "/self-assessment", world.jpo, {"text": "Briefings written.", "submit": True})
    world.post(
        path + "/rating",
        world.supervisor,
        {"comment": "Well done.", "ratings": {"objectives": {ids[0]: "outstanding"}}},
    )
    pdf = world.get(path + "/evaluation.pdf?lang=en", world.jpo)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    text = _pdf_text(pdf.content)
    assert "Mid-point review" in text and "Briefings written." in text and "Outstanding" in text
    french = _pdf_text(world.get(path + "/evaluation.pdf?lang=fr", world.jpo).content)
    assert "Exceptionnel" in french and "Auto-évaluation" in french
