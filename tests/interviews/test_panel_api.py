"""The kit and the panel through the API: proposed from the ToR, edited, locked when scoring starts;
members invited by address; membership scoped to one vacancy; outsiders refused."""

from __future__ import annotations

from sqlalchemy import select

from jpo.db.models import AuditEvent
from jpo.db.session import unit_of_work
from tests.interviews.conftest import KIT, Panel

M1, M2, M3, RUNNER = "m1@example.org", "m2@example.org", "m3@example.org", "runner@example.org"
OUTSIDER = "outsider@example.org"


def _kit_body(**changes: object) -> dict[str, object]:
    competencies = [
        {"name": n, "indicators": i, "questions": ["Tell us about a time when..."]} for n, i in KIT.items()
    ]
    return {"competencies": competencies, "technical": ["Describe your legal research."], **changes}


def test_the_kit_is_proposed_from_the_tor_edited_then_locked_when_scoring_starts(panel: Panel) -> None:
    kit = f"/vacancies/{panel.world.vacancy}/interview-kit"
    proposed = panel.call(RUNNER, "GET", kit).json()
    assert proposed["saved"] is False and proposed["language"] == "en" and proposed["editable"] is True
    first = proposed["competencies"][0]
    assert first["name"] == "Professionalism" and first["indicators"] == KIT["Professionalism"]
    assert 1 <= len(first["questions"]) <= 3 and first["questions"][0].startswith("Tell us about a time")
    assert any("legal research" in q for q in proposed["technical"])

    saved = panel.call(RUNNER, "PUT", kit, json=_kit_body(version=0))
    assert saved.status_code == 200 and saved.json()["version"] == 1
    stale = panel.call(RUNNER, "PUT", kit, json=_kit_body(version=0))
    assert stale.status_code == 409 and stale.json()["type"].endswith("stale-kit")
    four = _kit_body()
    four["competencies"][0]["questions"] = ["q1", "q2", "q3", "q4"]  # type: ignore[index]
    assert panel.call(RUNNER, "PUT", kit, json=four).status_code == 422
    twice = _kit_body()
    twice["competencies"][1]["name"] = "PROFESSIONALISM"  # type: ignore[index]
    refused = panel.call(RUNNER, "PUT", kit, json=twice)
    assert refused.status_code == 422 and refused.json()["detail"].startswith("competencies")
    assert panel.call(RUNNER, "PUT", kit, json=_kit_body(technical=["x" * 601])).status_code == 422
    assert panel.call(RUNNER, "PUT", kit, json=_kit_body(technical=["bad\x00"])).status_code == 422

    panel.form()
    assert panel.call(M2, "PUT", kit, json=_kit_body()).status_code == 403  # a member who does not run it
    assert panel.call(M2, "GET", kit).status_code == 200
    panel.declare(M1, "c1@example.org")
    panel.score(
        M1, "c1@example.org", {"Professionalism": [3, None], "Communication": [None, None]}, submit=False
    )
    locked = panel.call(RUNNER, "PUT", kit, json=_kit_body())
    assert locked.status_code == 409 and locked.json()["type"].endswith("kit-locked")
    assert panel.call(RUNNER, "GET", kit).json()["locked"] is True
    language = panel.call(RUNNER, "PUT", f"/vacancies/{panel.world.vacancy}/panel", json={"language": "fr"})
    assert language.status_code == 409


