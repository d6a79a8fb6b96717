"""A new candidate builds a profile in the browser: keyboard-usable controls, a second language added by
htmx without a page load, a mistake shown as the field is left and again on saving, then the saved
notice; axe-core finds no serious or critical violation on the empty form, the form with errors, or the
saved form."""

from __future__ import annotations

import uuid

from playwright.sync_api import Page, expect

from tests.browser.conftest import overflow, serious_violations


def _sign_up(page: Page, server: str) -> None:
    page.goto(server + "/sign-up")
    page.get_by_label("E-mail address").fill(f"builder-{uuid.uuid4().hex[:12]}@example.org")
    page.get_by_label("Password (required)", exact=True).fill("a long enough secret")
    page.get_by_label("Password again").fill("a long enough secret")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My profile")


def test_a_new_candidate_builds_a_profile(page: Page, server: str) -> None:
    _sign_up(page, server)
    assert page.url.endswith("/me/profile?lang=en")  # the page's language goes along
    expect(page.get_by_text("The ranking never sees your name")).to_be_visible()
    assert serious_violations(page) == []

    page.get_by_label("Date of birth").fill("1996-04-02")
    page.get_by_label("Sex").select_option("female")
    page.get_by_role("group", name="Nationality 1").get_by_label("Country").select_option("KR")
    degree = page.get_by_role("group", name="Degree 1")
    degree.get_by_label("Level").select_option("master")
    degree.get_by_label("Field of study").fill("Human Rights Law")
    degree.get_by_label("Date completed (or expected)").fill("2021-06-30")
    job = page.get_by_role("group", name="Job 1")
    job.get_by_label("Job title").fill("Research assistant")
    job.get_by_label("Start date").fill("2021-09-01")
    job.get_by_label("End date").fill("2020-01-01")
    page.keyboard.press("Tab")  # leaving the field checks it
    expect(job.locator(".error")).to_have_text(["", "", "", "The end date is before the start date.", "", ""])
    first = page.get_by_role("group", name="Language 1")
    first.get_by_label("Language").select_option("en")
    first.get_by_label("Level").select_option("fluent")

    page.evaluate("window.notReloaded = true")
    page.get_by_role("button", name="Add a language").click()
    second = page.get_by_role("group", name="Language 2")
    expect(second.get_by_label("Language")).to_be_focused()  # the new entry takes the focus
    assert page.evaluate("window.notReloaded") is True  # htmx swapped the section in; no page load
    expect(first.get_by_label("Language")).to_have_value("en")  # what was typed stays
    second.get_by_label("Language").select_option("fr")
    page.keyboard.press("Tab")
    expect(second.get_by_label("Level")).to_be_focused()
    second.get_by_label("Level").select_option("good")

    page.get_by_role("button", name="Save my profile").last.click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Job 1, End date: The end date is before the start date.")
    expect(summary).to_be_focused()
    expect(page.get_by_label("End date")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("group", name="Language 2").get_by_label("Level")).to_have_value("good")
    assert serious_violations(page) == []

    page.get_by_label("End date").fill("")
    page.get_by_label("Job title").press("Enter")  # Enter in a text field saves the form
    expect(page.get_by_role("status")).to_contain_text("Your profile is saved.")
    expect(page.get_by_role("link", name="See the open vacancies")).to_be_visible()
    expect(page.get_by_role("group", name="Language 2").get_by_label("Language")).to_have_value("fr")
    expect(page.get_by_label("Field of study")).to_have_value("Human Rights Law")
    assert serious_violations(page) == []


def test_the_builder_fits_a_phone(page: Page, server: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    _sign_up(page, server)
    wider = overflow(page)
    assert wider <= 0, f"the profile builder scrolls sideways by {wider}px"
