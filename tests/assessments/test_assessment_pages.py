"""The written assessment's web pages over the same services: the runner's form, the candidate's page
with and without script (htmx's saves, the Save button), the markers' queue and sheet, moderation; French."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from jpo.applications.staff import pseudonym
from jpo.db.assessment_tables import AssessmentSitting
from jpo.db.models import Application
from jpo.db.session import unit_of_work
from tests.api.conftest import Api
from tests.assessments.conftest import OPENS, Clock, World
from tests.web.conftest import BrowserSession, browser_session

__all__ = ["browser_session"]

FORM = {
    "task-0-title": "Brief", "task-0-instructions": "Write a brief.", "task-1-title": "", "task-1-instructions": "",
    "opens_at": "2030-03-03T09:00", "closes_at": "2030-03-05T09:00", "minutes": "60",
    "criterion-0-name": "Analysis", "criterion-0-max": "10", "criterion-1-name": "Writing", "criterion-1-max": "10",
    "allowed_spread": "3", "markers": "m1@example.org\nm2@example.org", "moderator": "",
}  # fmt: skip


def test_the_runner_sets_and_the_candidate_takes_it_without_script(
    api: Api, world: World, clock: Clock, browser_session: BrowserSession
) -> None:
    runner = browser_session("runner@example.org")
    path = f"/review/vacancies/{world.vacancy}/assessment"
    assert "Set a written assessment" in runner.get(path).text
    bad = runner.post(path, data={**FORM, "minutes": "2"})
    assert bad.status_code == 422 and "The time limit is 5 to 1,440 minutes." in bad.text
    assert 'value="Write a brief."' in bad.text or "Write a brief." in bad.text  # kept as typed
    saved = runner.post(path, data=FORM, follow_redirects=False)
    assert saved.status_code == 303, saved.text
    page = runner.get(path).text
    assert "Where it stands" in page and "09:00" in page  # 09:00 Geneva time, as typed
    assert runner.post(path + "/invitations", follow_redirects=False).status_code == 303
    assert "Épreuve écrite" in runner.get(path + "?lang=fr").text
    clock.now = OPENS + timedelta(hours=1)  # 10:00 in Geneva: open
    candidate = browser_session("c1@example.org")
    take = f"/me/applications/{world.applications['c1@example.org']}/assessment"
    assert "Start the assessment" in candidate.get(take).text
    assert candidate.post(take + "/start", follow_redirects=False).status_code == 303
    assert 'name="answer-0"' in candidate.get(take).text
    plain = candidate.post(take + "/answers", data={"answer-0": "My brief, saved by the button."},
                           follow_redirects=False)  # fmt: skip
    assert plain.status_code == 303 and "saved=1" in plain.headers["location"]
    assert "My brief, saved by the button." in candidate.get(take).text
    htmx = candidate.post(take + "/answers", data={"answer-0": "Typed on."}, headers={"HX-Request": "true"})
    assert htmx.status_code == 200 and "Saved at" in htmx.text
    nul = candidate.post(take + "/answers", data={"answer-0": "bad\x00"})
    assert nul.status_code == 422 and "without control characters" in nul.text
    assert (
        candidate.post(take + "/submit", data={"answer-0": "Final."}, follow_redirects=False).status_code
        == 303
    )
    done = candidate.get(take).text
    assert "were handed in" in done and "Final." in done
    other = browser_session("c4@example.org")
    assert (
        "not invited" in other.get(f"/me/applications/{world.applications['c4@example.org']}/assessment").text
    )
    assert other.get(take).status_code == 404


def test_markers_mark_blind_and_the_runner_moderates(
    api: Api, world: World, clock: Clock, browser_session: BrowserSession
) -> None:
    runner = browser_session("runner@example.org")
    path = f"/review/vacancies/{world.vacancy}/assessment"
    runner.post(path, data=FORM)
    runner.post(path + "/invitations")
    clock.now = OPENS + timedelta(hours=1)
    candidate = browser_session("c1@example.org")
    take = f"/me/applications/{world.applications['c1@example.org']}/assessment"
    candidate.post(take + "/start")
    candidate.post(take + "/submit", data={"answer-0": "An answer to mark."})
    with unit_of_work(api.engine) as session:
        application = session.get_one(Application, world.applications["c1@example.org"])
        secret = pseudonym(application)
        number = session.scalar(
            select(AssessmentSitting.answer_number).filter_by(application_id=application.id)
        )
    totals = {"m1@example.org": ("9", "9"), "m2@example.org": ("4", "5")}  # 18 and 9: nine apart
    for email, (analysis, writing) in totals.items():
        marker = browser_session(email)
        queue = marker.get("/marking").text
        assert "conflict of interest" in queue and number not in queue  # nothing before the declaration
        assert marker.post(f"/marking/vacancies/{world.vacancy}/declaration", data={"declaration": "none"},
                           follow_redirects=False).status_code == 303  # fmt: skip
        assert number in marker.get("/marking").text
        sheet = marker.get(f"/marking/sheets/{number}").text
        assert "An answer to mark." in sheet and secret not in sheet and "c1@example.org" not in sheet
        assert "The other marker&#39;s marks" not in sheet and "The other marker's marks" not in sheet
        over = marker.post(f"/marking/sheets/{number}", data={"mark-0": "11", "mark-1": "1"})
        assert over.status_code == 422
        marked = marker.post(f"/marking/sheets/{number}", data={"mark-0": analysis, "mark-1": writing})
        assert marked.status_code == 200 and "Your marks" in marked.text
    assert "goes to moderation" in marked.text
    runner = browser_session("runner@example.org")  # a session lives 12 hours on the test's clock
    moderation = runner.get(f"/marking/sheets/{number}/moderation").text
    assert "Marks of m1@example.org" in moderation
    refused = runner.post(f"/marking/sheets/{number}/moderation", data={"mark": "14", "reason": ""})
    assert refused.status_code == 422
    runner.post(f"/marking/sheets/{number}/moderation", data={"mark": "14", "reason": "Both miss a part."})
    clock.now = OPENS + timedelta(days=3)  # closed: c2 and c3 never sat
    runner = browser_session("runner@example.org")
    results = runner.get(path).text
    assert secret in results and re.search(r"Did not sit the assessment", results)
    assert "moderated: Both miss a part." in results
