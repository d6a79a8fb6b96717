"""A visitor applies without an account: sign-up keeps where they were going and brings them back to
applying; in the profile, leaving with unsaved changes asks first (the browser's own dialog), a section
saves alone without a page load, and the pickers are in French order in French. Demo applicants see each
application's progress as a dated timeline, never the reasons staff wrote. axe-core runs on each page."""

from __future__ import annotations

import re
from pathlib import Path
from uuid import uuid4

import pytest
from playwright.sync_api import Dialog, Page, expect

from jpo.demo.applicants import APPLICANT_PASSWORD
from tests.browser.conftest import serious_violations

POST = "JPO in Humanitarian Affairs and Data Policy"


@pytest.fixture
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the screenshots go (JPO_SCREENSHOTS to keep them, e.g. to look at them)."""
    import os

    folder = Path(os.environ.get("JPO_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# Screenshots keep the caret: hiding it injects a style, which the pages' Content-Security-Policy refuses.


class Dialogs:
    """The dialogs the page opened; each is dismissed (the candidate chooses to stay)."""

    def __init__(self, page: Page) -> None:
        self.seen: list[str] = []
        page.on("dialog", self._dismiss)

    def _dismiss(self, dialog: Dialog) -> None:
        self.seen.append(dialog.type)
        dialog.dismiss()


def _leave(page: Page) -> None:
    """Try to go to "My applications" from the menu."""
    page.get_by_role("navigation").first.get_by_role("link", name="My applications").click(no_wait_after=True)
    page.wait_for_timeout(300)


def _sign_up_from_apply(page: Page, server: str) -> None:
    page.goto(server + "/")
    page.get_by_role("link", name=POST).first.click()
    page.get_by_role("link", name="Apply for this post").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    expect(page.get_by_text("to continue where you were going")).to_be_visible()
    page.get_by_role("main").get_by_role("link", name="Create one").click()
    expect(page.get_by_text("you will go back to where you were going")).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("E-mail address").fill(f"next-{uuid4().hex[:10]}@example.org")
    page.get_by_label("Password (required)", exact=True).fill("a long enough secret")
    page.get_by_label("Password again").fill("a long enough secret")
    page.get_by_role("button", name="Create my account").click()
    expect(page).to_have_url(re.compile(r"/vacancies/\d+/apply"))  # back to applying
    expect(page.get_by_role("heading", level=1)).to_contain_text(POST)
    expect(page.get_by_text("You have not saved a profile yet.")).to_be_visible()


def test_sign_up_returns_to_applying_and_the_profile_warns_before_losing_changes(
    page: Page, server: str, shots: Path
) -> None:
    _sign_up_from_apply(page, server)
    page.get_by_role("link", name="Fill in my profile").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My profile")
    dialogs = Dialogs(page)
    _leave(page)  # nothing typed yet: no question
    expect(page.get_by_role("heading", level=1)).to_have_text("My applications")
    assert dialogs.seen == []
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text("My profile")
    assert serious_violations(page) == []

    page.get_by_label("Given name").fill("Amara")
    page.get_by_label("Family name").fill("Okafor")
    page.get_by_label("Date of birth").fill("1997-03-14")
    _leave(page)
    assert dialogs.seen == ["beforeunload"]  # the browser asked; the candidate stayed
    expect(page.get_by_role("heading", level=1)).to_have_text("My profile")
    expect(page.get_by_label("Given name")).to_have_value("Amara")

    page.evaluate("window.notReloaded = true")
    page.get_by_role("button", name="Save this section (Your name)").click()
    expect(page.get_by_role("status")).to_contain_text("Saved: Your name.")
    expect(page.get_by_role("status")).to_contain_text("Version 1")
    assert page.evaluate("window.notReloaded") is True  # htmx saved the section in place
    expect(page.get_by_label("Date of birth")).to_have_value("1997-03-14")  # the unsaved part is kept
    page.screenshot(path=str(shots / "profile-section-saved.png"), full_page=False, caret="initial")
    assert serious_violations(page) == []
    _leave(page)
    assert dialogs.seen == ["beforeunload", "beforeunload"]  # the date of birth is still unsaved

    page.get_by_role("button", name="Save this section (About you)").click()
    expect(page.get_by_role("status")).to_contain_text("Version 2")
    _leave(page)  # everything saved: leaving asks nothing
    expect(page.get_by_role("heading", level=1)).to_have_text("My applications")
    assert dialogs.seen == ["beforeunload", "beforeunload"]

    page.goto(server + "/me/profile")
    expect(page.get_by_label("Given name")).to_have_value("Amara")
    page.get_by_role("textbox", name="Skills").fill("data protection")
    page.get_by_role("button", name="Save my profile").last.click()  # sending the whole form is not leaving
    expect(page.get_by_role("status")).to_contain_text("Your profile is saved.")
    assert dialogs.seen == ["beforeunload", "beforeunload"]
    expect(page.get_by_role("link", name="Continue where you were going")).to_have_count(0)


def test_the_pickers_are_in_french_and_in_french_order(page: Page, server: str, shots: Path) -> None:
    page.goto(server + "/sign-up?lang=fr")
    page.get_by_label("Adresse électronique").fill(f"fr-{uuid4().hex[:10]}@example.org")
    page.get_by_label("Mot de passe (obligatoire)", exact=True).fill("a long enough secret")
    page.get_by_label("Mot de passe (confirmation)").fill("a long enough secret")
    page.get_by_role("button", name="Créer mon compte").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon profil")
    country = page.get_by_role("group", name="Nationalité 1").get_by_label("Pays")
    names = country.locator("option").all_inner_texts()[1:]
    assert names.index("Djibouti") < names.index("Égypte") < names.index("Équateur") < names.index("Espagne")
    assert names[:3] == ["Afghanistan", "Afrique du Sud", "Albanie"] and names[-1] == "Zimbabwe"
    country.select_option(label="Égypte")
    language = page.get_by_role("group", name="Langue 1").get_by_label("Langue")
    languages = language.locator("option").all_inner_texts()[1:]
    assert languages.index("Anglais") < languages.index("Arabe") and "English" not in languages
    assert languages.index("Espagnol") < languages.index("Éwé") < languages.index("Féroïen")
    country.focus()
    page.screenshot(path=str(shots / "profile-fr-pickers.png"), caret="initial")
    assert serious_violations(page) == []


@pytest.mark.parametrize(
    ("email", "stage", "hidden"),
    [("applicant.01@demo.jpo.example", "Long-listed", "Master's in human rights law and four years"),
     ("applicant.07@demo.jpo.example", "Not eligible", "The date of birth on the passport"),
     ("applicant.05@demo.jpo.example", "Withdrawn", "demo.jpo.example/")],
)  # fmt: skip
def test_a_demo_applicant_follows_each_application_on_a_timeline(
    page: Page, server: str, shots: Path, email: str, stage: str, hidden: str
) -> None:
    page.goto(server + "/sign-in")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(APPLICANT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My applications")
    row = page.get_by_role("row").filter(has_text="since").first
    expect(row).to_be_visible()
    assert serious_violations(page) == []
    rows = page.get_by_role("row").all()[1:]
    for index in range(len(rows)):
        page.get_by_role("row").nth(index + 1).get_by_role("link").click()
        timeline = page.locator("section.timeline")
        expect(timeline.get_by_role("listitem").first).to_contain_text("Submitted")
        current = timeline.locator('[aria-current="step"]')
        expect(current).to_have_count(1)
        if stage in current.inner_text():
            expect(current.locator("time")).to_have_count(1)
            assert hidden not in page.content()
            page.screenshot(
                path=str(shots / f"timeline-{email.split('@')[0]}.png"), full_page=True, caret="initial"
            )
            assert serious_violations(page) == []
            if stage == "Withdrawn":
                expect(page.get_by_text("This application is withdrawn: you withdrew it on")).to_be_visible()
            return
        page.go_back()
    pytest.fail(f"no application of {email} is at {stage}")
