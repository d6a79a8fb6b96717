"""A programme admin steers a vacancy's ranking: weights within bounds with a reason, recorded in the
audit trail, used by the ranking and the candidate's explanation, and shown to reviewers."""

from __future__ import annotations

import pytest
from lxml import html
from sqlalchemy import select

from jpo.db.models import AuditEvent, VacancyRow
from jpo.db.session import unit_of_work
from jpo.matching.rank import default_weights
from tests.api.conftest import Api
from tests.web.conftest import BrowserSession

pytestmark = pytest.mark.usefixtures("one_model")  # the real sentence model, loaded once
STEERED = {"experience": 0.3, "education": 0.2, "skills": 0.3, "languages": 0.1, "competencies": 0.1}


def test_the_admin_sets_weights_the_ranking_uses_them_and_reviewers_see_them(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    application = api.apply(api.candidate("c@example.org"), vacancy).json()["id"]
    body = {"weights": STEERED, "reason": "The programme values skills as much as experience."}
    saved = api.client.put(f"/api/v1/vacancies/{vacancy}/ranking-weights", json=body, headers=admin)
    assert saved.status_code == 200, saved.text
    assert saved.json() == {"weights": STEERED, "shipped": default_weights(), "steered": True}
    ranking = api.client.get(f"/api/v1/vacancies/{vacancy}/ranking", headers=admin).json()
    assert ranking["weights"] == STEERED
    with unit_of_work(api.engine) as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "vacancy.ranking_weights_set")
        ).one()
        assert event.reason == body["reason"] and event.detail == {"before": None, "after": STEERED}
        read = session.scalars(select(AuditEvent).where(AuditEvent.action == "personal_data.read")).all()[-1]
        assert read.detail is not None and read.detail["ranked"] == [application]
    explanation = browser_session("c@example.org").get(f"/me/applications/{application}/explanation")
    rows = html.fromstring(explanation.text).xpath("//table[contains(@class, 'ranking-criteria')]/tbody/tr")
    weights = {r.xpath("string(th)").strip(): r.xpath("string(td[1])").strip() for r in rows}
    assert weights["Skills"] == "0.30"  # the candidate is explained with the weights that ranked them
    api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    page = browser_session("ohchr@example.org").get(f"/review/vacancies/{vacancy}?lang=fr").text
    shown = html.fromstring(page).xpath("string(//p[contains(@class, 'ranking-weights')])")
    assert "fixés pour ce poste par son programme" in shown and "Aptitudes 30 %" in " ".join(shown.split())
    reset = api.client.put(f"/api/v1/vacancies/{vacancy}/ranking-weights",
                           json={"weights": None, "reason": "Back to the measured weights."}, headers=admin)  # fmt: skip
    assert reset.json()["steered"] is False and reset.json()["weights"] == default_weights()


def test_weights_out_of_bounds_or_without_a_reason_change_nothing(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    for body in ({"weights": {**STEERED, "experience": 2}, "reason": "more"},
                 {"weights": {**STEERED, "luck": 0.5}, "reason": "more"},
                 {"weights": STEERED, "reason": "  "},
                 {"weights": STEERED, "reason": "a\x00b"}):  # fmt: skip
        refused = api.client.put(f"/api/v1/vacancies/{vacancy}/ranking-weights", json=body, headers=admin)
        assert refused.status_code == 422, body
        assert refused.headers["content-type"].startswith("application/problem+json")
    browser = browser_session("kr@example.org")
    form = {"experience": "1", "education": "0", "skills": "0,1", "languages": "0", "competencies": "0",
            "reason": "Only experience."}  # fmt: skip
    page = browser.post(f"/admin/vacancies/{vacancy}/ranking-weights?lang=fr", data=form)
    assert page.status_code == 422 and "Un critère ferait plus de 70 % de la note" in page.text
    tree = html.fromstring(page.text)
    assert tree.xpath("//input[@name='skills']/@value") == ["0,1"]  # what was typed stays
    assert tree.xpath("//input[@name='experience']/@aria-invalid") == ["true"]
    not_a_number = browser.post(
        f"/admin/vacancies/{vacancy}/ranking-weights", data={**form, "skills": "lots"}
    )
    assert (
        not_a_number.status_code == 422 and "Write each weight as a number from 0 to 1." in not_a_number.text
    )
    with unit_of_work(api.engine) as session:
        assert session.get_one(VacancyRow, vacancy).ranking_weights is None
        assert not session.scalars(
            select(AuditEvent).where(AuditEvent.action == "vacancy.ranking_weights_set")
        ).all()
    saved = browser.post(f"/admin/vacancies/{vacancy}/ranking-weights",
                         data={**form, "skills": "0.5", "reason": "Skills count."}, follow_redirects=False)  # fmt: skip
    assert saved.status_code == 303
    assert (
        "Every ranking of this vacancy uses them from now on." in browser.get(saved.headers["location"]).text
    )


def test_only_the_programme_admins_steer(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    other = api.staff("nl@example.org", "admin", sponsor="NL")
    reviewer = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    body = {"weights": STEERED, "reason": "mine"}
    assert (
        api.client.put(f"/api/v1/vacancies/{vacancy}/ranking-weights", json=body, headers=other).status_code
        == 403
    )
    assert (
        api.client.put(
            f"/api/v1/vacancies/{vacancy}/ranking-weights", json=body, headers=reviewer
        ).status_code
        == 403
    )
    assert (
        api.client.get(f"/api/v1/vacancies/{vacancy}/ranking-weights", headers=reviewer).json()["steered"]
        is False
    )
