"""A candidate applies to seed 002 (OHCHR, Korean programme) in a real browser: sending the form empty is
refused with what is missing; the application is completed from a draft (saved, left with the back
button, found again, read in French) and sent; a document is then replaced before the deadline. axe-core
finds nothing serious on the way; screenshots are taken to look at (JPO_SCREENSHOTS keeps them)."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from playwright.sync_api import Page, expect

from jpo.demo.setup import seed_files
from tests.browser.conftest import serious_violations
from tests.support.profiles import make_profile

POST = "JPO in Human Rights (Business and Human Rights in Technology)"  # seed 002
PASSWORD = "a long enough secret"


def _pdf(tag: str) -> dict[str, object]:
    data = b"%PDF-1.4\n1 0 obj<<>>endobj\n% " + tag.encode() + b"\ntrailer<<>>\n%%EOF\n"
    return {"name": f"{tag}.pdf", "mimeType": "application/pdf", "buffer": data}


@pytest.fixture
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("JPO_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _veteran(page: Page, server: str) -> None:
    """Sign up through the form; a profile (a Korean man who completed military service) through the API."""
    email = f"complete-{uuid4().hex[:10]}@example.org"
    page.goto(server + "/sign-up")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label(re.compile(r"^Password \(required\)$")).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()
    token = page.request.post(server + "/api/v1/auth/token", form={"username": email, "password": PASSWORD})
    recent = (date.today() - timedelta(days=30)).isoformat()
    profile = make_profile(sex="male", military_service={"months": 21},
                           language_tests=[{"test": "TOEFL iBT", "score": 110, "date": recent}])  # fmt: skip
    saved = page.request.put(server + "/api/v1/profiles/me", data=profile.model_dump(mode="json", by_alias=True),
                             headers={"Authorization": f"Bearer {token.json()['access_token']}"})  # fmt: skip
    assert saved.ok, saved.text()


def _missing(page: Page) -> list[str]:
    return [text.strip()[:40] for text in page.locator("ul.missing li").all_inner_texts()]


def test_an_incomplete_application_is_refused_then_completed_from_a_draft(
    page: Page, server: str, shots: Path
) -> None:
    _veteran(page, server)
    page.goto(server + "/")
    page.get_by_role("link", name=POST).first.click()
    page.get_by_role("link", name="Apply for this post").click()
    expect(page.get_by_role("heading", name="What a complete application holds")).to_be_visible()
    assert _missing(page)[0] == "Motivation letter"
    military = page.locator("table.checklist-table tr", has_text="Korean Military Service")
    expect(military.locator("td").first).to_have_text("Required for you")
    assert serious_violations(page) == []
    page.screenshot(path=str(shots / "apply-checklist.png"), full_page=True)

    # A real mistake: the form sent as it is, empty.
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("alert")).to_contain_text("Your application is not complete")
    # The letter and five documents, the military record among them (the demo admin made the low-income
    # and disability certificates optional).
    assert len(_missing(page)) == 6
    assert serious_violations(page) == []
    page.screenshot(path=str(shots / "apply-refused-empty.png"), full_page=True)

    # Part of it, kept as a draft.
    page.get_by_label("Motivation letter (required)", exact=True).fill(
        "Technology and human rights are where I can help."
    )
    page.locator("#f-item-identity").set_input_files(_pdf("resident-register"))
    page.locator("#f-item-degree").set_input_files(_pdf("degree"))
    page.get_by_role("button", name="Save as a draft").click()
    expect(page.get_by_role("status")).to_have_text(re.compile("Your draft is saved"))
    assert len(_missing(page)) == 3
    expect(page.get_by_role("heading", name="Continue your application")).to_be_visible()

    # The back button, then the draft found again from "My applications".
    page.go_back()
    page.goto(server + "/me/applications")
    page.get_by_role("link", name=POST).click()
    expect(page.get_by_label("Motivation letter (required)", exact=True)).to_have_value(
        "Technology and human rights are where I can help."
    )
    expect(page.locator("table.checklist-table")).to_contain_text("resident-register.pdf")

    # The same page in French.
    page.goto(page.url.split("?")[0] + "?lang=fr")
    expect(page.get_by_role("heading", name="Ce que contient une candidature complète")).to_be_visible()
    expect(page.get_by_text("Encore manquant avant de pouvoir l'envoyer :")).to_be_visible()
    expect(page.locator("table.checklist-table")).to_contain_text("Obligatoire pour vous")
    assert serious_violations(page) == []
    page.screenshot(path=str(shots / "apply-draft-fr.png"), full_page=True)
    page.goto(page.url.split("?")[0] + "?lang=en")

    # The rest, and the application is sent.
    for key in ("application-form", "test-certificate", "military-record"):
        page.locator(f"#f-item-{key}").set_input_files(_pdf(key))
    page.get_by_role("button", name="Send my application").click()
    expect(page).to_have_url(re.compile(r"/me/applications/\d+"))
    expect(page.get_by_role("heading", level=1)).to_have_text(POST)
    for name in ("resident-register.pdf", "degree.pdf", "military-record.pdf"):
        expect(page.get_by_role("link", name=name)).to_be_visible()
    assert serious_violations(page) == []
    page.screenshot(path=str(shots / "application-sent.png"), full_page=True)

    # Before the deadline, a document is replaced by a new version.
    page.get_by_label("New version of degree.pdf").set_input_files(_pdf("degree-certified"))
    page.locator("form.replace", has=page.get_by_label("New version of degree.pdf")).get_by_role(
        "button", name="Replace"
    ).click()
    expect(page.get_by_role("status")).to_have_text(re.compile("The document was replaced"))
    expect(page.get_by_role("link", name="degree-certified.pdf")).to_be_visible()
    expect(page.get_by_role("link", name="degree.pdf", exact=True)).to_have_count(0)
    assert serious_violations(page) == []


def test_the_admin_decides_what_the_tor_leaves_open_and_confirms_the_checklist(
    page: Page, server: str, shots: Path
) -> None:
    seed = next(path for path in seed_files() if path.name.startswith("003"))
    page.goto(server + "/admin")
    page.get_by_label("E-mail address").fill("admin@demo.jpo.example")
    page.get_by_label("Password").fill("demo-admin-pass")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Terms of Reference file").set_input_files(str(seed))
    page.get_by_role("button", name="Upload and read").click()
    section = page.locator("#checklist")
    expect(section).to_contain_text("not confirmed yet")
    expect(section.get_by_role("note")).to_contain_text("Only for low-income applicants")
    low_income = section.locator("fieldset.checklist-item", has_text="Only for low-income applicants")
    low_income.get_by_label("Asked of").select_option("optional")
    military = section.locator("fieldset.checklist-item", has_text="Only for male applicants")
    expect(military.get_by_label("Asked of")).to_have_value("required_when")
    expect(military.get_by_label("the candidate is male")).to_be_checked()
    assert serious_violations(page) == []
    section.screenshot(path=str(shots / "admin-checklist.png"))
    section.get_by_role("button", name="Confirm the checklist").click()
    expect(page.locator("#checklist").get_by_role("status")).to_have_text(
        "The document checklist is confirmed. Candidates are held to it from now on."
    )
    expect(page.locator("#checklist")).not_to_contain_text("not confirmed yet")
    page.goto(page.url.split("?")[0] + "?lang=fr")
    expect(page.get_by_role("heading", name="Documents que les candidats doivent envoyer")).to_be_visible()
    assert serious_violations(page) == []
