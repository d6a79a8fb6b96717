"""The programme admin's journey in a real browser: sign in, upload a ToR, check a field beside its
highlighted source, correct the title and the deadline, publish, find it on the public list, read its
dashboard once candidates applied; axe-core finds nothing serious on any of these pages."""

from __future__ import annotations

import re
from datetime import date, timedelta

from playwright.sync_api import Browser, Page, expect

from jpo.demo.setup import seed_files
from tests.browser.conftest import overflow, serious_violations
from tests.support.profiles import make_profile

SEED = next(path for path in seed_files() if path.name.startswith("002"))
TITLE = "JPO in Business, Human Rights and Technology (B-Tech, browser test)"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n%"


def _sign_in(page: Page, server: str) -> None:
    page.goto(server + "/admin")
    expect(page).to_have_url(re.compile(r"/sign-in\?next=/admin$"))
    page.get_by_label("E-mail address").fill("admin@demo.jpo.example")
    page.get_by_label("Password").fill("demo-admin-pass")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Manage vacancies")


def _apply(page: Page, server: str, email: str, **profile: object) -> None:
    """A new candidate, with a profile, applies to the vacancy through the API."""
    api = page.request
    assert api.post(server + "/api/v1/users", data={"email": email, "password": "a long secret"}).ok
    token = api.post(server + "/api/v1/auth/token", form={"username": email, "password": "a long secret"})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    recent = (date.today() - timedelta(days=30)).isoformat()
    document = make_profile(language_tests=[{"test": "TOEFL iBT", "score": 110, "date": recent}], **profile)
    assert api.put(server + "/api/v1/profiles/me", data=document.model_dump(mode="json", by_alias=True),
                   headers=headers).ok  # fmt: skip
    vacancy = page.url.split("/admin/vacancies/")[1].split("?")[0].split("#")[0]
    url = f"{server}/api/v1/vacancies/{vacancy}/applications"
    applied = api.post(url, data={"motivation": "B-Tech"}, headers={**headers, "Idempotency-Key": email})
    assert applied.status == 422  # seed 002 asks for documents: sent through a draft, as the problem lists
    for missing in applied.json()["missing"]:
        pdf = {"name": "scan.pdf", "mimeType": "application/pdf", "buffer": PDF + missing["key"].encode()}
        attached = api.post(f"{server}/api/v1/vacancies/{vacancy}/draft/documents", headers=headers,
                            multipart={"item": missing["key"], "file": pdf})  # fmt: skip
        assert attached.status == 201, attached.text()
    applied = api.post(url, data={"motivation": "B-Tech"}, headers={**headers, "Idempotency-Key": email})
    assert applied.status == 201, applied.text()


def test_upload_check_correct_publish_and_read_the_dashboard(page: Page, server: str) -> None:
    _sign_in(page, server)
    assert serious_violations(page) == []
    page.get_by_label("Terms of Reference file").set_input_files(str(SEED))
    page.get_by_role("button", name="Upload and read").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "JPO in Human Rights (Business and Human Rights in Technology)"
    )
    title = page.get_by_label("Title", exact=True)
    expect(title.locator("xpath=ancestor::div[@class='admin-row']//mark")).to_have_text(
        "JPO in Human Rights (Business and Human Rights in Technology)"
    )
    assert page.locator(".tor-text mark").count() > 20
    assert serious_violations(page) == []  # the review page, highlights and all
    page.get_by_role("link", name="Show in the document (Title)").click()
    expect(page).to_have_url(re.compile(r"#src-title$"))
    expect(page.locator("#src-title + mark")).to_be_in_viewport()

    title.fill(TITLE)
    page.get_by_label("Deadline (local time)").fill("2099-06-30T23:59")
    page.get_by_role("button", name="Save corrections").click()
    expect(page.get_by_role("status")).to_have_text("Your corrections are saved.")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    page.get_by_role("button", name="Publish").click()
    page.get_by_role("button", name="Yes, publish it").click()  # asked first
    expect(page.get_by_role("status")).to_have_text("The vacancy is published.")
    review = page.url

    _apply(page, server, "btech.one@example.org")
    _apply(page, server, "btech.two@example.org", birth_date=None)  # its age cannot be decided
    page.goto(server + "/")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()

    page.goto(review)
    page.get_by_role("link", name="Dashboard").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Dashboard: {TITLE}")
    for status in ("eligible", "needs review"):
        header = page.get_by_role("rowheader", name=re.compile(f"^{status}( \\(|$)"))  # then what it means
        cell = header.locator("xpath=following-sibling::td")
        expect(cell).to_have_text(re.compile(r"^1\b"))  # the count, linked to the filtered table
    expect(page.locator(".chart-bars[role=img]")).to_have_attribute(
        "aria-label", re.compile("Age: not met 0, not decided 1")
    )
    assert serious_violations(page) == []

    page.goto(review)  # leave the shared demo as it was: off the public list
    page.get_by_role("button", name="Close applications").click()
    page.get_by_role("button", name="Yes, close applications").click()
    expect(page.get_by_role("status")).to_have_text("The vacancy is closed.")


def test_the_admin_pages_fit_a_phone(browser: Browser, server: str) -> None:
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True
    )
    phone = context.new_page()
    _sign_in(phone, server)
    for path in ("/admin", "/admin/vacancies/1", "/admin/vacancies/1/dashboard"):
        phone.goto(server + path)
        wider = overflow(phone)
        assert wider <= 0, f"{path} scrolls sideways by {wider}px"
    context.close()
