"""A freshly signed-up candidate (profile saved through the JSON API) applies to a demo vacancy with a
file, is told plainly about a wrong file, downloads the receipt, finds the application listed, reads
their data and deletes the account; every page passes axe-core and fits a phone."""

from __future__ import annotations

import re
from typing import Any
from uuid import uuid4

from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import overflow, serious_violations

PASSWORD = "a long enough secret"
POST = "JPO in Humanitarian Affairs and Data Policy"  # no sponsor: this profile meets its rules
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PROFILE: dict[str, Any] = {
    "schema": "jpo.profile/1", "birth_date": "1997-03-14", "sex": "female", "nationalities": ["KR"],
    "education": [{"level": "master", "field": "Human Rights Law", "institution": "Geneva Graduate Institute",
                   "completed": "2021-06-30"}],
    "experience": [{"title": "Research assistant", "organization": "Human rights NGO", "start": "2021-09-01",
                    "end": None, "full_time": True, "description": "Research and reports on data policy."}],
    "languages": [{"code": "ko", "level": "native"}, {"code": "en", "level": "fluent"},
                  {"code": "fr", "level": "good"}],
    "language_tests": [], "military_service": None, "prior_programmes": [], "applications": [],
}  # fmt: skip


def _new_candidate(page: Page, server: str) -> str:
    """Sign up through the form, then save a profile with the API (the profile builder is not used)."""
    email = f"applicant-{uuid4().hex[:10]}@example.org"
    page.goto(server + "/sign-up")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label(re.compile(r"^Password \(required\)$")).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    token = page.request.post(server + "/api/v1/auth/token", form={"username": email, "password": PASSWORD})
    assert token.ok, token.text()
    saved = page.request.put(server + "/api/v1/profiles/me", data=PROFILE,
                             headers={"Authorization": f"Bearer {token.json()['access_token']}"})  # fmt: skip
    assert saved.ok, saved.text()
    return email


def _vacancy_path(page: Page, server: str) -> str:
    page.goto(server + "/")
    href = page.get_by_role("link", name=POST).first.get_attribute("href")
    assert href
    return href.split("?")[0]


def test_apply_with_a_file_download_the_receipt_and_find_it(page: Page, server: str) -> None:
    email = _new_candidate(page, server)
    page.goto(server + _vacancy_path(page, server) + "/apply")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Apply: {POST}")
    expect(page.get_by_role("heading", name="Your eligibility")).to_be_visible()
    expect(page.locator(".verdict")).to_have_text(re.compile("You appear to meet every rule"))
    expect(page.get_by_text("At most 20,000 characters.")).to_be_visible()
    assert serious_violations(page) == []

    page.get_by_label("Motivation letter", exact=True).fill("Data policy is where I can help most.")
    page.get_by_label("CV", exact=True).set_input_files(
        {"name": "cv.txt", "mimeType": "text/plain", "buffer": b"a plain text CV"}
    )
    page.get_by_role("button", name="Send my application").click()
    expect(page.locator("#f-cv-error")).to_have_text(
        "cv.txt is not accepted: only PDF, DOCX, PNG, JPEG files are."
    )
    expect(page.get_by_label("Motivation letter", exact=True)).to_have_value(
        "Data policy is where I can help most."
    )
    expect(page.get_by_text("please choose them again")).to_be_visible()
    assert serious_violations(page) == []  # the form with its errors, too

    page.get_by_label("CV", exact=True).set_input_files(
        {"name": "cv.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Send my application").click()
    expect(page).to_have_url(re.compile(r"/me/applications/\d+"))
    expect(page.get_by_role("heading", level=1)).to_have_text(POST)
    receipt = page.locator(".facts dd strong").inner_text()
    assert re.fullmatch(r"JPO-\d{4}-[A-Z2-9]{8}", receipt), receipt
    expect(page.get_by_role("link", name="cv.pdf")).to_be_visible()
    assert serious_violations(page) == []

    with page.expect_download() as info:
        page.get_by_role("link", name="Download receipt (PDF)").click()
    download = info.value
    assert download.suggested_filename == f"{receipt}.pdf"
    assert download.path().read_bytes().startswith(b"%PDF")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="My applications").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My applications")
    expect(page.get_by_role("row", name=re.compile(POST))).to_contain_text("eligible")
    assert serious_violations(page) == []

    page.get_by_role("link", name=POST).click()
    page.get_by_role("link", name="Withdraw this application").click()
    expect(page.get_by_role("button", name="Yes, withdraw my application")).to_be_visible()
    assert serious_violations(page) == []

    page.get_by_role("link", name="My applications").first.click()
    page.get_by_role("main").get_by_role("link", name="My data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My data")
    expect(page.get_by_role("cell", name=email)).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("Type your password to confirm").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account for good").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account has been deleted")
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()  # signed out
    assert serious_violations(page) == []


def test_the_candidate_pages_fit_a_phone(browser: Browser, server: str) -> None:
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True
    )
    phone = context.new_page()
    _new_candidate(phone, server)
    apply = _vacancy_path(phone, server) + "/apply"
    phone.goto(server + apply)
    phone.get_by_label("CV", exact=True).set_input_files(
        {"name": "cv.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    phone.get_by_role("button", name="Send my application").click()
    expect(phone).to_have_url(re.compile(r"/me/applications/\d+"))
    application = phone.url.split("?")[0].removeprefix(server)
    for path in (apply, "/me/applications", application, application + "/withdraw", "/me/data"):
        phone.goto(server + path)
        wider = overflow(phone)
        assert wider <= 0, f"{path} scrolls sideways by {wider}px on a phone"
    context.close()
