"""A candidate's explanation of their own application: the ranking's criteria, weights and the
candidate's own evidence (the same score the reviewers' ranking gives), eligibility reasons, and each
decision with its reason and the party that took it; nobody else's application."""

from __future__ import annotations

import pytest
from lxml import html
from sqlalchemy import select

from jpo.db.models import OutboxMessage
from jpo.db.session import unit_of_work
from jpo.notifications.compose import compose
from tests.api.conftest import PASSWORD, Api
from tests.web.conftest import BrowserSession

pytestmark = pytest.mark.usefixtures("one_model")  # the real sentence model, loaded once


def test_the_explanation_matches_the_reviewers_ranking_and_names_each_decision(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    mine, other = api.candidate("c@example.org"), api.candidate("d@example.org")
    application = api.apply(mine, vacancy).json()["id"]
    others = api.apply(other, vacancy, key="k2").json()["id"]
    moved = api.client.post(f"/api/v1/applications/{application}/transitions",
                            json={"to": "longlisted", "reason": "Strong field experience in monitoring."},
                            headers=admin)  # fmt: skip
    assert moved.status_code == 200, moved.text
    ranking = api.client.get(f"/api/v1/vacancies/{vacancy}/ranking", headers=admin).json()
    theirs = next(c for c in ranking["candidates"] if c["profile"] == str(application))
    dashboard = browser_session("kr@example.org").get(f"/admin/vacancies/{vacancy}/dashboard?lang=fr")
    compute = html.fromstring(dashboard.text).xpath("//table[contains(@class, 'compute')]/tbody/tr")
    assert len(compute) == 1 and "Classements effectués : 1" in dashboard.text

    browser = browser_session("c@example.org")
    page = browser.get(f"/me/applications/{application}/explanation?lang=fr")
    assert page.status_code == 200, page.text
    tree = html.fromstring(page.text)
    assert f"{theirs['score']:.2f}".replace(".", ",") in tree.text_content()  # French decimals
    rows = tree.xpath("//table[contains(@class, 'ranking-criteria')]/tbody/tr")
    shown = {r.xpath("string(th)"): r.xpath("string(td[1])") for r in rows}
    assert len(shown) == len(theirs["criteria"]) and "Expérience" in shown
    weights = {c["name"]: c["weight"] for c in theirs["criteria"]}
    assert shown["Expérience"] == f"{weights['experience']:.2f}".replace(".", ",")
    decisions = tree.xpath("string(//ul[@class='decisions'])")
    assert (
        "Strong field experience in monitoring." in decisions and "les évaluateurs du programme" in decisions
    )
    assert browser.get(f"/me/applications/{others}/explanation").status_code == 404
    linked = browser.get(f"/me/applications/{application}")
    assert f"/me/applications/{application}/explanation" in linked.text
    from jpo.applications import explanation

    assert any(key[0] == application for key in explanation._RANKED)  # a second view ranks nothing again
    deleted = browser.post("/me/data/delete", data={"password": PASSWORD}, follow_redirects=False)
    assert deleted.status_code == 303
    assert not explanation._RANKED  # the evidence quoted the person: it goes with them


def test_a_candidate_contests_a_decision_and_another_staff_member_answers(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    api.staff("kr2@example.org", "admin", sponsor="KR")
    api.staff("nl@example.org", "admin", sponsor="NL")
    vacancy = api.vacancy(admin)
    application = api.apply(api.candidate("c@example.org"), vacancy).json()["id"]
    moved = api.client.post(f"/api/v1/applications/{application}/transitions",
                            json={"to": "not_selected", "reason": "Too little field experience."}, headers=admin)  # fmt: skip
    assert moved.status_code == 200, moved.text

    candidate = browser_session("c@example.org")
    page = html.fromstring(candidate.get(f"/me/applications/{application}/explanation?lang=fr").text)
    form = page.xpath("//details[contains(@class, 'contest')]//form")[0]
    decision = form.xpath("string(.//input[@name='decision']/@value)")
    empty = candidate.post(
        f"/me/applications/{application}/contests?lang=fr", data={"decision": decision, "grounds": "  "}
    )
    assert empty.status_code == 422 and "Dites pourquoi vous contestez cette décision" in empty.text
    sent = candidate.post(f"/me/applications/{application}/contests",
                          data={"decision": decision, "grounds": "I led field monitoring for three years."},
                          follow_redirects=False)  # fmt: skip
    assert sent.status_code == 303, sent.text
    again = candidate.post(f"/me/applications/{application}/contests",
                           data={"decision": decision, "grounds": "Once more."})  # fmt: skip
    assert again.status_code == 422 and "You have already contested this decision." in again.text

    decider = browser_session("kr@example.org")
    assert "I led field monitoring" not in decider.get("/review/contests").text  # not theirs to answer
    refused = decider.post(
        "/review/contests/1/answer", data={"outcome": "maintained", "reason": "It stands."}
    )
    assert refused.status_code == 403
    assert "I led field monitoring" not in browser_session("nl@example.org").get("/review/contests").text
    colleague = browser_session("kr2@example.org")
    listed = colleague.get("/review/contests")
    assert (
        "I led field monitoring for three years." in listed.text
        and "Too little field experience." in listed.text
    )
    assert "c@example.org" not in listed.text  # under a pseudonym
    unanswered = colleague.post("/review/contests/1/answer", data={"outcome": "maintained", "reason": ""})
    assert unanswered.status_code == 422
    answered = colleague.post("/review/contests/1/answer",
                              data={"outcome": "maintained", "reason": "The post asks for two years abroad."},
                              follow_redirects=False)  # fmt: skip
    assert answered.status_code == 303
    shown = candidate.get(f"/me/applications/{application}/explanation?lang=fr").text
    assert "la décision est maintenue" in shown and "The post asks for two years abroad." in shown
    assert "No contest is waiting for you." in colleague.get("/review/contests").text
    with unit_of_work(api.engine) as session:  # the candidate is told by e-mail, in their language
        message = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "contest_answered")).one()
        email = compose(
            session, message, sender="jpo <no-reply@example.org>", public_url="https://jpo.example"
        )
        assert email is not None and email["To"] == "c@example.org"
        body = email.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
        assert f"https://jpo.example/me/applications/{application}/explanation" in body
        assert (
            "The decision is maintained." if message.locale == "en" else "La décision est maintenue."
        ) in body


