"""An admin edits a draft and clicks Publish without saving: the page asks first and says the edit will
be saved, then publishes with it; closing asks too, and the public page then says the vacancy is closed
and offers no "Apply". In English and in French, axe-clean, with screenshots to look at."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from jpo.demo.setup import seed_files
from tests.browser.conftest import serious_violations

SEED = next(path for path in seed_files() if path.name.startswith("002"))
WORDS = {
    "en": {"upload": "Upload and read", "file": "Terms of Reference file", "title": "Title",
           "deadline": "Deadline (local time)", "publish": "Publish", "asked": "Publish this vacancy?",
           "yes": "Yes, publish it", "published": "Your corrections are saved and the vacancy is published.",
           "close": "Close applications", "close_asked": "Close applications?",
           "close_yes": "Yes, close applications", "closed": "The vacancy is closed.",
           "public": "See the public page", "says": "This vacancy is closed: it no longer takes applications.",
           "apply": "Apply for this post", "manage": "Manage vacancies", "dashboard": "Dashboard"},
    "fr": {"upload": "Déposer et lire", "file": "Fichier des termes de référence", "title": "Intitulé",
           "deadline": "Date limite (heure locale)", "publish": "Publier", "asked": "Publier ce poste ?",
           "yes": "Oui, le publier", "published": "Vos corrections sont enregistrées et le poste est publié.",
           "close": "Clore les candidatures", "close_asked": "Clore les candidatures ?",
           "close_yes": "Oui, clore les candidatures", "closed": "Le poste est clos.",
           "public": "Voir la page publique", "says": "Ce poste est clos : il ne reçoit plus de candidatures.",
           "apply": "Postuler à ce poste", "manage": "Gérer les postes", "dashboard": "Tableau de bord"},
}  # fmt: skip


def _shot(page: Page, folder: Path, name: str) -> None:
    page.screenshot(path=str(folder / f"publish-unsaved-{name}.png"), full_page=False)


def _sign_in(page: Page, server: str, lang: str) -> None:
    page.goto(f"{server}/language/{lang}")  # the switch's cookie: every page after it in that language
    page.goto(f"{server}/sign-in?next=/admin")
    page.locator("#f-email").fill("admin@demo.jpo.example")
    page.locator("#f-password").fill("demo-admin-pass")
    page.locator("form.narrow button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(WORDS[lang]["manage"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_publish_keeps_the_unsaved_edit_and_closing_asks_too(
    page: Page, server: str, lang: str, tmp_path: Path
) -> None:
    words = WORDS[lang]
    title = f"JPO in Human Rights and Technology (unsaved edit, {lang})"
    _sign_in(page, server, lang)
    page.get_by_label(words["file"]).set_input_files(str(SEED))
    page.get_by_role("button", name=words["upload"]).click()
    page.get_by_label(words["title"], exact=True).fill(title)
    page.get_by_label(words["deadline"]).fill("2099-06-30T23:59")  # seed 002's own deadline is past
    seen: list[str] = []
    page.on("dialog", lambda dialog: (seen.append(dialog.type), dialog.dismiss()))
    page.get_by_role("link", name=words["dashboard"]).click(no_wait_after=True)  # leaving by a link asks
    page.wait_for_timeout(300)
    assert seen == ["beforeunload"]
    expect(page.get_by_label(words["title"], exact=True)).to_have_value(title)  # stayed, edit still there
    page.get_by_role("button", name=words["publish"]).first.click()  # not saved first: sending is not leaving

    expect(page.get_by_role("heading", level=1)).to_have_text(words["asked"])
    changed = page.locator("section li")
    expect(changed).to_have_count(2)  # the title and the deadline, to be saved with the publication
    assert serious_violations(page) == []
    _shot(page, tmp_path, f"asked-{lang}")
    page.get_by_role("button", name=words["yes"]).click()
    expect(page.get_by_role("status")).to_have_text(words["published"])
    expect(page.get_by_role("heading", level=1)).to_have_text(title)  # the edit was kept
    review = page.url

    page.get_by_role("button", name=words["close"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(words["close_asked"])
    assert seen == ["beforeunload"]  # Publish and Close send the form: no question
    assert serious_violations(page) == []
    _shot(page, tmp_path, f"close-asked-{lang}")
    page.get_by_role("button", name=words["close_yes"]).click()
    expect(page.get_by_role("status")).to_have_text(words["closed"])
    assert page.url.split("?")[0] == review.split("?")[0]

    page.get_by_role("link", name=words["public"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text(words["says"])).to_be_visible()
    expect(page.get_by_role("link", name=words["apply"])).to_have_count(0)
    assert serious_violations(page) == []
    _shot(page, tmp_path, f"public-closed-{lang}")
    page.goto(re.sub(r"\?.*$", "", page.url) + f"/apply?lang={lang}")  # signed in as admin: not a candidate
    assert "Traceback" not in page.content()
