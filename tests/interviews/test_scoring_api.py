"""Scoring through the API: each member alone (hidden until they submit), recusal, completion, the
chair's sheet against hand-computed numbers, the recommendation and the report."""

from __future__ import annotations

import re

import pypdfium2
from sqlalchemy import select

from jpo.db.models import Application, AuditEvent, OutboxMessage
from jpo.db.session import unit_of_work
from tests.interviews.conftest import KIT, Panel

M1, M2, M3, RUNNER = "m1@example.org", "m2@example.org", "m3@example.org", "runner@example.org"
# Hand-computed panel of three. Professionalism: m1 (4+3)/2 = 3.5, m2 3, m3 2 -> mean 8.5/3 = 2.83,
# spread 1.5 (flagged), satisfactory. Communication: m1 3, m2 2, m3 3 -> 8/3 = 2.67, spread 1, satisfactory.
# Overall (17/6 + 16/6) / 2 = 2.75.
SCORES = {
    M1: {"Professionalism": [4, 3], "Communication": [3, 3]},
    M2: {"Professionalism": [3, 3], "Communication": [2, 2]},
    M3: {"Professionalism": [2, 2], "Communication": [3, 3]},
}


def _status(panel: Panel, application: str) -> str:
    with unit_of_work(panel.api.engine) as session:
        row = session.get(Application, panel.world.applications[application])
        assert row is not None
        return row.status


def test_no_member_sees_another_s_ratings_before_submitting_their_own(panel: Panel) -> None:
    panel.form()
    for member in (M1, M2, M3):
        assert panel.declare(member, "c1@example.org").status_code == 200
    sheet = panel.path("c1@example.org", "/sheet")
    draft = panel.score(
        M1, "c1@example.org", {"Professionalism": [4, None], "Communication": [None, None]}, submit=False
    )
    assert draft.status_code == 200, draft.text
    assert draft.json()["status"] == "draft"
    # Nobody has submitted: every member (m3 also runs the recruitment) and the runner are refused.
    for member in (M1, M2, M3):
        refused = panel.call(member, "GET", sheet)
        assert refused.status_code == 409 and refused.json()["type"].endswith("submit-first"), refused.text
    assert panel.call(RUNNER, "GET", sheet).json()["type"].endswith("scoring-incomplete")
    # A member's own endpoint shows only their own ratings.
    assert panel.call(M2, "GET", panel.path("c1@example.org", "/my-score")).json()["ratings"] == []

    assert panel.score(M1, "c1@example.org", SCORES[M1]).status_code == 200
    seen = panel.call(M1, "GET", sheet)
    assert seen.status_code == 200, seen.text
    assert {r["member"] for r in seen.json()["ratings"]} == {
        str(m["id"]) for m in seen.json()["members"] if m["email"] == M1
    }
    assert panel.call(M2, "GET", sheet).status_code == 409  # m1 submitting opens nothing to m2
    assert panel.score(M2, "c1@example.org", SCORES[M2]).status_code == 200
    assert panel.call(M3, "GET", sheet).status_code == 409
    assert _status(panel, "c1@example.org") == "shortlisted"
    assert panel.score(M3, "c1@example.org", SCORES[M3]).status_code == 200
    assert _status(panel, "c1@example.org") == "interviewed"

    body = panel.call(RUNNER, "GET", sheet).json()
    lines = {line["competency"]: line for line in body["lines"]}
    assert round(lines["Professionalism"]["mean"], 2) == 2.83
    assert lines["Professionalism"]["spread"] == 1.5 and lines["Professionalism"]["flagged"] is True
    assert lines["Professionalism"]["step"] == "satisfactory"
    assert round(lines["Communication"]["mean"], 2) == 2.67
    assert lines["Communication"]["spread"] == 1.0 and lines["Communication"]["flagged"] is False
    assert body["overall"] == 2.75 and body["complete"] is True and body["name"] == "Amina Diallo"
    # Submitted is final.
    again = panel.score(M1, "c1@example.org", SCORES[M1])
    assert again.status_code == 409 and again.json()["type"].endswith("submitted")
    with unit_of_work(panel.api.engine) as session:
        mails = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "panel_scoring_complete")
        ).all()
        assert [(m.user_id, m.context["application_id"]) for m in mails] == [
            (panel.world.ids[M1], panel.world.applications["c1@example.org"])
        ]
        moves = session.scalars(select(AuditEvent).where(AuditEvent.action == "application.transition")).all()
        assert [(e.detail or {}).get("by") for e in moves] == ["panel"]


