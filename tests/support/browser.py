"""What the browser journeys do alike: a page in a context of its own (its own cookies, a locale), signing
in through the form, a full-page screenshot into build/screenshots/."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"


def open_page(browser: Browser, server: str, locale: str = "en-GB") -> Page:
    return browser.new_context(locale=locale, base_url=server).new_page()


def sign_in(page: Page, email: str, password: str, lang: str = "en") -> None:
    page.goto(f"/sign-in?lang={lang}")
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").last.click()
    expect(page.locator("form[action='/sign-out'] button")).to_be_visible()


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
