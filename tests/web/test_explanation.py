"""A candidate's explanation of their own application: the ranking's criteria, weights and the
candidate's own evidence (the same score the reviewers' ranking gives), eligibility reasons, and each
decision with its reason and the party that took it; nobody else's application."""

from __future__ import annotations

import pytest
from lxml import html

from tests.api.conftest import Api
from tests.web.conftest import BrowserSession

pytestmark = pytest.mark.usefixtures("one_model")  # the real sentence model, loaded once


def test_the_explanation_matches_the_reviewers_ranking_and_names_each_decision(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    mine, other = api.candidate("c@example.org"), api.candidate("d@example.org")
    application = api.apply(mine, vacancy).json()["id"]
    others = api.apply(other, vacancy, key="k2").json()["id"]
    moved = api.client.post(f"/api/v1/applications/{application}/transitions",
                            json={"to": "longlisted", "reason": "Strong field experience in monitoring."},
                            headers=admin)  # fmt: skip
    assert moved.status_code == 200, moved.text
    ranking = api.client.get(f"/api/v1/vacancies/{vacancy}/ranking", headers=admin).json()
    theirs = next(c for c in ranking["candidates"] if c["profile"] == str(application))

    browser = browser_session("c@example.org")
    page = browser.get(f"/me/applications/{application}/explanation?lang=fr")
    assert page.status_code == 200, page.text
    tree = html.fromstring(page.text)
    assert f"{theirs['score']:.2f}" in tree.text_content()
    rows = tree.xpath("//table[contains(@class, 'ranking-criteria')]/tbody/tr")
    shown = {r.xpath("string(th)"): r.xpath("string(td[1])") for r in rows}
    assert len(shown) == len(theirs["criteria"]) and "Expérience" in shown
    weights = {c["name"]: c["weight"] for c in theirs["criteria"]}
    assert shown["Expérience"] == f"{weights['experience']:.2f}"
    decisions = tree.xpath("string(//ul[@class='decisions'])")
    assert (
        "Strong field experience in monitoring." in decisions and "les évaluateurs du programme" in decisions
    )
    assert browser.get(f"/me/applications/{others}/explanation").status_code == 404
    linked = browser.get(f"/me/applications/{application}")
    assert f"/me/applications/{application}/explanation" in linked.text