def test_a_member_with_a_conflict_is_recused_and_the_others_complete_the_sheet(panel: Panel) -> None:
    panel.form()
    assert (
        panel.declare(M3, "c2@example.org", "conflict").status_code == 422
    )  # a conflict needs its statement
    declared = panel.declare(M3, "c2@example.org", "conflict", "The candidate is my former student.")
    assert declared.status_code == 200
    refused = panel.score(M3, "c2@example.org", SCORES[M3])
    assert refused.status_code == 409 and refused.json()["type"].endswith("recused")
    undeclared = panel.score(M1, "c2@example.org", SCORES[M1])
    assert undeclared.status_code == 409 and undeclared.json()["type"].endswith("not-declared")
    for member in (M1, M2):
        panel.declare(member, "c2@example.org")
        assert panel.score(member, "c2@example.org", SCORES[member]).status_code == 200
    assert _status(panel, "c2@example.org") == "interviewed"
    assert panel.call(M3, "GET", panel.path("c2@example.org", "/sheet")).status_code == 403
    body = panel.call(M1, "GET", panel.path("c2@example.org", "/sheet")).json()
    m3 = next(m for m in body["members"] if m["email"] == M3)
    assert body["standing"][str(m3["id"])] == "recused"
    # Two members: Professionalism (3.5 + 3) / 2 = 3.25, spread 0.5; Communication (3 + 2) / 2 = 2.5.
    lines = {line["competency"]: line for line in body["lines"]}
    assert lines["Professionalism"]["mean"] == 3.25 and lines["Professionalism"]["spread"] == 0.5
    assert lines["Communication"]["mean"] == 2.5 and lines["Communication"]["step"] == "satisfactory"


def test_submitting_needs_every_indicator_rated_with_its_evidence(panel: Panel) -> None:
    panel.form()
    panel.declare(M1, "c1@example.org")
    missing = panel.score(M1, "c1@example.org", {"Professionalism": [4, None], "Communication": [3, 3]})
    assert missing.status_code == 422 and "Remains calm" in missing.json()["detail"]
    ratings = [
        {"competency": c, "indicator": i, "value": 3, "evidence": ""}
        for c, inds in {
            "Professionalism": ["Shows pride in work", "Remains calm in stressful situations"],
            "Communication": ["Speaks and writes clearly", "Listens to others"],
        }.items()
        for i in inds
    ]
    no_evidence = panel.call(
        M1, "POST", panel.path("c1@example.org", "/my-score/submit"), json={"ratings": ratings}
    )
    assert no_evidence.status_code == 422 and "evidence" in no_evidence.json()["detail"]


def test_bad_input_is_one_clear_error_and_writes_nothing(panel: Panel) -> None:
    panel.form()
    panel.declare(M1, "c1@example.org")
    path = panel.path("c1@example.org", "/my-score")
    rating = {"competency": "Professionalism", "indicator": "Shows pride in work", "value": 3}
    for evidence in ("a\x00b", "x" * 4001):
        response = panel.call(M1, "PUT", path, json={"ratings": [{**rating, "evidence": evidence}]})
        assert response.status_code == 422, response.text
    for wrong in ({**rating, "indicator": "Not in the kit"}, {**rating, "value": 5}, {**rating, "value": 0}):
        assert panel.call(M1, "PUT", path, json={"ratings": [wrong]}).status_code == 422
    nul = panel.declare(M2, "c1@example.org", "conflict", "bad\x00statement")
    assert nul.status_code == 422
    assert panel.call(M1, "GET", path).json()["status"] == "not_started"
    assert panel.call(M2, "GET", path).json()["declaration"] is None


