"""A visitor finds a vacancy, checks eligibility without an account, switches language; every page
passes axe-core (no serious or critical violation) and fits a phone."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import overflow, serious_violations


def test_find_a_vacancy_and_check_eligibility(page: Page, server: str) -> None:
    page.goto(server + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("JPO vacancies")
    assert serious_violations(page) == []
    page.get_by_label("Search").fill("business human rights technology")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name="JPO in Human Rights (Business and Human Rights in Technology)").click()
    expect(page.get_by_role("heading", name="Am I eligible?")).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("Nationality").fill("Republic of Korea")
    page.get_by_label("Date of birth").fill("1997-03-14")
    page.get_by_label("Highest degree").select_option("master")
    page.get_by_label("Year it was (or will be) completed").fill("2021")
    page.get_by_label("Years of full-time work experience").fill("3")
    for language in ("English", "French", "Korean"):
        page.get_by_label(language, exact=True).check()
    url = page.url
    page.get_by_role("button", name="Check").click()
    result = page.locator("#check-result")
    expect(result.get_by_role("table")).to_be_visible()
    assert page.url == url  # htmx swapped the result in; no page load
    nationality = result.get_by_role("row", name="Nationality")
    expect(nationality.get_by_role("cell").first).to_have_text("met")  # the whole status: not "not met"
    assert serious_violations(page) == []


def test_the_language_switch(page: Page, server: str) -> None:
    page.goto(server + "/")
    page.get_by_role("link", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Postes de JPO")
    page.goto(server + "/?lang=en")  # the switch's cookie wins over ?lang=
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert serious_violations(page) == []


def test_pages_fit_a_phone(browser: Browser, server: str) -> None:
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True
    )
    phone = context.new_page()
    for path in ("/", "/vacancies/1"):
        phone.goto(server + path)
        wider = overflow(phone)
        assert wider <= 0, f"{path} scrolls sideways by {wider}px"
    context.close()


def test_the_accessibility_check_can_fail(page: Page) -> None:
    page.set_content('<html lang="en"><body><main><p style="color:#bbb;background:#fff">faint</p>'
                     '<input type="text"></main></body></html>')  # fmt: skip
    found = serious_violations(page)
    assert any(v.startswith("color-contrast") for v in found) and any(v.startswith("label") for v in found), (
        found
    )


def test_error_pages_are_friendly_and_accessible(page: Page, server: str) -> None:
    missing = page.goto(server + "/vacancies/999999")
    assert missing is not None and missing.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("This page does not exist.")
    expect(page.get_by_role("link", name="See the open vacancies")).to_be_visible()
    assert serious_violations(page) == []
    page.goto(server + "/sign-in?lang=en")
    page.get_by_label("E-mail address").fill("candidate@demo.jpo.example")
    page.get_by_label("Password").fill("demo-candidate-pass")
    page.get_by_role("button", name="Sign in").click()
    refused = page.goto(server + "/admin?lang=fr")
    assert refused is not None and refused.status == 403
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).not_to_be_empty()
    assert serious_violations(page) == []
