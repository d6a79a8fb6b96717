"""Publishing and closing from the admin's review page keep the corrections still in the form and ask
first; a closed vacancy says so on its public page and takes no application."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from lxml import html
from sqlalchemy import select

from jpo.db.models import AuditEvent, VacancyRow
from jpo.db.session import unit_of_work
from tests.api.conftest import Api
from tests.web.conftest import BrowserSession
from tests.web.test_admin_pages import _draft, _give_a_future_deadline, _review_form

NEW_TITLE = "JPO in Human Rights and Technology"


def _form(browser: TestClient, vacancy: int, **typed: str) -> dict[str, str]:
    """The review form as shown, with `typed` changed but not saved."""
    return _review_form(html.fromstring(browser.get(f"/admin/vacancies/{vacancy}").text)) | typed


def _row(api: Api, vacancy: int) -> tuple[str, dict[str, Any], list[str]]:
    with unit_of_work(api.engine) as session:
        row = session.get_one(VacancyRow, vacancy)
        events = session.scalars(select(AuditEvent.action).where(AuditEvent.subject_id == vacancy)).all()
        return row.status, dict(row.document), list(events)


def test_publish_asks_first_then_saves_the_unsaved_corrections_with_it(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _draft(api, browser_session)
    _give_a_future_deadline(api, vacancy)
    form = _form(browser, vacancy, title=NEW_TITLE, eligibility_max_age="33",
                 eligibility_nationalities="Corée du Sud, switzerland")  # fmt: skip
    asked = browser.post(f"/admin/vacancies/{vacancy}/publish", data=form)
    assert asked.status_code == 200
    page = html.fromstring(asked.text)
    assert page.xpath("//h1")[0].text_content() == "Publish this vacancy?"
    assert [li.text_content() for li in page.xpath("//section//li")] == [
        "Title",
        "Nationalities admitted",
        "Maximum age",
    ]
    status, document, events = _row(api, vacancy)
    assert status == "draft" and document["title"] != NEW_TITLE and "vacancy.published" not in events
    again = dict(page.xpath("//form[@class='admin-confirm']")[0].form_values())  # the typed values ride along
    assert again["title"] == NEW_TITLE and again["duties"] == form["duties"]
    done = browser.post(f"/admin/vacancies/{vacancy}/publish", data={**again, "confirm": "yes"},
                        follow_redirects=False)  # fmt: skip
    assert done.status_code == 303 and "done=published-saved" in done.headers["location"]
    status, document, events = _row(api, vacancy)
    assert status == "published" and document["title"] == NEW_TITLE
    assert document["eligibility"]["max_age"] == 33 and document["duties"] == form["duties"].splitlines()
    assert document["eligibility"]["nationalities"] == ["KR", "CH"]
    assert events[-2:] == ["vacancy.edited", "vacancy.published"]
    assert (
        "Your corrections are saved and the vacancy is published."
        in browser.get(done.headers["location"]).text
    )


def test_an_invalid_correction_publishes_nothing_and_shows_the_error(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _draft(api, browser_session)
    _give_a_future_deadline(api, vacancy)
    form = _form(browser, vacancy, title=NEW_TITLE, eligibility_max_age="thirty")
    before = _row(api, vacancy)
    for step in ("", "yes"):
        refused = browser.post(f"/admin/vacancies/{vacancy}/publish", data={**form, "confirm": step})
        assert refused.status_code == 422
        page = html.fromstring(refused.text)
        age = page.xpath('//input[@id="f-eligibility_max_age"]')[0]
        assert age.get("aria-invalid") == "true" and age.get("value") == "thirty"
        assert page.xpath('//input[@id="f-title"]')[0].get("value") == NEW_TITLE  # kept, not saved
    assert _row(api, vacancy) == before  # nothing saved, nothing published, nothing audited


def test_a_refused_publish_keeps_the_typed_values_and_back_saves_nothing(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _draft(api, browser_session)  # seed 002's own deadline has passed
    form = _form(browser, vacancy, title=NEW_TITLE)
    refused = browser.post(f"/admin/vacancies/{vacancy}/publish", data=form)
    assert refused.status_code == 422 and "The deadline has passed" in refused.text
    assert html.fromstring(refused.text).xpath('//input[@id="f-title"]')[0].get("value") == NEW_TITLE
    back = browser.post(f"/admin/vacancies/{vacancy}/publish", data={**form, "confirm": "back"})
    assert back.status_code == 200
    assert html.fromstring(back.text).xpath('//input[@id="f-title"]')[0].get("value") == NEW_TITLE
    status, document, events = _row(api, vacancy)
    assert status == "draft" and document["title"] != NEW_TITLE and events == ["vacancy.drafted"]


def test_closing_asks_first_and_the_public_page_then_says_closed_without_apply(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _draft(api, browser_session)
    _give_a_future_deadline(api, vacancy)
    browser.post(f"/admin/vacancies/{vacancy}/publish", data={"confirm": "yes"})
    public = api.client.get(f"/vacancies/{vacancy}").text
    assert "Apply for this post" in public and "This vacancy is closed" not in public
    asked = browser.post(f"/admin/vacancies/{vacancy}/close", data=_form(browser, vacancy))
    assert asked.status_code == 200 and "Close applications?" in asked.text
    assert _row(api, vacancy)[0] == "published"
    browser.post(f"/admin/vacancies/{vacancy}/close", data={"confirm": "yes"})
    assert _row(api, vacancy)[0] == "closed"
    for lang, closed in (("en", "This vacancy is closed"), ("fr", "Ce poste est clos")):
        page = api.client.get(f"/vacancies/{vacancy}", params={"lang": lang}).text
        assert closed in page and f"/vacancies/{vacancy}/apply" not in page
    api.candidate("c@example.org")
    apply = browser_session("c@example.org").get(f"/vacancies/{vacancy}/apply")
    assert apply.status_code == 200 and "Applications are closed." in apply.text
    assert 'name="motivation"' not in apply.text