def test_members_are_staff_invited_by_address_with_one_chair(panel: Panel) -> None:
    members = f"/vacancies/{panel.world.vacancy}/panel/members"
    for email, code in (("nobody@example.org", 422), ("c1@example.org", 422), ("not an address", 422)):
        response = panel.call(RUNNER, "POST", members, json={"email": email})
        assert response.status_code == code, response.text
    panel.form()
    assert panel.call(RUNNER, "POST", members, json={"email": M2}).status_code == 409
    body = panel.call(RUNNER, "GET", f"/vacancies/{panel.world.vacancy}/panel").json()
    assert [(m["email"], m["role"]) for m in body["members"]] == [
        (M1, "chair"),
        (M2, "member"),
        (M3, "member"),
    ]
    m2 = next(m for m in body["members"] if m["email"] == M2)
    chaired = panel.call(RUNNER, "POST", f"{members}/{m2['id']}/chair").json()
    assert (chaired["members"][0]["email"], chaired["members"][0]["role"]) == (M2, "chair")
    assert sum(m["role"] == "chair" for m in chaired["members"]) == 1
    # A member who has not rated can leave; once they rated, they stay.
    assert panel.call(RUNNER, "DELETE", f"{members}/{m2['id']}").status_code == 204
    assert panel.call(M2, "GET", f"/vacancies/{panel.world.vacancy}/interviews").status_code == 403
    with unit_of_work(panel.api.engine) as session:
        actions = [
            e.action for e in session.scalars(select(AuditEvent).where(AuditEvent.action.like("panel.%")))
        ]
    assert actions.count("panel.member_added") == 3 and "panel.member_removed" in actions


def test_a_scoring_panel_needs_two_members(panel: Panel) -> None:
    panel.form(others=())
    panel.declare(M1, "c1@example.org")
    response = panel.score(M1, "c1@example.org", {"Professionalism": [3, 3], "Communication": [3, 3]})
    assert response.status_code == 409 and response.json()["type"].endswith("panel-incomplete")


def test_membership_opens_one_vacancy_and_nothing_else(panel: Panel) -> None:
    world = panel.world
    panel.form()
    other_members = f"/vacancies/{world.other_vacancy}/panel/members"
    assert (
        panel.call(RUNNER, "POST", other_members, json={"email": OUTSIDER, "role": "chair"}).status_code
        == 201
    )
    # The outsider sits on B's panel: B's candidates, yes; A's kit, panel, candidates and sheets, no.
    listed = panel.call(OUTSIDER, "GET", f"/vacancies/{world.other_vacancy}/interviews")
    assert listed.status_code == 200 and [c["name"] for c in listed.json()] == ["Other Vacancy"]
    for path in (
        f"/vacancies/{world.vacancy}/interview-kit",
        f"/vacancies/{world.vacancy}/panel",
        f"/vacancies/{world.vacancy}/interviews",
        panel.path("c1@example.org", "/sheet"),
        panel.path("c1@example.org", "/my-score"),
        panel.path("c1@example.org", "/report"),
    ):
        assert panel.call(OUTSIDER, "GET", path).status_code == 403, path
    assert panel.declare(OUTSIDER, "c1@example.org").status_code == 403
    # A's members reach neither B's candidates nor B's application through A's path.
    assert panel.call(M2, "GET", f"/vacancies/{world.other_vacancy}/interviews").status_code == 403
    assert panel.call(M1, "GET", panel.path(world.other_application, "/my-score")).status_code == 404
    # An eligible (not shortlisted) candidate is not among the interviews; an unknown vacancy is 404.
    assert panel.call(M1, "GET", panel.path("c4@example.org", "/my-score")).status_code == 404
    assert panel.call(M1, "GET", "/vacancies/999999/interviews").status_code == 404
    # Candidates, other admins and anonymous callers are refused.
    candidate = panel.api.login("c1@example.org")
    assert (
        panel.api.client.get(f"/api/v1/vacancies/{world.vacancy}/interviews", headers=candidate).status_code
        == 403
    )
    assert (
        panel.call("other-admin@example.org", "GET", f"/vacancies/{world.vacancy}/interviews").status_code
        == 403
    )
    assert panel.api.client.get(f"/api/v1/vacancies/{world.vacancy}/interviews").status_code == 401


def test_reading_the_candidates_names_is_audited(panel: Panel) -> None:
    panel.form()
    names = panel.call(M2, "GET", f"/vacancies/{panel.world.vacancy}/interviews").json()
    assert [c["name"] for c in names] == ["Amina Diallo", "Bruno Keller", "Chloé Martin"]
    assert all(c["mine"] == "not_declared" for c in names)
    with unit_of_work(panel.api.engine) as session:
        reads = session.scalars(select(AuditEvent).where(AuditEvent.action == "personal_data.read")).all()
    assert [(e.actor_id, e.reason, (e.detail or {}).get("names")) for e in reads] == [
        (panel.world.ids[M2], "interview panel", True)
    ]
