"""Complete applications in the web pages: the apply page shows the vacancy's checklist and what is
missing; an incomplete submission is refused and kept as a draft; a draft gains and loses documents and is
sent; a submitted document is replaced; the admin confirms or edits the checklist on the review page."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from lxml import html
from sqlalchemy import func, select

from jpo.db.models import Application, ApplicationDraft, AuditEvent, DraftDocument, VacancyRow
from jpo.db.session import unit_of_work
from tests.api.conftest import Api
from tests.api.test_checklist import DECIDED
from tests.web.conftest import BrowserSession

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _count(api: Api, model: type) -> int:
    with unit_of_work(api.engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _key(page: str) -> str:
    found = re.search(r'name="key" value="([^"]+)"', page)
    assert found
    return found.group(1)


def _open(api: Api, browser_session: BrowserSession, **profile: Any) -> tuple[TestClient, int]:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"), checklist=DECIDED)
    api.candidate("c@example.org", **profile)
    return browser_session("c@example.org"), vacancy


def _send(browser: TestClient, vacancy: int, files: list[Any], action: str = "submit", **data: str) -> Any:
    page = browser.get(f"/vacancies/{vacancy}/apply").text
    form = {"motivation": "I care about human rights.", "key": _key(page), "action": action, **data}
    return browser.post(f"/vacancies/{vacancy}/apply", data=form, files=files or None, follow_redirects=False)


def _missing(page: str) -> list[str]:
    return [a.text_content() for a in html.fromstring(page).xpath('//ul[@class="missing"]//a')]


def test_the_apply_page_shows_the_checklist_and_what_is_missing(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session, sex="male", military_service={"months": 21})
    page = browser.get(f"/vacancies/{vacancy}/apply").text
    assert _missing(page) == ["Motivation letter", "Resident Register", "University degree",
                              "Military service certificate"]  # fmt: skip
    tree = html.fromstring(page)
    states = [
        row.xpath("string(td[1])")
        for row in tree.xpath('//table[contains(@class, "checklist-table")]/tbody/tr')
    ]
    assert states == ["Required", "Required", "Required", "Required for you", "Optional"]
    assert tree.xpath('//input[@id="f-item-identity" and @type="file" and @required]')
    assert not tree.xpath('//input[@id="f-degree"]')  # the checklist asks for the degree: not offered twice
    woman, _ = browser_session("c@example.org"), None
    assert woman  # the same candidate's other session sees the same page
    api.candidate("w@example.org", sex="female")
    other = browser_session("w@example.org").get(f"/vacancies/{vacancy}/apply").text
    assert "Not required for you" in other and "Military service certificate" not in _missing(other)


def test_an_incomplete_application_is_refused_and_kept_as_a_draft_then_completed(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session)
    identity = [("item-identity", ("register.pdf", PDF, "application/pdf"))]
    refused = _send(browser, vacancy, identity)
    assert refused.status_code == 422
    assert "Your application is not complete" in refused.text
    assert _missing(refused.text) == ["University degree"]
    assert _count(api, Application) == 0 and _count(api, DraftDocument) == 1  # what was sent is kept
    assert "register.pdf" in refused.text
    # Back on the page later: the letter is still there.
    page = browser.get(f"/vacancies/{vacancy}/apply").text
    assert "I care about human rights." in page and "Continue your application" in page

    degree = [("item-degree", ("degree.pdf", PDF + b"%degree", "application/pdf"))]
    saved = _send(browser, vacancy, degree, action="draft")
    assert saved.status_code == 303 and saved.headers["location"].endswith("/apply?done=draft")
    assert "Your draft is saved" in browser.get(saved.headers["location"]).text
    assert _missing(browser.get(f"/vacancies/{vacancy}/apply").text) == []

    sent = _send(browser, vacancy, [])
    assert sent.status_code == 303, sent.text
    application = sent.headers["location"].split("?")[0]
    assert re.search(r"/me/applications/\d+$", application)
    page = browser.get(application).text
    assert "register.pdf" in page and "degree.pdf" in page
    assert _count(api, ApplicationDraft) == 0 and _count(api, Application) == 1


def test_a_draft_document_is_removed_and_a_wrong_file_saves_nothing(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session)
    assert (
        _send(browser, vacancy, [("item-identity", ("a.pdf", PDF, "application/pdf"))], "draft").status_code
        == 303
    )
    wrong = _send(browser, vacancy, [("item-degree", ("degree.txt", b"text", "text/plain"))])
    assert wrong.status_code == 422
    marked = html.fromstring(wrong.text).xpath('//*[@id="f-item-degree-error"]')
    assert marked and "degree.txt is not accepted" in marked[0].text_content()
    assert _count(api, DraftDocument) == 1
    with unit_of_work(api.engine) as session:
        document = session.scalars(select(DraftDocument)).one().id
    removed = browser.post(f"/vacancies/{vacancy}/apply/documents/{document}/remove", follow_redirects=False)
    assert removed.status_code == 303 and _count(api, DraftDocument) == 0
    other = api.candidate("o@example.org")
    assert other
    stranger = browser_session("o@example.org")
    assert (
        _send(browser, vacancy, [("item-identity", ("a.pdf", PDF, "application/pdf"))], "draft").status_code
        == 303
    )
    with unit_of_work(api.engine) as session:
        document = session.scalars(select(DraftDocument)).one().id
    assert stranger.post(f"/vacancies/{vacancy}/apply/documents/{document}/remove").status_code == 404
    discarded = browser.post(f"/vacancies/{vacancy}/apply/discard", follow_redirects=False)
    assert discarded.status_code == 303 and _count(api, ApplicationDraft) == 0


def test_the_same_form_sent_twice_makes_one_application(api: Api, browser_session: BrowserSession) -> None:
    browser, vacancy = _open(api, browser_session)
    page = browser.get(f"/vacancies/{vacancy}/apply").text
    form = {"motivation": "Hello.", "key": _key(page), "action": "submit"}
    files = [("item-identity", ("a.pdf", PDF, "application/pdf")),
             ("item-degree", ("b.pdf", PDF + b"%b", "application/pdf"))]  # fmt: skip
    first = browser.post(f"/vacancies/{vacancy}/apply", data=form, files=files, follow_redirects=False)
    again = browser.post(f"/vacancies/{vacancy}/apply", data=form, files=files, follow_redirects=False)
    assert first.status_code == again.status_code == 303
    assert first.headers["location"] == again.headers["location"]
    assert _count(api, Application) == 1


def test_an_anonymous_upload_is_sent_to_sign_in_and_nothing_is_kept(api: Api) -> None:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"), checklist=DECIDED)
    anonymous = TestClient(api.client.app, headers={"Accept": "text/html"})
    response = anonymous.post(f"/vacancies/{vacancy}/apply", data={"action": "draft"},
                              files=[("item-identity", ("a.pdf", PDF, "application/pdf"))],
                              follow_redirects=False)  # fmt: skip
    assert response.status_code in (303, 401)
    assert _count(api, ApplicationDraft) == 0


def test_the_page_is_in_french(api: Api, browser_session: BrowserSession) -> None:
    browser, vacancy = _open(api, browser_session)
    page = browser.get(f"/vacancies/{vacancy}/apply?lang=fr").text
    for french in ("Ce que contient une candidature complète", "Enregistrer comme brouillon", "Obligatoire",
                   "Encore manquant"):  # fmt: skip
        assert french in page, french


def test_a_submitted_document_is_replaced_on_the_application_page(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session)
    files = [("item-identity", ("old.pdf", PDF, "application/pdf")),
             ("item-degree", ("degree.pdf", PDF + b"%d", "application/pdf"))]  # fmt: skip
    application = _send(browser, vacancy, files).headers["location"].split("?")[0]
    page = browser.get(application).text
    old = html.fromstring(page).xpath('//form[@class="replace"]/@action')[0].split("?")[0]
    empty = browser.post(old, files={"file": ("", b"", "application/pdf")})
    assert empty.status_code == 422 and "Choose the new file first." in empty.text
    wrong = browser.post(old, files={"file": ("new.txt", b"text", "text/plain")})
    assert wrong.status_code == 422 and 'aria-invalid="true"' in wrong.text
    done = browser.post(
        old, files={"file": ("new.pdf", PDF + b"%new", "application/pdf")}, follow_redirects=False
    )
    assert done.status_code == 303 and done.headers["location"].endswith("done=replaced")
    shown = browser.get(done.headers["location"]).text
    assert "new.pdf" in shown and "old.pdf" not in shown and "The document was replaced." in shown
    with unit_of_work(api.engine) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "document.replaced")).one()
        assert event.detail is not None and event.detail["replaced"]["filename"] == "old.pdf"


# --- the admin's side ---------------------------------------------------------------------------------


def _review_form(page: str) -> dict[str, Any]:
    form = html.fromstring(page).xpath('//form[@class="checklist-form"]')[0]
    values: dict[str, Any] = {}
    for key, value in form.form_values():
        values.setdefault(key, []).append(value)
    return values


def test_the_admin_confirms_and_edits_the_checklist_on_the_review_page(
    api: Api, browser_session: BrowserSession
) -> None:
    api.staff("kr@example.org", "admin", sponsor="KR")
    admin = api.login("kr@example.org")
    vacancy = api.vacancy(admin, publish=False, checklist=None)
    browser = browser_session("kr@example.org")
    page = browser.get(f"/admin/vacancies/{vacancy}").text
    assert "not confirmed yet" in page and "Only for low-income applicants" in page
    assert "they are proposed as required of everyone" in page
    form = _review_form(page)
    form["items-5-rule"] = ["optional"]  # low income: optional, as the admin decides
    form["items-6-remove"] = ["yes"]  # disability: taken off
    form["items-7-label"] = ["Two letters of reference"]  # the blank row: a new item
    form["items-7-kind"] = ["reference"]
    form["items-7-rule"] = ["optional"]
    saved = browser.post(f"/admin/vacancies/{vacancy}/checklist", data=form, follow_redirects=False)
    assert saved.status_code == 303, saved.text
    assert "The document checklist is confirmed." in browser.get(saved.headers["location"]).text
    with unit_of_work(api.engine) as session:
        checklist = session.get(VacancyRow, vacancy).checklist  # type: ignore[union-attr]
    assert checklist is not None
    rules = [(item["key"], item["rule"]) for item in checklist["items"]]
    assert rules[-3:] == [
        ("military-record", "required_when"),
        ("other", "optional"),
        ("reference", "optional"),
    ]

    form = _review_form(browser.get(f"/admin/vacancies/{vacancy}").text)
    form["items-0-label"] = [""]
    form["items-1-rule"] = ["required_when"]
    refused = browser.post(f"/admin/vacancies/{vacancy}/checklist", data=form)
    assert refused.status_code == 422
    tree = html.fromstring(refused.text)
    assert tree.xpath('//*[@id="f-items-0-label" and @aria-invalid="true"]')
    assert tree.xpath('//*[@id="f-items-1-rule" and @aria-invalid="true"]')
    french = browser.get(f"/admin/vacancies/{vacancy}?lang=fr").text
    assert "Documents que les candidats doivent envoyer" in french
