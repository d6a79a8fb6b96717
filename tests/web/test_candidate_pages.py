"""A candidate's pages over the real app and database: apply with eligibility first and documents
(idempotent, all or nothing), my applications and receipts, withdraw, my data, deleting the account."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response
from sqlalchemy import func, select

from jpo.db.models import Application, AuditEvent, Document, ProfileVersion, User
from jpo.db.session import unit_of_work
from jpo.settings import Settings
from tests.api.conftest import PASSWORD, Api
from tests.web.conftest import BrowserSession

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
LIMIT_MB = 0.05  # 52,428 bytes: small enough to go over in a test


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url, max_upload_mb=LIMIT_MB)


def _count(api: Api, model: type) -> int:
    with unit_of_work(api.engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _stored(settings: Settings) -> set[Path]:
    return {path for path in settings.data_dir.rglob("*") if path.is_file()}


def _key(page: str) -> str:
    found = re.search(r'name="key" value="([^"]+)"', page)
    assert found, "the form carries no idempotency key"
    return found.group(1)


def _open(api: Api, browser_session: BrowserSession, **profile: object) -> tuple[TestClient, int]:
    """A signed-in candidate (made with `profile` changes) and a Korean programme vacancy."""
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    api.candidate("c@example.org", **profile)
    return browser_session("c@example.org"), vacancy


def _send(browser: TestClient, vacancy: int, key: str, files: list[tuple[str, tuple[str, bytes, str]]],
          motivation: str = "I care about human rights.") -> Response:  # fmt: skip
    return browser.post(f"/vacancies/{vacancy}/apply", data={"motivation": motivation, "key": key}, files=files,
                        follow_redirects=False)  # fmt: skip


def test_apply_with_a_document_download_the_receipt_and_find_it_listed(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session)
    form = browser.get(f"/vacancies/{vacancy}/apply")
    assert form.status_code == 200
    page = form.text
    assert page.index("Your eligibility") < page.index('enctype="multipart/form-data"')  # verdict first
    assert "You appear to meet every rule" in page and 'href="/me/profile?lang=en"' in page
    assert 'maxlength="20000"' in page and "At most 20,000 characters." in page
    assert "PDF, DOCX, PNG, JPEG, at most 0.05 MB" in page and 'accept=".pdf,' in page
    assert "Jan 1, 2099, 1:00\u202fAM</time> Geneva time" in page and "(duty station, Europe/Zurich)" in page
    sent = browser.post(
        f"/vacancies/{vacancy}/apply", data={"motivation": "Line one.\r\nLine two.", "key": _key(page)},
        files=[("cv", ("my cv.pdf", PDF, "application/pdf")), ("degree", ("d1.png", PNG, "image/png")),
               ("degree", ("d2.pdf", PDF, "application/pdf"))],
        follow_redirects=False,
    )  # fmt: skip
    assert sent.status_code == 303, sent.text
    location = sent.headers["location"]
    assert re.fullmatch(r"/me/applications/\d+", location)
    assert _count(api, Application) == 1 and _count(api, Document) == 3
    with unit_of_work(api.engine) as session:
        application = session.scalars(select(Application)).one()
        assert application.motivation == "Line one.\nLine two."  # one character per line end, as counted
        receipt_number = application.receipt
    shown = browser.get(location)
    assert shown.status_code == 200 and receipt_number in shown.text and "eligible" in shown.text
    assert "my cv.pdf" in shown.text and "Download receipt (PDF)" in shown.text
    receipt = browser.get(location + "/receipt.pdf")
    assert receipt.status_code == 200 and receipt.content.startswith(b"%PDF")
    assert receipt.headers["content-disposition"] == f'attachment; filename="{receipt_number}.pdf"'
    document = re.search(r'href="(/me/applications/\d+/documents/\d+)\?lang=en">my cv.pdf', shown.text)
    assert document and browser.get(document.group(1)).content == PDF
    listed = browser.get("/me/applications").text
    assert "JPO in Human Rights" in listed and f'href="{location}?lang=en"' in listed and "OHCHR" in listed


def test_a_double_submit_with_the_same_key_makes_one_application(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session)
    key = _key(browser.get(f"/vacancies/{vacancy}/apply").text)
    files = [("cv", ("cv.pdf", PDF, "application/pdf"))]
    first, second = _send(browser, vacancy, key, files), _send(browser, vacancy, key, files)
    assert first.status_code == second.status_code == 303
    assert first.headers["location"] == second.headers["location"]
    assert _count(api, Application) == 1 and _count(api, Document) == 1
    again = browser.get(f"/vacancies/{vacancy}/apply").text
    assert "You have already applied to this vacancy." in again and "Send my application" not in again
    other_key = _send(browser, vacancy, "another-key", [])
    assert other_key.status_code == 409 and "already applied" in other_key.text


def test_an_ineligible_candidate_sees_the_failing_rule_and_cannot_submit(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session, nationalities=["FR"])
    page = browser.get(f"/vacancies/{vacancy}/apply").text
    row = re.search(r"<tr><th scope=\"row\">Nationality</th>\s*<td class=\"status-fail\">not met</td>", page)
    assert row, page
    assert "You cannot apply to this vacancy" in page and "Send my application" not in page
    assert 'type="file"' not in page
    forced = _send(browser, vacancy, "forced", [("cv", ("cv.pdf", PDF, "application/pdf"))])
    assert forced.status_code == 422
    assert "You do not meet every rule of this vacancy" in forced.text
    assert re.search(r"<li>Nationality: .+</li>", forced.text)
    assert _count(api, Application) == 0 and _count(api, Document) == 0
    with unit_of_work(api.engine) as session:  # the service keeps its refusals on record
        refusals = session.scalar(select(func.count()).where(AuditEvent.action == "application.refused"))
    assert refusals == 1  # kept, as through the API, though the form's savepoint was undone


def test_files_too_large_or_of_the_wrong_type_save_nothing(
    api: Api, browser_session: BrowserSession, settings: Settings
) -> None:
    browser, vacancy = _open(api, browser_session)
    before = _stored(settings)
    key = _key(browser.get(f"/vacancies/{vacancy}/apply").text)
    big = PDF + b"x" * int(LIMIT_MB * 1024 * 1024)
    too_large = _send(
        browser, vacancy, key, [("cv", ("cv.pdf", big, "application/pdf"))], motivation="Kept <b>"
    )
    page = too_large.text
    assert too_large.status_code == 422
    assert 'id="f-cv-error">cv.pdf is over the limit of 0.05 MB.' in page
    assert 'aria-invalid="true"' in page and 'href="#f-cv"' in page  # beside the field and in the summary
    assert "Kept &lt;b&gt;</textarea>" in page and "choose them again" in page and _key(page) == key
    wrong = _send(browser, vacancy, key, [("cv", ("cv.pdf", PDF, "application/pdf")),
                                          ("degree", ("degree.pdf", b"just text, not a PDF", "application/pdf"))])  # fmt: skip
    assert wrong.status_code == 422
    assert (
        'id="f-degree-error">degree.pdf is not accepted: only PDF, DOCX, PNG, JPEG files are.' in wrong.text
    )
    empty = _send(browser, vacancy, key, [("cv", ("cv.pdf", b"", "application/pdf"))])
    assert empty.status_code == 422 and "cv.pdf is empty." in empty.text
    assert _count(api, Application) == 0 and _count(api, Document) == 0
    assert _stored(settings) == before  # no file of a refused form was kept


def test_a_letter_over_the_limit_comes_back_kept_with_the_limit(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session)
    response = _send(browser, vacancy, "k", [], motivation="é" * 20_001)
    assert response.status_code == 422
    assert "Please shorten your letter to 20,000 characters at most." in response.text
    assert "é" * 20_001 + "</textarea>" in response.text
    french = browser.post(
        f"/vacancies/{vacancy}/apply?lang=fr", data={"motivation": "x" * 20_001, "key": "k"}
    )
    assert french.status_code == 422 and "20\u202f000 caractères" in french.text
    assert _count(api, Application) == 0


def test_without_a_profile_the_page_says_so_and_links_to_it(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    assert (
        api.client.post("/api/v1/users", json={"email": "n@example.org", "password": PASSWORD}).status_code
        == 201
    )
    browser = browser_session("n@example.org")
    page = browser.get(f"/vacancies/{vacancy}/apply").text
    assert "You have not saved a profile yet." in page and 'href="/me/profile?lang=en"' in page
    assert "Send my application" not in page
    forced = _send(browser, vacancy, "k", [])
    assert forced.status_code == 422 and "Save your profile before applying." in forced.text


def test_a_closed_vacancy_offers_no_form_and_refuses_a_post(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)  # published while open; then its deadline passes
    past = {"utc": "2024-08-09T14:59:00Z", "local": "2024-08-09T23:59:00+09:00", "timezone": "Asia/Seoul"}
    assert (
        api.client.patch(f"/api/v1/vacancies/{vacancy}", json={"closing": past}, headers=admin).status_code
        == 200
    )
    api.candidate("c@example.org")
    browser = browser_session("c@example.org")
    page = browser.get(f"/vacancies/{vacancy}/apply").text
    assert "Applications are closed." in page and "Send my application" not in page
    assert "Aug 9, 2024, 11:59" in page and "Asia/Seoul" in page  # the deadline in the duty station's time
    refused = _send(browser, vacancy, "k", [])
    assert refused.status_code == 409 and "Applications to this vacancy are closed." in refused.text
    assert _count(api, Application) == 0


def test_the_pages_are_for_signed_in_candidates(api: Api, browser_session: BrowserSession) -> None:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    anonymous = TestClient(api.client.app, headers={"Accept": "text/html"})
    away = anonymous.get(f"/vacancies/{vacancy}/apply", follow_redirects=False)
    assert away.status_code == 303 and away.headers["location"] == f"/sign-in?next=/vacancies/{vacancy}/apply"
    assert anonymous.get("/me/data", follow_redirects=False).headers["location"] == "/sign-in?next=/me/data"
    api.staff("rev@example.org", "reviewer", organization="OHCHR")
    assert browser_session("rev@example.org").get("/me/applications").status_code == 403


def test_another_candidates_application_is_not_found(api: Api, browser_session: BrowserSession) -> None:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    owner = api.candidate("owner@example.org")
    application = api.apply(owner, vacancy).json()["id"]
    api.candidate("other@example.org")
    other = browser_session("other@example.org")
    for path in ("", "/receipt.pdf", "/withdraw"):
        response = other.get(f"/me/applications/{application}{path}")
        assert response.status_code == 404 and "This page does not exist." in response.text, path
    assert other.post(f"/me/applications/{application}/withdraw").status_code == 404
    assert application not in [a["id"] for a in api.client.get("/api/v1/applications/mine",
                                                                headers=api.login("other@example.org")).json()]  # fmt: skip
    assert "You have not applied to any vacancy yet." in other.get("/me/applications").text


def test_withdrawing_asks_first_then_withdraws_once(api: Api, browser_session: BrowserSession) -> None:
    browser, vacancy = _open(api, browser_session)
    location = _send(browser, vacancy, "k", []).headers["location"]
    assert "Withdraw this application" in browser.get(location).text
    confirm = browser.get(location + "/withdraw")
    assert confirm.status_code == 200 and "Yes, withdraw my application" in confirm.text
    assert "withdrawn" not in browser.get(location).text  # asking changed nothing
    done = browser.post(location + "/withdraw", follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == location
    page = browser.get(location).text
    assert "withdrawn" in page and "Withdraw this application" not in page
    assert browser.post(location + "/withdraw").status_code == 409
    assert browser.get(location + "/withdraw").status_code == 409


def test_my_data_explains_and_exports_the_jpo_export_document(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session)
    _send(browser, vacancy, "k", [("cv", ("cv.pdf", PDF, "application/pdf"))])
    page = browser.get("/me/data").text
    assert (
        "c@example.org" in page
        and "<td>1 version</td>" in page
        and 'href="/me/data/export.json?lang=en"' in page
    )
    exported = browser.get("/me/data/export.json")
    assert exported.status_code == 200 and exported.headers["content-type"] == "application/json"
    assert exported.headers["content-disposition"].startswith('attachment; filename="jpo-export-')
    document = exported.json()
    assert document["schema"] == "jpo.export/1" and document["account"]["email"] == "c@example.org"
    assert [d["filename"] for d in document["applications"][0]["documents"]] == ["cv.pdf"]
    assert len(document["profiles"]) == 1


def test_deleting_the_account_needs_the_password_then_erases_it(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, vacancy = _open(api, browser_session)
    _send(browser, vacancy, "k", [("cv", ("cv.pdf", PDF, "application/pdf"))])
    wrong = browser.post("/me/data/delete", data={"password": "not my password"}, follow_redirects=False)
    assert wrong.status_code == 422 and 'id="f-password-error">This is not your password' in wrong.text
    assert _count(api, Application) == 1 and _count(api, Document) == 1 and _count(api, ProfileVersion) == 1
    assert "c@example.org" in browser.get("/me/data").text  # still signed in, nothing erased
    done = browser.post("/me/data/delete", data={"password": PASSWORD}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/account-deleted"
    assert 'jpo_session=""' in done.headers["set-cookie"] and "Max-Age=0" in done.headers["set-cookie"]
    assert "Your account has been deleted" in browser.get("/account-deleted").text
    assert _count(api, Application) == 0 and _count(api, Document) == 0 and _count(api, ProfileVersion) == 0
    with unit_of_work(api.engine) as session:
        assert session.scalar(select(User).where(User.email == "c@example.org")) is None
    again = api.client.post("/sign-in", data={"email": "c@example.org", "password": PASSWORD})
    assert again.status_code == 400


def test_the_pages_speak_french(api: Api, browser_session: BrowserSession) -> None:
    browser, vacancy = _open(api, browser_session)
    page = browser.get(f"/vacancies/{vacancy}/apply?lang=fr").text
    assert "<h1>Postuler : JPO in Human Rights" in page and "Votre éligibilité" in page
    assert "au plus 0,05 Mo" in page and "20\u202f000" in page
    location = _send(browser, vacancy, "k", []).headers["location"]
    shown = browser.get(location + "?lang=fr").text
    assert "Numéro de reçu" in shown and "Télécharger le reçu (PDF)" in shown
    assert "Mes données" in browser.get("/me/data?lang=fr").text


def test_wrong_passwords_on_deletion_count_like_failed_sign_ins(
    api: Api, browser_session: BrowserSession
) -> None:
    browser, _vacancy = _open(api, browser_session)
    for _attempt in range(5):
        assert browser.post("/me/data/delete", data={"password": "guess"}).status_code == 422
    paused = browser.post("/me/data/delete", data={"password": PASSWORD}, follow_redirects=False)
    assert paused.status_code == 429 and "Too many wrong passwords in a row" in paused.text
    assert _count(api, ProfileVersion) == 1  # the right password was not even tried: nothing erased


def test_the_yearly_limit_comes_back_as_a_conflict_with_the_letter_kept(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    limit = {"eligibility": {"max_applications_per_year": 1}}
    first, second = api.vacancy(admin, **limit), api.vacancy(admin, seed="003", **limit)
    api.candidate("c@example.org")
    browser = browser_session("c@example.org")
    assert _send(browser, first, "a", []).status_code == 303
    refused = _send(browser, second, "b", [("cv", ("cv.pdf", PDF, "application/pdf"))], motivation="Mine")
    assert (
        refused.status_code == 409
        and "as many applications this year as this programme allows" in refused.text
    )
    assert "Mine</textarea>" in refused.text
    assert _count(api, Application) == 1 and _count(api, Document) == 0
