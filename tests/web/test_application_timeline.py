"""After submitting, the candidate's page of an application confirms it and shows its progress: each stage
with its date, in the reader's language, the current one marked, what is still to come; a withdrawal says
so; staff's reasons and who decided are never shown."""

from __future__ import annotations

import re

from tests.api.conftest import Api
from tests.web.conftest import BrowserSession

REASON = "Strongest field work of the call; ask about the Geneva posting."


def _applied(api: Api) -> tuple[int, dict[str, str]]:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    response = api.apply(api.candidate("c@example.org"), vacancy)
    assert response.status_code == 201, response.text
    return response.json()["id"], api.staff("ohchr@example.org", "reviewer", organization="OHCHR")


def _steps(html: str) -> list[tuple[str, str, bool]]:
    """(stage, date or state, current) of each step of the timeline."""
    block = re.search(r'<section class="timeline".*?</section>', html, re.S)
    assert block, "no timeline"
    found = []
    for item in re.findall(r"<li class=\"step (\w+)\"(.*?)</li>", block[0], re.S):
        state, body = item
        stage = re.search(r'<span class="stage">([^<]+)</span>', body)
        when = re.search(r'<time datetime="([^"]+)">', body)
        assert stage
        found.append((stage[1], when[1] if when else state, 'aria-current="step"' in body))
    return found


def test_the_timeline_dates_each_stage_and_hides_staff_reasons(
    api: Api, browser_session: BrowserSession
) -> None:
    application, reviewer = _applied(api)
    moved = api.client.post(f"/api/v1/applications/{application}/transitions",
                            json={"to": "longlisted", "reason": REASON}, headers=reviewer)  # fmt: skip
    assert moved.status_code == 200, moved.text
    browser = browser_session("c@example.org")
    page = browser.get(f"/me/applications/{application}").text
    assert "Your application was received on" in page and "Progress of your application" in page
    steps = _steps(page)
    assert [stage for stage, _, _ in steps] == ["Submitted", "Under review", "Long-listed", "Shortlisted",
                                                "Interview", "Decision"]  # fmt: skip
    assert [current for _, _, current in steps] == [False, False, True, False, False, False]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", when) for _, when, _ in steps[:3])
    assert [when for _, when, _ in steps[3:]] == ["upcoming"] * 3
    for secret in (REASON, "ohchr@example.org", "reviewer"):
        assert secret not in page, secret
    listed = browser.get("/me/applications").text
    assert re.search(r'long-listed <span class="since">\(since <time datetime="[^"]+">', listed)
    french = browser.get(f"/me/applications/{application}?lang=fr").text
    assert "Avancement de votre candidature" in french and "Retenue sur la liste élargie" in french
    assert "à venir" in french and "Long-listed" not in french and "Under review" not in french


def test_a_withdrawn_application_says_so(api: Api, browser_session: BrowserSession) -> None:
    application, _ = _applied(api)
    browser = browser_session("c@example.org")
    assert browser.post(f"/me/applications/{application}/withdraw", follow_redirects=False).status_code == 303
    page = browser.get(f"/me/applications/{application}").text
    assert "This application is withdrawn: you withdrew it on" in page and "received on" not in page
    steps = _steps(page)
    assert steps[-1][0] == "Withdrawn" and steps[-1][2] and "upcoming" not in [when for _, when, _ in steps]
    french = browser.get(f"/me/applications/{application}?lang=fr").text
    assert "Cette candidature est retirée : vous l&#39;avez retirée le" in french
