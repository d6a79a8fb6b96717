"""The ranking notice: shown before applying (EN/FR), its version recorded with the application, an
outdated version refused; the API serves it for clients that show it themselves."""

from __future__ import annotations

import re

from lxml import html
from sqlalchemy import select

from jpo.applications.notice import RANKING_NOTICE, RANKING_NOTICE_VERSION
from jpo.db.models import Application
from jpo.db.session import unit_of_work
from jpo.web.i18n import translations
from tests.api.conftest import Api
from tests.web.conftest import BrowserSession


def test_every_paragraph_of_the_notice_is_in_french() -> None:
    french = translations("fr")
    assert all(french.gettext(paragraph) != paragraph for paragraph in RANKING_NOTICE)


def test_the_apply_form_shows_the_notice_and_the_application_records_its_version(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    api.candidate("c@example.org")
    browser = browser_session("c@example.org")
    page = browser.get(f"/vacancies/{vacancy}/apply?lang=fr")
    tree = html.fromstring(page.text)
    notice = tree.xpath("//section[contains(@class, 'ranking-notice')]")[0].text_content()
    assert "ne lit jamais votre nom" in notice and RANKING_NOTICE_VERSION in notice
    form = {i.get("name"): i.get("value") for i in tree.xpath("//form[@enctype]//input[@type='hidden']")}
    assert form["notice"] == RANKING_NOTICE_VERSION
    sent = browser.post(f"/vacancies/{vacancy}/apply?lang=fr", data={**form, "motivation": "Je tiens aux droits humains."},
                        follow_redirects=False)  # fmt: skip
    assert sent.status_code == 303, sent.text
    assert re.fullmatch(r"/me/applications/\d+\?lang=fr", sent.headers["location"])
    with unit_of_work(api.engine) as session:
        application = session.scalars(select(Application)).one()
        assert application.notice_version == RANKING_NOTICE_VERSION
    api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    shown = browser_session("ohchr@example.org").get(f"/review/applications/{application.id}?lang=fr")
    assert f"lu et accepté (version {RANKING_NOTICE_VERSION})" in shown.text  # what the reviewer sees


def test_the_api_serves_the_notice_and_refuses_an_outdated_version(api: Api) -> None:
    served = api.client.get("/api/v1/ranking-notice")
    assert served.status_code == 200
    body = served.json()
    assert body["version"] == RANKING_NOTICE_VERSION and len(body["text"]["fr"]) == len(RANKING_NOTICE)
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    candidate = api.candidate("c@example.org")
    outdated = api.client.post(
        f"/api/v1/vacancies/{vacancy}/applications",
        json={"motivation": "I care.", "ranking_notice": "2020-01-01"},
        headers={**candidate, "Idempotency-Key": "k1"},
    )
    assert outdated.status_code == 422 and outdated.json()["type"].endswith("notice-outdated")
    accepted = api.client.post(
        f"/api/v1/vacancies/{vacancy}/applications",
        json={"motivation": "I care.", "ranking_notice": RANKING_NOTICE_VERSION},
        headers={**candidate, "Idempotency-Key": "k2"},
    )
    assert accepted.status_code == 201, accepted.text
    with unit_of_work(api.engine) as session:
        assert session.scalars(select(Application.notice_version)).one() == RANKING_NOTICE_VERSION
