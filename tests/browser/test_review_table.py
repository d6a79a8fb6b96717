"""The reviewer's table on the demo data in a real browser: filter it, select several applications,
record one decision with one reason for them all (each its own transition in its history), then
download the CSV; axe-core finds nothing serious, in English and French. Screenshots are taken to look
at (JPO_SCREENSHOTS keeps them)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import serious_violations

B_TECH = "JPO in Human Rights (Business and Human Rights in Technology)"
REASON = "All three meet the B-Tech profile; long-listed together after the panel's first reading."
SHORTLIST = "Shortlisted together for the written assessment."


@pytest.fixture
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("JPO_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _sign_in(page: Page, server: str, email: str, password: str) -> None:
    page.goto(server + "/sign-in")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_a_reviewer_filters_the_table_decides_on_several_and_downloads_the_csv(
    page: Page, server: str, shots: Path
) -> None:
    _sign_in(page, server, "reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass")
    page.get_by_role("link", name=B_TECH, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(B_TECH)
    table = page.locator("table.review-table")
    expect(table).to_be_visible()
    page.screenshot(path=str(shots / "review-table.png"), full_page=True)
    assert serious_violations(page) == []

    page.get_by_label("Status", exact=True).select_option("eligible")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("status").first).to_contain_text("applications match")
    statuses = table.locator("td.application-status")
    expect(statuses.first).to_have_text("eligible")
    assert set(statuses.all_inner_texts()) == {"eligible"}
    boxes = table.get_by_role("checkbox")
    count = min(boxes.count(), 3)
    assert count >= 2
    chosen = [boxes.nth(i).get_attribute("value") for i in range(count)]
    for i in range(count):
        boxes.nth(i).check()  # keyboard and mouse alike: a real checkbox with its own label
    page.get_by_label("Decision", exact=True).select_option("longlisted")
    page.get_by_label("Reason for the decision").fill(REASON)
    page.screenshot(path=str(shots / "review-table-selected.png"), full_page=True)
    page.get_by_role("button", name="Record the decision for the selected applications").click()
    expect(page.locator(".notice")).to_contain_text(f"Decision recorded on {count} selected applications")
    assert serious_violations(page) == []

    page.get_by_label("Status", exact=True).select_option("longlisted")
    page.get_by_role("button", name="Filter").click()
    for value in chosen:
        row = page.locator(f"#application-{value}")
        expect(row.locator("td.application-status")).to_have_text("long-listed")
        expect(row).to_contain_text("reviewer.ohchr@demo.jpo.example")  # decided by
    for value in chosen:  # then the same ones shortlisted together, from the filtered table
        page.locator(f"#application-{value}").get_by_role("checkbox").check()
    page.get_by_label("Decision", exact=True).select_option("shortlisted")
    page.get_by_label("Reason for the decision").fill(SHORTLIST)
    page.get_by_role("button", name="Record the decision for the selected applications").click()
    expect(page.locator(".notice")).to_contain_text(f"Decision recorded on {count} selected applications")
    page.get_by_label("Status", exact=True).select_option("shortlisted")
    page.get_by_role("button", name="Filter").click()
    for value in chosen:
        expect(page.locator(f"#application-{value} td.application-status")).to_have_text("shortlisted")
    page.locator(f"#application-{chosen[0]} td a").first.click()  # the score: its evidence and history
    history = page.locator("details.history")
    history.locator("summary").click()
    decisions = history.locator("li")
    expect(decisions.nth(decisions.count() - 2)).to_contain_text("from eligible to long-listed")
    expect(decisions.nth(decisions.count() - 2)).to_contain_text(REASON)
    expect(decisions.last).to_contain_text("from long-listed to shortlisted")
    expect(decisions.last).to_contain_text(SHORTLIST)
    assert serious_violations(page) == []
    page.go_back()

    with page.expect_download() as download:
        page.get_by_role("link", name="Download the ranked applications (CSV, pseudonyms)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("rank,candidate,application,status,eligibility,score")
    assert all(re.match(r"\d+,Candidate [0-9A-F]{6},", line) for line in lines[1:])
    assert "@demo.jpo.example" in text and "applicant" not in text  # staff who decided, never a candidate

    page.goto(page.url.replace("lang=en", "lang=fr") if "lang=en" in page.url else page.url + "&lang=fr")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("button", name="Filtrer")).to_be_visible()
    page.screenshot(path=str(shots / "review-table-fr.png"), full_page=True)
    assert serious_violations(page) == []


def test_the_table_works_from_the_keyboard(page: Page, server: str) -> None:
    _sign_in(page, server, "reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass")
    page.get_by_role("link", name=B_TECH, exact=True).click()
    sort = page.get_by_role("link", name=re.compile(r"^Score"))
    sort.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"sort=score&order=desc"))
    expect(page.locator("th[aria-sort='descending']")).to_contain_text("Score")
    cells = page.locator("table.review-table tbody tr td:nth-child(5) a").all_inner_texts()
    scores = [int(re.match(r"\d+", cell.strip()).group()) for cell in cells]  # type: ignore[union-attr]
    assert len(scores) >= 5 and scores == sorted(scores, reverse=True)
