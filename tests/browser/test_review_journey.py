"""The reviewer's journey on the demo data: sign in, open a vacancy's table, a candidate's evidence page,
shortlist with a reason and see the new status and the history entry; every page passes axe-core and
fits a phone."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import overflow, serious_violations

B_TECH = "JPO in Human Rights (Business and Human Rights in Technology)"
REASON = "Strongest evidence on business and human rights in technology; invite to the written test."


def _sign_in_as_reviewer(page: Page, server: str) -> None:
    page.goto(server + "/sign-in")
    page.get_by_label("E-mail address").fill("reviewer.ohchr@demo.jpo.example")
    page.get_by_label("Password").fill("demo-reviewer-pass")
    page.get_by_role("button", name="Sign in").click()


def test_a_reviewer_reads_the_evidence_and_shortlists_with_a_reason(page: Page, server: str) -> None:
    _sign_in_as_reviewer(page, server)
    expect(page.get_by_role("heading", level=1)).to_have_text("Applications to review")
    assert serious_violations(page) == []
    page.get_by_role("link", name=B_TECH, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(B_TECH)
    expect(page.locator("table.review-table")).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("Status", exact=True).select_option("longlisted")
    page.get_by_role("button", name="Filter").click()
    page.locator("table.review-table td a").first.click()  # its score: the evidence page
    expect(page.get_by_role("heading", level=1)).to_contain_text("Score and evidence")

    first = page.locator("li.candidate").first
    evidence = first.locator("details.evidence")
    expect(evidence.locator("q").first).to_be_hidden()
    evidence.locator("summary").click()
    expect(evidence.locator("q").first).to_be_visible()  # the candidate's own words beside the requirement
    expect(evidence).to_contain_text("The post asks for:")
    assert serious_violations(page) == []

    row = page.locator("li.candidate", has=page.get_by_role("button", name=re.compile("^Shortlist"))).first
    row_id = row.get_attribute("id")
    pseudonym = re.sub(r"^No\. \d+ · ", "", row.locator("h3 span").first.inner_text())
    assert pseudonym.startswith("Candidate ")
    url = page.url
    reason = row.get_by_label(f"Reason for the decision on {pseudonym}")
    reason.fill("   ")  # the browser lets blanks through; the server refuses them
    row.get_by_role("button", name=f"Shortlist {pseudonym}").click()
    expect(page.locator(f"#{row_id} .error")).to_have_text("Give the reason for this decision.")
    expect(page.locator(f"#{row_id} textarea")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"#{row_id} .application-status")).to_have_text("long-listed")
    assert serious_violations(page) == []
    row = page.locator(f"#{row_id}")
    row.get_by_label(f"Reason for the decision on {pseudonym}").fill(REASON)
    row.get_by_role("button", name=f"Shortlist {pseudonym}").click()
    updated = page.locator(f"#{row_id}")
    expect(updated.get_by_role("status")).to_have_text(
        "Decision recorded: the application is now shortlisted."
    )
    expect(updated.locator(".application-status")).to_have_text("shortlisted")
    history = updated.locator("details.history")
    expect(history).to_have_attribute("open", "")
    expect(history.locator("li").last).to_contain_text("reviewer.ohchr@demo.jpo.example (reviewer)")
    expect(history.locator("li").last).to_contain_text("from long-listed to shortlisted")
    expect(history.locator("li").last).to_contain_text(REASON)
    expect(updated.get_by_role("button", name=f"Reject {pseudonym}")).to_be_visible()
    expect(updated.get_by_role("button", name=f"Mark as interviewed {pseudonym}")).to_have_count(0)
    assert page.url == url  # htmx replaced the ranking in place
    assert serious_violations(page) == []

    page.reload()  # the decision was saved, not only shown
    expect(page.locator(f"#{row_id} .application-status")).to_have_text("shortlisted")


def test_the_review_pages_fit_a_phone(browser: Browser, server: str) -> None:
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True
    )
    phone = context.new_page()
    _sign_in_as_reviewer(phone, server)
    expect(phone.get_by_role("heading", level=1)).to_have_text("Applications to review")
    assert overflow(phone) <= 0, "/review scrolls sideways"
    phone.get_by_role("link", name=B_TECH, exact=True).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(B_TECH)
    assert overflow(phone) <= 0, f"{phone.url} scrolls sideways"
    phone.locator("table.review-table td a").first.click()
    for summary in phone.locator("li.candidate summary").all()[:4]:  # evidence and history opened
        summary.click()
    assert overflow(phone) <= 0, f"{phone.url} scrolls sideways"
    context.close()
