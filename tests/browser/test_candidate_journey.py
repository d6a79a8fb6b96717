"""The candidate's whole journey, as the issue tells it: find a post, check eligibility without an
account, sign up, build the profile, apply with a document seeing eligibility first, keep the receipt.
axe-core runs on every page on the way."""

from __future__ import annotations

import re
from uuid import uuid4

from playwright.sync_api import Page, expect

from tests.browser.conftest import serious_violations

POST = "JPO in Humanitarian Affairs and Data Policy"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _find_and_self_check(page: Page, server: str) -> None:
    page.goto(server + "/")
    page.get_by_label("Search").fill("humanitarian data policy")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name=POST).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(POST)
    page.get_by_label("Nationality").fill("Republic of Korea")  # a country's name, as people write it
    page.get_by_label("Date of birth").fill("1997-03-14")
    page.get_by_label("Highest degree").select_option("master")
    page.get_by_label("Year it was (or will be) completed").fill("2021")
    page.get_by_label("Years of full-time work experience").fill("3")
    page.get_by_label("English", exact=True).check()
    page.get_by_role("button", name="Check").click()
    expect(page.locator("#check-result").get_by_role("table")).to_be_visible()
    assert serious_violations(page) == []


def _sign_up(page: Page) -> None:
    page.get_by_role("link", name="Apply for this post").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")  # the apply page needs an account
    assert "next=" in page.url
    assert serious_violations(page) == []
    page.get_by_role("main").get_by_role("link", name="Create one").click()
    page.get_by_label("E-mail address").fill(f"journey-{uuid4().hex[:10]}@example.org")
    page.get_by_label("Password (required)", exact=True).fill("a long enough secret")
    page.get_by_label("Password again").fill("a long enough secret")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Create my account").click()
    expect(page).to_have_url(re.compile(r"/vacancies/\d+/apply"))  # back where the candidate was going
    page.get_by_role("link", name="Fill in my profile").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My profile")


def _build_profile(page: Page) -> None:
    page.get_by_label("Date of birth").fill("1997-03-14")
    page.get_by_role("group", name="Nationality 1").get_by_label("Country").select_option("KR")
    degree = page.get_by_role("group", name="Degree 1")
    degree.get_by_label("Level").select_option("master")
    degree.get_by_label("Field of study").fill("Data Science for Humanitarian Action")
    degree.get_by_label("Date completed (or expected)").fill("2021-06-30")
    job = page.get_by_role("group", name="Job 1")
    job.get_by_label("Job title").fill("Data protection officer")
    job.get_by_label("Employer").fill("Refugee relief NGO")
    job.get_by_label("Start date").fill("2021-09-01")
    job.get_by_label("What you did").fill("Privacy impact assessments for refugee registration data.")
    language = page.get_by_role("group", name="Language 1")
    language.get_by_label("Language").select_option("en")
    language.get_by_label("Level").select_option("fluent")
    page.get_by_role("button", name="Save my profile").last.click()
    expect(page.get_by_role("status")).to_contain_text("Your profile is saved.")
    assert serious_violations(page) == []


def _apply_and_keep_the_receipt(page: Page) -> None:
    page.get_by_role("link", name="See the open vacancies").click()
    page.get_by_role("link", name=POST).first.click()
    page.get_by_role("link", name="Apply for this post").click()
    expect(page.get_by_role("heading", name="Your eligibility")).to_be_visible()  # before the form
    expect(page.locator(".verdict")).to_have_text(re.compile("You appear to meet every rule"))
    assert serious_violations(page) == []
    page.get_by_label("Motivation letter", exact=True).fill("I protect the data of people in crisis.")
    page.get_by_label("CV", exact=True).set_input_files(
        {"name": "cv.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Send my application").click()
    expect(page).to_have_url(re.compile(r"/me/applications/\d+"))
    assert serious_violations(page) == []
    with page.expect_download() as info:
        page.get_by_role("link", name="Download receipt (PDF)").click()
    assert info.value.path().read_bytes().startswith(b"%PDF")


def test_find_check_sign_up_build_a_profile_apply_and_keep_the_receipt(page: Page, server: str) -> None:
    _find_and_self_check(page, server)
    _sign_up(page)
    _build_profile(page)
    _apply_and_keep_the_receipt(page)
