"""Self-identification (optional, apart from the profile, exported and erased with the person) and a
vacancy's fairness audit page, stage by stage, for the admins who manage it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html
from sqlalchemy import func, select

from jpo.applications.moves import move
from jpo.db.models import Application, AuditEvent, SelfIdentification, User
from jpo.db.session import unit_of_work
from jpo.monitoring.self_id import save_answers
from jpo.settings import Settings
from tests.api.conftest import PASSWORD, Api
from tests.web.conftest import BrowserSession


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Fourteen candidates sign up from one test client: above the default limit per address."""
    return Settings(data_dir=tmp_path / "data", database_url=database_url, sign_ups_per_ip=100)


def test_a_candidate_answers_changes_and_exports_their_answers(
    api: Api, browser_session: BrowserSession
) -> None:
    headers = api.candidate("c@example.org")
    browser = browser_session("c@example.org")
    page = browser.get("/me/equality?lang=fr")
    assert page.status_code == 200 and "Je préfère ne pas répondre" in page.text
    saved = browser.post(
        "/me/equality", data={"gender": "woman", "age_band": "prefer_not_to_say"}, follow_redirects=False
    )
    assert saved.status_code == 303
    shown = html.fromstring(browser.get(saved.headers["location"]).text)
    checked = {i.get("name"): i.get("value") for i in shown.xpath("//input[@type='radio'][@checked]")}
    assert checked == {
        "gender": "woman",
        "age_band": "prefer_not_to_say",
        "regional_group": "",
        "disability": "",
    }
    refused = browser.post("/me/equality", data={"gender": "robot"})
    assert refused.status_code == 422 and "Choose one of the answers offered." in refused.text
    export = api.client.get("/me/data/export.json", headers={**headers, "Accept": "text/html"})
    exported = browser.get("/me/data/export.json").json()
    assert exported["self_identification"]["gender"] == "woman", export.status_code
    cleared = browser.post("/me/equality", data={}, follow_redirects=False)  # every answer taken back
    assert cleared.status_code == 303
    with unit_of_work(api.engine) as session:
        assert session.scalar(select(func.count()).select_from(SelfIdentification)) == 0


def test_deleting_the_account_erases_the_answers(api: Api, browser_session: BrowserSession) -> None:
    api.candidate("c@example.org")
    browser = browser_session("c@example.org")
    browser.post("/me/equality", data={"gender": "man", "disability": "no"})
    deleted = browser.post("/me/data/delete", data={"password": PASSWORD}, follow_redirects=False)
    assert deleted.status_code == 303, deleted.text
    with unit_of_work(api.engine) as session:
        assert session.scalar(select(func.count()).select_from(SelfIdentification)) == 0


def test_the_fairness_page_shows_each_stage_and_hides_small_groups(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy_id = api.vacancy(admin)
    answers = ["woman"] * 6 + ["man"] * 6 + ["non_binary"] * 2
    for index in range(len(answers)):
        candidate = api.candidate(f"c{index}@example.org")
        assert api.apply(candidate, vacancy_id).status_code == 201
    with unit_of_work(api.engine) as session:
        for index, gender in enumerate(answers):
            user = session.scalars(select(User).where(User.email == f"c{index}@example.org")).one()
            save_answers(session, user=user, answers={"gender": gender}, now=user.created_at)
            application = session.scalars(select(Application).where(Application.user_id == user.id)).one()
            # two women of six and five men of six are long-listed: women 0.33 against men 0.83
            if (gender == "woman" and index < 2) or (gender == "man" and index < 11):
                if application.status != "eligible":
                    move(
                        session,
                        application=application,
                        to="eligible",
                        actor="staff",
                        by=None,
                        reason="checked",
                    )
                move(
                    session, application=application, to="longlisted", actor="staff", by=None, reason="strong"
                )
    browser = browser_session("kr@example.org")
    page = browser.get(f"/admin/vacancies/{vacancy_id}/fairness?lang=fr")
    assert page.status_code == 200, page.text
    tree = html.fromstring(page.text)
    longlisted = tree.xpath("//section[h2[@id='stage-longlisted']]")[0]
    rows = {
        r.xpath("string(th)"): [c.text_content().strip() for c in r.xpath("td")]
        for r in longlisted.xpath(".//tbody/tr")
    }
    assert set(rows) == {"Femme", "Homme"}  # two non-binary people: too few to show
    assert rows["Femme"][:3] == ["6", "2", "0,3333"] and rows["Femme"][-1] == "À examiner"
    assert rows["Homme"][3] == "1,0000"
    assert "non affichés : 1" in longlisted.text_content()
    with unit_of_work(api.engine) as session:
        viewed = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "fairness.audit_viewed")
        )
    assert viewed == 1


def test_only_the_admins_who_manage_the_vacancy_see_its_audit(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy_id = api.vacancy(admin)
    api.staff("nl@example.org", "admin", sponsor="NL")
    api.staff("rev@example.org", "reviewer", organization="OHCHR")
    api.candidate("c@example.org")
    assert browser_session("nl@example.org").get(f"/admin/vacancies/{vacancy_id}/fairness").status_code in (
        403,
        404,
    )
    assert browser_session("rev@example.org").get(f"/admin/vacancies/{vacancy_id}/fairness").status_code in (
        403,
        404,
    )
    assert browser_session("c@example.org").get(f"/admin/vacancies/{vacancy_id}/fairness").status_code in (
        403,
        404,
    )