def test_the_chair_recommends_and_the_report_says_it_in_the_panel_s_language(panel: Panel) -> None:
    world = panel.world
    assert (
        panel.call(RUNNER, "PUT", f"/vacancies/{world.vacancy}/panel", json={"language": "fr"}).status_code
        == 200
    )
    proposed = panel.call(RUNNER, "GET", f"/vacancies/{world.vacancy}/interview-kit").json()
    assert [c["name"] for c in proposed["competencies"]] == ["Professionnalisme", "Communication"]
    kit = {
        "competencies": [
            {"name": name, "indicators": indicators, "questions": ["Parlez-nous d'un moment..."]}
            for name, indicators in KIT.items()
        ],
        "version": 0,
    }
    assert panel.call(RUNNER, "PUT", f"/vacancies/{world.vacancy}/interview-kit", json=kit).status_code == 200
    panel.form()
    recommendation = panel.path("c1@example.org", "/recommendation")
    early = panel.call(M1, "POST", recommendation, json={"verdict": "recommended", "reasons": "Strong."})
    assert early.status_code == 409 and early.json()["type"].endswith("not-interviewed")
    for member in (M1, M2, M3):
        panel.declare(member, "c1@example.org")
        panel.score(member, "c1@example.org", SCORES[member])
    not_chair = panel.call(M2, "POST", recommendation, json={"verdict": "recommended", "reasons": "Strong."})
    assert not_chair.status_code == 403
    blank = panel.call(M1, "POST", recommendation, json={"verdict": "recommended", "reasons": ""})
    assert blank.status_code == 422
    done = panel.call(
        M1,
        "POST",
        recommendation,
        json={"verdict": "reservations", "reasons": "Solide, mais peu d'expérience du terrain."},
    )
    assert done.status_code == 201, done.text
    assert done.json()["recommendation"]["verdict"] == "reservations"
    assert _status(panel, "c1@example.org") == "recommended"
    twice = panel.call(M1, "POST", recommendation, json={"verdict": "recommended", "reasons": "Again."})
    assert twice.status_code == 409

    assert panel.call(M2, "GET", panel.path("c1@example.org", "/report")).status_code == 403
    report = panel.call(RUNNER, "GET", panel.path("c1@example.org", "/report"))
    assert report.status_code == 200 and report.headers["content-type"] == "application/pdf"
    document = pypdfium2.PdfDocument(report.content)
    try:
        text = re.sub(r"\s+", " ", " ".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()
    assert "Rapport d'entretien" in text and "Amina Diallo" in text
    assert "Moyenne 2,83, écart 1,50 : Satisfaisant" in text
    assert "Recommandé·e avec réserves" in text and "peu d'expérience du terrain" in text
    assert "Moyenne générale : 2,75" in text
    with unit_of_work(panel.api.engine) as session:
        downloads = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "interview.report_downloaded")
        )
        assert [e.actor_id for e in downloads] == [world.ids[RUNNER]]


def test_not_recommended_moves_the_candidate_to_not_selected(panel: Panel) -> None:
    panel.form(others=(M2,))
    for member in (M1, M2):
        panel.declare(member, "c3@example.org")
        panel.score(member, "c3@example.org", SCORES[member])
    assert _status(panel, "c3@example.org") == "interviewed"
    m3_missing = panel.call(
        M1,
        "POST",
        panel.path("c3@example.org", "/recommendation"),
        json={"verdict": "not_recommended", "reasons": "Weak examples throughout."},
    )
    assert m3_missing.status_code == 201
    assert _status(panel, "c3@example.org") == "not_selected"
    listed = panel.call(M1, "GET", f"/vacancies/{panel.world.vacancy}/interviews").json()
    assert {c["name"]: c["verdict"] for c in listed}["Chloé Martin"] == "not_recommended"


def test_a_late_recusal_completes_the_sheet_the_others_had_submitted(panel: Panel) -> None:
    panel.form()
    for member in (M1, M2):
        panel.declare(member, "c2@example.org")
        assert panel.score(member, "c2@example.org", SCORES[member]).status_code == 200
    assert _status(panel, "c2@example.org") == "shortlisted"  # waiting for m3
    assert panel.declare(M3, "c2@example.org", "conflict", "A relative of mine.").status_code == 200
    assert _status(panel, "c2@example.org") == "interviewed"
    again = panel.declare(M1, "c2@example.org", "conflict", "Too late.")
    assert again.status_code == 409 and again.json()["type"].endswith("submitted")
