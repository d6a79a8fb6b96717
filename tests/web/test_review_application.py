"""The reviewer's page of one application: the letter with the candidate's identity masked and the documents
closed until shortlisting (a guessed document link refused too), then the whole letter, the name and the
documents; every read audited with its purpose; only staff who review the vacancy get in."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from jpo.db.models import AuditEvent, VacancyRow
from jpo.db.session import unit_of_work
from tests.api.conftest import Api
from tests.web.conftest import BrowserSession

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EMAIL = "jiwoo.kim94@example.org"
LETTER = ("My name is Ji-woo Kim (JI-WOO KIM on my passport). As a Korean born on 10 May 1994 (1994-05-10), "
          f"I would bring Kim's research on business and human rights. Write to {EMAIL} or call "
          "+82 10-1234-5678.\nI studied law at Korea University.")  # fmt: skip
IDENTITY = (
    "Ji-woo",
    "JI-WOO",
    "Kim",
    EMAIL,
    "Korean",
    "10 May 1994",
    "1994-05-10",
    "1234-5678",
    "Korea University",
)


pytestmark = pytest.mark.usefixtures("one_model")  # saving a profile embeds it with the real model


@dataclass
class Case:
    vacancy: int
    application: int
    document: int
    admin: dict[str, str]
    reviewer: dict[str, str]


def _case(api: Api) -> Case:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    _no_document_required(api, vacancy)
    education = [{"level": "bachelor", "field": "Law", "institution": "Korea University", "completed": "2016-02-20"},
                 {"level": "master", "field": "Human Rights", "completed": "2018-06-30"}]  # fmt: skip
    candidate = api.candidate(EMAIL, name={"given": "Ji-woo", "family": "Kim"}, education=education)
    applied = api.client.post(f"/api/v1/vacancies/{vacancy}/applications", json={"motivation": LETTER},
                              headers={**candidate, "Idempotency-Key": "k1"})  # fmt: skip
    assert applied.status_code == 201, applied.text
    application = applied.json()["id"]
    uploaded = api.client.post(f"/api/v1/applications/{application}/documents", headers=candidate,
                               files={"file": ("Ji-woo Kim CV.pdf", PDF)}, data={"kind": "cv"})  # fmt: skip
    assert uploaded.status_code == 201, uploaded.text
    reviewer = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    return Case(vacancy, application, uploaded.json()["id"], admin, reviewer)


def _no_document_required(api: Api, vacancy: int) -> None:
    """The admin confirms a checklist with no required document, so a letter and a CV make a complete
    application (what this file tests is how they are read)."""
    with unit_of_work(api.engine) as session:
        session.get_one(VacancyRow, vacancy).checklist = {"motivation_letter": "optional", "items": []}


def _move(api: Api, case: Case, *statuses: str) -> None:
    for status in statuses:
        response = api.client.post(f"/api/v1/applications/{case.application}/transitions",
                                   json={"to": status, "reason": f"Moved to {status}."}, headers=case.reviewer)  # fmt: skip
        assert response.status_code == 200, response.text


def _reads(api: Api, subject_type: str) -> list[tuple[str | None, dict[str, object] | None]]:
    with unit_of_work(api.engine) as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "personal_data.read",
                                                          AuditEvent.subject_type == subject_type)).all()  # fmt: skip
        return [(event.reason, event.detail) for event in events]


def _text(page: str, between: str = " ") -> str:
    return html.unescape(re.sub(r"<[^>]+>", between, page))


def _pseudonym(api: Api, case: Case) -> str:
    view = api.client.get(f"/api/v1/staff/applications/{case.application}", headers=case.reviewer).json()
    return str(view["candidate"])


@pytest.mark.parametrize("locale", ["en", "fr"])
def test_before_shortlisting_the_letter_is_masked_and_the_documents_are_closed(
    api: Api, browser_session: BrowserSession, locale: str
) -> None:
    case = _case(api)
    code = _pseudonym(api, case).removeprefix("Candidate ")
    reviewer = browser_session("ohchr@example.org")
    page = reviewer.get(f"/review/applications/{case.application}", params={"lang": locale})
    assert page.status_code == 200, page.text
    shown = _text(page.text)
    for value in IDENTITY:
        assert value not in shown, value
    letter = re.search(r'<div class="letter" id="letter">(.*?)</div>', page.text, re.S)
    assert letter is not None
    words = _text(letter.group(1), between="")
    candidate, nationality, born = (("Candidate", "[nationality]", "[birth date]") if locale == "en"
                                    else ("Candidat", "[nationalité]", "[date de naissance]"))  # fmt: skip
    assert words.startswith(f"My name is {candidate} {code} ({candidate} {code} on my passport). As a {nationality} "
                            f"born on {born} ({born}), I would bring {candidate} {code}'s research")  # fmt: skip
    assert "business and human rights" in words  # the rest of the letter is as written
    assert f"/review/applications/{case.application}/documents/" not in page.text
    assert ("closed until shortlisting" if locale == "en" else "fermé jusqu’à la présélection") in shown
    assert ("Masked in the letter" if locale == "en" else "Masqués dans la lettre") in shown
    assert ("Not masked" if locale == "en" else "Non masqué") in shown


def test_a_guessed_document_link_is_refused_before_shortlisting(
    api: Api, browser_session: BrowserSession
) -> None:
    case = _case(api)
    reviewer = browser_session("ohchr@example.org")
    _move(api, case, "longlisted")
    guessed = reviewer.get(f"/review/applications/{case.application}/documents/{case.document}")
    assert guessed.status_code == 403 and guessed.content != PDF
    assert "shortlisted" in guessed.text
    by_api = api.client.get(f"/api/v1/applications/{case.application}/documents/{case.document}",
                            headers=case.reviewer)  # fmt: skip
    assert by_api.status_code == 403 and by_api.json()["type"] == "urn:jpo:problem:blind-review"
    assert _reads(api, "document") == []  # nothing was read, so nothing is on record


def test_after_shortlisting_the_letter_is_whole_and_the_documents_open(
    api: Api, browser_session: BrowserSession
) -> None:
    case = _case(api)
    _move(api, case, "longlisted", "shortlisted")
    reviewer = browser_session("ohchr@example.org")
    page = reviewer.get(f"/review/applications/{case.application}")
    assert page.status_code == 200, page.text
    shown = _text(page.text)
    letter = re.search(r'<div class="letter" id="letter">(.*?)</div>', page.text, re.S)
    assert letter is not None and html.unescape(letter.group(1)) == LETTER
    assert "Ji-woo Kim" in shown.replace(LETTER, "")  # the name, beside the letter
    link = re.search(
        rf'href="(/review/applications/{case.application}/documents/{case.document})\?lang=en">CV<', page.text
    )
    assert link is not None, page.text
    document = reviewer.get(link.group(1))
    assert document.status_code == 200 and document.content == PDF
    assert "Ji-woo" not in document.headers["content-disposition"]  # served under a safe name
    assert _reads(api, "document") == [("reading a document of a shortlisted application", None)]


def test_every_read_of_the_page_is_audited_with_its_purpose(
    api: Api, browser_session: BrowserSession
) -> None:
    case = _case(api)
    reviewer = browser_session("ohchr@example.org")
    assert reviewer.get(f"/review/applications/{case.application}").status_code == 200
    _move(api, case, "longlisted", "shortlisted")
    assert reviewer.get(f"/review/applications/{case.application}").status_code == 200
    reads = [read for read in _reads(api, "application") if read[0] == "reading the application"]
    assert reads == [("reading the application", {"letter": "masked"}),
                     ("reading the application", {"letter": "whole"})]  # fmt: skip


def test_only_staff_who_review_the_vacancy_read_the_application(
    api: Api, browser_session: BrowserSession
) -> None:
    case = _case(api)
    api.staff("unesco@example.org", "reviewer", organization="UNESCO")
    api.staff("jp@example.org", "admin", sponsor="JP")
    url = f"/review/applications/{case.application}"
    assert browser_session("unesco@example.org").get(url).status_code == 403
    assert browser_session("jp@example.org").get(url).status_code == 403
    assert browser_session("kr@example.org").get(url).status_code == 200  # the vacancy's programme admin
    assert browser_session("ohchr@example.org").get("/review/applications/999999").status_code == 404
    anonymous = TestClient(api.client.app, headers={"Accept": "text/html"})
    assert "/sign-in" in anonymous.get(url, follow_redirects=False).headers.get("location", "")
    _move(api, case, "longlisted", "shortlisted")
    document = f"{url}/documents/{case.document}"
    assert browser_session("unesco@example.org").get(document).status_code == 404  # not even told it exists
    assert browser_session("ohchr@example.org").get(document).status_code == 200


def test_a_decision_on_the_page_needs_a_reason_and_comes_back_to_it(
    api: Api, browser_session: BrowserSession
) -> None:
    case = _case(api)
    reviewer = browser_session("ohchr@example.org")
    url = f"/review/applications/{case.application}/decision"
    refused = reviewer.post(url, data={"to": "longlisted", "reason": "  "})
    assert refused.status_code == 422 and "Give the reason for this decision." in refused.text
    wrong = reviewer.post(url, data={"to": "selected", "reason": "Too soon."})
    assert wrong.status_code == 409
    done = reviewer.post(url, data={"to": "longlisted", "reason": "Strong letter."}, follow_redirects=False)
    assert done.status_code == 303
    assert done.headers["location"].startswith(f"/review/applications/{case.application}?decided=true")
    page = reviewer.get(done.headers["location"])
    assert "Decision recorded: the application is now long-listed." in _text(page.text)
    assert "Strong letter." in page.text


def test_a_rejection_after_shortlisting_stays_open_and_before_it_stays_blind(api: Api) -> None:
    case = _case(api)
    _move(api, case, "not_selected")
    view = api.client.get(f"/api/v1/staff/applications/{case.application}", headers=case.reviewer).json()
    assert view["unblinded"] is False and "Ji-woo" not in view["motivation"]
    other = _case_again(api, case)
    _move(api, other, "longlisted", "shortlisted", "not_selected")
    view = api.client.get(f"/api/v1/staff/applications/{other.application}", headers=other.reviewer).json()
    assert view["unblinded"] is True and view["motivation"] == LETTER


def _case_again(api: Api, case: Case) -> Case:
    """A second application to the same vacancy, by another candidate."""
    candidate = api.candidate("second@example.org", name={"given": "Min", "family": "Lee"})
    applied = api.client.post(f"/api/v1/vacancies/{case.vacancy}/applications", json={"motivation": LETTER},
                              headers={**candidate, "Idempotency-Key": "k2"})  # fmt: skip
    assert applied.status_code == 201, applied.text
    return Case(case.vacancy, applied.json()["id"], case.document, case.admin, case.reviewer)
