"""A written assessment end to end over the API: set by the runner, taken by shortlisted candidates
against the clock, marked blind by two markers, moderated, and the results by pseudonym; numbers by hand."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from jpo.applications.staff import pseudonym
from jpo.db.models import Application, AuditEvent, OutboxMessage
from jpo.db.session import unit_of_work
from tests.api.conftest import Api
from tests.assessments.conftest import CLOSES, OPENS, Clock, World, assessment_body


def _set(api: Api, world: World, **changes: Any) -> Any:
    return api.client.put(f"/api/v1/vacancies/{world.vacancy}/assessment", json=assessment_body(**changes),
                          headers=api.login("runner@example.org"))  # fmt: skip


def _type(response: Any) -> str:
    return str(response.json().get("type", "")).removeprefix("urn:jpo:problem:")


def _sitting(world: World, email: str) -> str:
    return f"/api/v1/applications/{world.applications[email]}/assessment"


def _sat(api: Api, world: World, clock: Clock) -> dict[str, str]:
    """Set and invite; c1 hands in early, c2 at the time limit, c3 never starts. Their sheet numbers."""
    assert _set(api, world).status_code == 201
    runner = api.login("runner@example.org")
    invited = api.client.post(f"/api/v1/vacancies/{world.vacancy}/assessment/invitations", headers=runner)
    assert invited.json() == {"invited": 3}
    clock.now = OPENS + timedelta(minutes=10)
    c1 = api.login("c1@example.org")
    assert api.client.post(_sitting(world, "c1@example.org") + "/start", headers=c1).status_code == 200
    for task, text in ((0, "The brief."), (1, "Dear partner,")):
        saved = api.client.put(_sitting(world, "c1@example.org") + f"/answers/{task}", json={"text": text},
                               headers=c1)  # fmt: skip
        assert saved.status_code == 200, saved.text
    assert api.client.post(_sitting(world, "c1@example.org") + "/submit", headers=c1).status_code == 200
    c2 = api.login("c2@example.org")
    assert api.client.post(_sitting(world, "c2@example.org") + "/start", headers=c2).status_code == 200
    api.client.put(
        _sitting(world, "c2@example.org") + "/answers/0", json={"text": "Half a brief"}, headers=c2
    )
    clock.now += timedelta(minutes=95)  # past c2's 90 minutes
    numbers = {}
    with unit_of_work(api.engine) as session:
        from jpo.db.assessment_tables import AssessmentSitting

        for email in ("c1@example.org", "c2@example.org", "c3@example.org"):
            sitting = session.scalar(
                select(AssessmentSitting).filter_by(application_id=world.applications[email])
            )
            assert sitting is not None
            numbers[email] = sitting.answer_number
    return numbers


def test_the_runner_sets_edits_and_invites_and_others_may_not(api: Api, world: World, clock: Clock) -> None:
    created = _set(api, world)
    assert created.status_code == 201, created.text
    assert created.json()["maximum"] == 20 and created.json()["locked"] is False
    assert _set(api, world, minutes=60).json()["minutes"] == 60  # edited before anyone starts
    for email in ("outsider@example.org", "other-admin@example.org"):
        refused = api.client.put(f"/api/v1/vacancies/{world.vacancy}/assessment", json=assessment_body(),
                                 headers=api.login(email))  # fmt: skip
        assert refused.status_code == 403, (email, refused.text)
    as_candidate = api.client.get(
        f"/api/v1/vacancies/{world.vacancy}/assessment", headers=api.login("c1@example.org")
    )
    assert as_candidate.status_code == 403
    unknown = _set(api, world, markers=["m1@example.org", "c1@example.org"])
    assert unknown.status_code == 422 and unknown.json()["field"] == "markers.1"
    twice = _set(api, world, markers=["m1@example.org", "M1@example.org"])
    assert twice.status_code == 422 and twice.json()["field"] == "markers.1"
    backwards = _set(api, world, closes_at=(OPENS - timedelta(hours=1)).isoformat())
    assert backwards.status_code == 422 and backwards.json()["field"] == "closes_at"
    nul = _set(api, world, tasks=[{"title": "A\x00", "instructions": "x"}])
    assert nul.status_code == 422
    runner = api.login("runner@example.org")
    assert api.client.post(
        f"/api/v1/vacancies/{world.vacancy}/assessment/invitations", headers=runner
    ).json() == {"invited": 3}
    again = api.client.post(f"/api/v1/vacancies/{world.vacancy}/assessment/invitations", headers=runner)
    assert again.json() == {"invited": 0}  # each candidate is invited once
    with unit_of_work(api.engine) as session:
        letters = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "assessment_invitation")
        ).all()
        assert sorted(m.user_id for m in letters) == sorted(world.ids[f"c{n}@example.org"] for n in (1, 2, 3))
    none = api.client.get(f"/api/v1/vacancies/{world.other_vacancy}/assessment", headers=runner)
    assert none.status_code == 404


def test_a_sitting_keeps_its_answers_and_ends_at_its_time_limit(api: Api, world: World, clock: Clock) -> None:
    assert _set(api, world).status_code == 201
    api.client.post(f"/api/v1/vacancies/{world.vacancy}/assessment/invitations",
                    headers=api.login("runner@example.org"))  # fmt: skip
    c1, url = api.login("c1@example.org"), _sitting(world, "c1@example.org")
    early = api.client.post(url + "/start", headers=c1)
    assert early.status_code == 409 and _type(early) == "assessment-not-open"
    before = api.client.get(url, headers=c1).json()
    assert before["state"] == "not_started" and before["tasks"] == []  # the tasks stay closed until Start
    assert (
        api.client.get(_sitting(world, "c4@example.org"), headers=api.login("c4@example.org")).status_code
        == 404
    )
    assert api.client.get(url, headers=api.login("c2@example.org")).status_code == 404  # another's
    clock.now = OPENS + timedelta(minutes=5)
    c1 = api.login("c1@example.org")  # a token lives 12 hours on the test's clock too
    started = api.client.post(url + "/start", headers=c1).json()
    assert started["state"] == "in_progress" and len(started["tasks"]) == 2
    assert started["due_at"].startswith((OPENS + timedelta(minutes=95)).isoformat()[:19])
    assert api.client.put(url + "/answers/0", json={"text": "First draft"}, headers=c1).status_code == 200
    assert api.client.put(url + "/answers/0", json={"text": "Second draft"}, headers=c1).status_code == 200
    assert api.client.get(url, headers=c1).json()["answers"] == {"0": "Second draft"}  # a reload finds it
    assert api.client.post(url + "/start", headers=c1).json()["started_at"] == started["started_at"]
    locked = _set(api, world, minutes=30, closes_at=(CLOSES + timedelta(days=1)).isoformat())
    assert locked.status_code == 409 and _type(locked) == "assessment-locked"
    nul = api.client.put(url + "/answers/1", json={"text": "bad\x00"}, headers=c1)
    assert nul.status_code == 422
    huge = api.client.put(url + "/answers/1", json={"text": "x" * 20_001}, headers=c1)
    assert huge.status_code == 422
    assert api.client.put(url + "/answers/7", json={"text": "x"}, headers=c1).status_code in (404, 422)
    clock.now = OPENS + timedelta(minutes=95)  # exactly the due time
    late = api.client.put(url + "/answers/0", json={"text": "Too late"}, headers=api.login("c1@example.org"))
    assert late.status_code == 409 and _type(late) == "assessment-submitted"
    after = api.client.get(url, headers=api.login("c1@example.org")).json()
    assert after["state"] == "submitted" and after["answers"] == {"0": "Second draft"}
    again = api.client.post(url + "/submit", headers=api.login("c1@example.org"))
    assert again.status_code == 409 and _type(again) == "assessment-submitted"


def test_the_window_closing_cuts_a_sitting_short(api: Api, world: World, clock: Clock) -> None:
    assert _set(api, world).status_code == 201
    api.client.post(f"/api/v1/vacancies/{world.vacancy}/assessment/invitations",
                    headers=api.login("runner@example.org"))  # fmt: skip
    clock.now = CLOSES - timedelta(minutes=30)
    started = api.client.post(
        _sitting(world, "c3@example.org") + "/start", headers=api.login("c3@example.org")
    )
    assert started.json()["due_at"].startswith(CLOSES.isoformat()[:19])  # 30 minutes, not 90
    clock.now = CLOSES
    closed = api.client.post(
        _sitting(world, "c2@example.org") + "/start", headers=api.login("c2@example.org")
    )
    assert closed.status_code == 409 and _type(closed) == "assessment-closed"


def _mark(api: Api, email: str, number: str, analysis: int, writing: int) -> Any:
    return api.client.post(f"/api/v1/assessment-sheets/{number}/marks", headers=api.login(email),
                           json={"marks": {"Analysis": analysis, "Writing": writing}, "comment": "Fine."})  # fmt: skip


def test_blind_double_marking_moderation_and_results(api: Api, world: World, clock: Clock) -> None:
    numbers = _sat(api, world, clock)
    one, two = numbers["c1@example.org"], numbers["c2@example.org"]
    m1, m2 = api.login("m1@example.org"), api.login("m2@example.org")
    refused = api.client.get(f"/api/v1/assessment-sheets/{one}", headers=m1)
    assert refused.status_code == 403 and _type(refused) == "declaration-required"
    assert api.client.get("/api/v1/assessment-sheets", headers=m1).json()[0]["sheets"] == []
    assert (
        api.client.get(f"/api/v1/assessment-sheets/{one}", headers=api.login("m3@example.org")).status_code
        == 404
    )
    for headers in (m1, m2):
        declared = api.client.post(f"/api/v1/vacancies/{world.vacancy}/assessment/declaration",
                                   json={"conflict": False}, headers=headers)  # fmt: skip
        assert declared.status_code == 201, declared.text
    twice = api.client.post(f"/api/v1/vacancies/{world.vacancy}/assessment/declaration", json={"conflict": False},
                            headers=m1)  # fmt: skip
    assert twice.status_code == 409
    queue = api.client.get("/api/v1/assessment-sheets", headers=m1).json()
    assert sorted(s["number"] for s in queue[0]["sheets"]) == sorted([one, two])  # c3 never sat
    # c1's sheet: 7 + 8 = 15 and 6 + 7 = 13, two apart (spread 3): the mark is their mean, 14.
    assert _mark(api, "m1@example.org", one, 7, 8).status_code == 201
    hidden = api.client.get(f"/api/v1/assessment-sheets/{one}", headers=m2).json()
    assert hidden["mine"] is None and hidden["others"] == []  # m1's marks stay hidden from m2 until m2 marks
    assert _mark(api, "m1@example.org", one, 7, 8).status_code == 409  # a double submit
    over = _mark(api, "m2@example.org", one, 11, 7)
    assert over.status_code == 422 and over.json()["field"] == "marks.Analysis"
    shown = _mark(api, "m2@example.org", one, 6, 7).json()
    assert (
        shown["others"][0]["total"] == 15
        and shown["mine"]["total"] == 13
        and shown["needs_moderation"] is False
    )
    # c2's sheet: 8 + 8 = 16 and 5 + 6 = 11, five apart: moderation.
    _mark(api, "m1@example.org", two, 8, 8)
    assert _mark(api, "m2@example.org", two, 5, 6).json()["needs_moderation"] is True
    runner = api.login("runner@example.org")
    overview = api.client.get(f"/api/v1/vacancies/{world.vacancy}/assessment", headers=runner).json()
    assert overview["results"] is None
    assert {s["number"]: (s["totals"], s["mark"], s["needs_moderation"]) for s in overview["sheets"]} == {
        one: ([15.0, 13.0], 14.0, False), two: ([16.0, 11.0], None, True)}  # fmt: skip
    by_marker = api.client.post(f"/api/v1/assessment-sheets/{two}/moderation", headers=m1,
                                json={"mark": 13, "reason": "mine"})  # fmt: skip
    assert by_marker.status_code == 403 and _type(by_marker) == "marker-moderates"  # m1 runs it too
    no_reason = api.client.post(f"/api/v1/assessment-sheets/{two}/moderation", headers=runner,
                                json={"mark": 13, "reason": "  "})  # fmt: skip
    assert no_reason.status_code == 422 and no_reason.json()["field"] == "reason"
    not_needed = api.client.post(f"/api/v1/assessment-sheets/{one}/moderation", headers=runner,
                                 json={"mark": 13, "reason": "x"})  # fmt: skip
    assert not_needed.status_code == 409
    moderated = api.client.post(f"/api/v1/assessment-sheets/{two}/moderation", headers=runner,
                                json={"mark": 13, "reason": "The brief misses the key risk."})  # fmt: skip
    assert moderated.status_code == 200 and moderated.json()["moderated_mark"] == 13
    # c3 may still sit while the window is open: no results yet.
    assert (
        api.client.get(f"/api/v1/vacancies/{world.vacancy}/assessment", headers=runner).json()["results"]
        is None
    )
    clock.now = CLOSES
    runner = api.login("runner@example.org")
    done = api.client.get(f"/api/v1/vacancies/{world.vacancy}/assessment", headers=runner).json()
    with unit_of_work(api.engine) as session:
        apps = {e: session.get_one(Application, a) for e, a in world.applications.items()}
        names = {e: pseudonym(a) for e, a in apps.items()}
        assert [apps[f"c{n}@example.org"].status for n in (1, 2, 3, 4)] == [
            "assessed", "assessed", "shortlisted", "eligible"]  # fmt: skip
        moves = session.scalars(select(AuditEvent).where(AuditEvent.action == "application.transition")).all()
        assert {(e.actor_id, (e.detail or {}).get("by"), (e.detail or {}).get("to")) for e in moves} == {
            (None, "system", "assessed")}  # fmt: skip
        actions = set(session.scalars(select(AuditEvent.action)))
    assert {"assessment.set", "assessment.invited", "assessment.started", "assessment.submitted",
            "assessment.declared", "assessment.marked", "assessment.moderated", "assessment.completed",
            "assessment.results_read"} <= actions  # fmt: skip
    rows = {r["candidate"]: (r["mark"], r["moderated"], r["sat"], r["status"]) for r in done["results"]}
    assert rows == {
        names["c1@example.org"]: (14.0, False, True, "assessed"),
        names["c2@example.org"]: (13.0, True, True, "assessed"),
        names["c3@example.org"]: (None, False, False, "shortlisted"),
    }


def test_markers_never_see_whose_answers_they_are(api: Api, world: World, clock: Clock) -> None:
    numbers = _sat(api, world, clock)
    m1 = api.login("m1@example.org")
    api.client.post(f"/api/v1/vacancies/{world.vacancy}/assessment/declaration", json={"conflict": False},
                    headers=m1)  # fmt: skip
    with unit_of_work(api.engine) as session:
        apps = [session.get_one(Application, a) for a in world.applications.values()]
        secrets = [pseudonym(a) for a in apps] + [a.receipt for a in apps] + list(world.applications)
    texts = [api.client.get("/api/v1/assessment-sheets", headers=m1).text]
    for number in (numbers["c1@example.org"], numbers["c2@example.org"]):
        texts.append(api.client.get(f"/api/v1/assessment-sheets/{number}", headers=m1).text)
        texts.append(_mark(api, "m1@example.org", number, 5, 5).text)
    for text in texts:
        assert "application" not in json.dumps(json.loads(text)).lower()  # no application id or key
        assert not [secret for secret in secrets if secret in text]


def test_a_declared_conflict_stops_marking_and_the_marker_is_replaced(
    api: Api, world: World, clock: Clock
) -> None:
    numbers = _sat(api, world, clock)
    m2 = api.login("m2@example.org")
    url = f"/api/v1/vacancies/{world.vacancy}/assessment/declaration"
    silent = api.client.post(url, json={"conflict": True, "statement": ""}, headers=m2)
    assert silent.status_code == 422 and silent.json()["field"] == "statement"
    assert api.client.post(url, json={"conflict": True, "statement": "I supervised a candidate."},
                           headers=m2).status_code == 201  # fmt: skip
    refused = api.client.get(f"/api/v1/assessment-sheets/{numbers['c1@example.org']}", headers=m2)
    assert refused.status_code == 403 and _type(refused) == "conflict-declared"
    runner = api.login("runner@example.org")
    markers = api.client.put(f"/api/v1/vacancies/{world.vacancy}/assessment/markers", headers=runner,
                             json={"markers": ["m1@example.org", "m3@example.org"]})  # fmt: skip
    assert [m["email"] for m in markers.json()["markers"]] == ["m1@example.org", "m3@example.org"]
    api.client.post(url, json={"conflict": False}, headers=api.login("m3@example.org"))
    assert _mark(api, "m3@example.org", numbers["c1@example.org"], 5, 5).status_code == 201
    kept = api.client.put(f"/api/v1/vacancies/{world.vacancy}/assessment/markers", headers=runner,
                          json={"markers": ["m1@example.org", "m2@example.org"]})  # fmt: skip
    assert kept.status_code == 409 and _type(kept) == "marker-has-marked"


def test_the_invitation_is_written_in_the_candidates_language(api: Api, world: World, clock: Clock) -> None:
    from jpo.db.models import User
    from jpo.notifications.compose import compose

    with unit_of_work(api.engine) as session:
        session.get_one(User, world.ids["c2@example.org"]).locale = "fr"
    assert _set(api, world).status_code == 201
    api.client.post(f"/api/v1/vacancies/{world.vacancy}/assessment/invitations",
                    headers=api.login("runner@example.org"))  # fmt: skip
    with unit_of_work(api.engine) as session:
        letters = {m.user_id: m for m in session.scalars(select(OutboxMessage))}
        english = compose(session, letters[world.ids["c1@example.org"]], sender="jpo <no-reply@jpo.test>",
                          public_url="https://jpo.test")  # fmt: skip
        french = compose(session, letters[world.ids["c2@example.org"]], sender="jpo <no-reply@jpo.test>",
                         public_url="https://jpo.test")  # fmt: skip
    assert english is not None and french is not None
    assert english["Subject"] == "Written assessment: Human Rights Officer"
    body = english.get_content()
    # Opens 2030-03-03 08:00 UTC = 09:00 in Geneva; closes two days later.
    assert (
        "It opens: Mar 3, 2030, 9:00\u202fAM Geneva time (duty station, Europe/Zurich)" in body
    )  # CLDR's narrow space
    assert "90 minutes" in body
    assert f"https://jpo.test/me/applications/{world.applications['c1@example.org']}/assessment" in body
    assert french["Subject"] == "Épreuve écrite : Human Rights Officer"
    assert "heure de Genève" in french.get_content() and "90 minutes" in french.get_content()