def test_a_decision_past_its_period_or_by_the_system_cannot_be_contested(api: Api) -> None:
    from datetime import timedelta

    from sqlalchemy import select

    from jpo.applications.contests import CONTEST_DAYS, open_contest
    from jpo.db.models import AuditEvent, User
    from jpo.db.session import unit_of_work
    from jpo.errors import ConflictError, NotFoundError

    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    application = api.apply(api.candidate("c@example.org"), vacancy).json()["id"]
    api.client.post(f"/api/v1/applications/{application}/transitions",
                    json={"to": "longlisted", "reason": "Promising."}, headers=admin)  # fmt: skip
    with unit_of_work(api.engine) as session:
        user = session.scalars(select(User).where(User.email == "c@example.org")).one()
        decision = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "application.transition")
        ).one()
        late = decision.at + timedelta(days=CONTEST_DAYS, seconds=1)
        try:
            open_contest(session, candidate=user, application_id=application, decision_id=decision.id,
                         grounds="Late.", now=late)  # fmt: skip
        except ConflictError as error:
            assert error.code == "not-contestable"
        else:
            raise AssertionError("a decision past its period was contested")
        submitted = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "application.submitted")
        ).one()
        try:
            open_contest(session, candidate=user, application_id=application, decision_id=submitted.id,
                         grounds="Not a decision.", now=decision.at)  # fmt: skip
        except ConflictError as error:
            assert error.code == "not-contestable"
        try:
            open_contest(session, candidate=user, application_id=application + 1000, decision_id=decision.id,
                         grounds="Not mine.", now=decision.at)  # fmt: skip
        except NotFoundError:
            pass
        else:
            raise AssertionError("another application's decision was contested")
