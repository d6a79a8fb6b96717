"""Screenshots for the README, taken with the browser tests' fixtures (a demo server, Chromium)."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page
from tests.browser.conftest import browser, server

__all__ = ["browser", "server"]
HERE = Path(__file__).resolve().parent


def _sign_in(page: Page, server: str, email: str, password: str) -> None:
    page.goto(server + "/sign-in?lang=en")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_screenshots(browser: Browser, server: str) -> None:
    wide = browser.new_context(viewport={"width": 1100, "height": 800}, locale="en-GB")
    page = wide.new_page()
    page.goto(server + "/")
    page.screenshot(path=str(HERE / "vacancies.png"), full_page=False)
    page.goto(server + "/vacancies/3?lang=fr")
    page.get_by_label("Nationalité (code du pays, p. ex. KR)").fill("KR")
    page.get_by_label("Date de naissance").fill("1997-03-14")
    page.get_by_label("Diplôme le plus élevé").select_option("master")
    page.get_by_label("Années d'expérience professionnelle à plein temps").fill("3")
    page.get_by_role("button", name="Vérifier").click()
    page.locator("#check-result table").wait_for()
    page.locator(".self-check").screenshot(path=str(HERE / "self-check-fr.png"))
    wide.close()
    phone = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True)
    small = phone.new_page()
    small.goto(server + "/vacancies/3")
    small.screenshot(path=str(HERE / "vacancy-phone.png"))
    phone.close()


def test_staff_and_candidate_screenshots(browser: Browser, server: str) -> None:
    wide = browser.new_context(viewport={"width": 1100, "height": 900}, locale="en-GB")
    page = wide.new_page()
    _sign_in(page, server, "admin@demo.jpo.example", "demo-admin-pass")
    page.goto(server + "/admin/vacancies/3")
    page.screenshot(path=str(HERE / "admin-review.png"))
    wide.close()
    wide = browser.new_context(viewport={"width": 1100, "height": 900}, locale="en-GB")
    page = wide.new_page()
    _sign_in(page, server, "reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass")
    page.goto(server + "/review/vacancies/3")
    page.locator("details").first.locator("summary").click()
    page.screenshot(path=str(HERE / "review-ranking.png"))
    wide.close()
    french = browser.new_context(viewport={"width": 1100, "height": 900}, locale="fr-FR")
    page = french.new_page()
    _sign_in(page, server, "candidate@demo.jpo.example", "demo-candidate-pass")
    page.goto(server + "/me/profile")
    page.screenshot(path=str(HERE / "profile-fr.png"))
    french.close()
