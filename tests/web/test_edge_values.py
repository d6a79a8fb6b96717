"""Every page copes with any value the contract allows: deadlines at the ends of the accepted range in
the zones furthest from UTC, numbers and dates far beyond any real rule, long and unusual texts, codes
nobody knows. Each is set through the API, then every page that shows the vacancy is read, in English
and in French, and none may answer with a server error."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from lxml import html

from tests.api.conftest import Api
from tests.web.conftest import BrowserSession

HUGE = 10**30
EDGES: list[tuple[str, dict[str, Any]]] = [
    ("the first moment accepted, shown in the zones furthest apart", {
        "closing": {"utc": "2000-01-01T00:00:00Z", "local": "1999-12-31T13:00:00-11:00",
                    "timezone": "Pacific/Pago_Pago"},
        "duty_station": {"timezone": "Pacific/Kiritimati"}}),
    ("the last moment accepted, shown in the zones furthest apart", {
        "closing": {"utc": "2100-12-31T23:59:59Z", "local": "2101-01-01T13:59:59+14:00",
                    "timezone": "Pacific/Kiritimati"},
        "duty_station": {"timezone": "Etc/GMT+12"}}),
    ("numbers beyond any real rule", {
        "duration_months": 1200,
        "eligibility": {"max_age": HUGE, "test_validity_months": HUGE, "max_applications_per_year": HUGE,
                        "military_service_extension": [{"served_months_below": None, "extra_years": HUGE}],
                        "language_tests": [{"test": "TOEFL iBT", "min_score": 1e308, "language": "en"}],
                        "degree_experience": [{"level": "bachelor", "min_years": 1e300}]},
        "education": {"graduated_within_months": HUGE,
                      "alternative": {"level": "bachelor", "extra_experience_years": HUGE}},
        "experience": {"min_years": 1e300}}),
    ("dates at the ends of the calendar", {
        "eligibility": {"max_age": 30, "age_reference_date": "0001-01-01", "born_on_or_after": "9999-12-31"}}),
    ("dates at the other ends of the calendar", {
        "eligibility": {"max_age": 0, "age_reference_date": "9999-12-31", "born_on_or_after": "0001-01-01"}}),
    ("long and unusual texts", {
        "title": "Ǆ\u200b\u202e" + "长" * 150 + "\tend", "unit": "x" * 200, "reference": "<b>&amp;</b>",
        "duties": ["y" * 5000] * 20, "skills": ["\n".join(["z"] * 50)]}),
    ("codes nobody knows", {
        "duty_station": {"country": "ZZ", "city": "Nowhere"}, "languages": {"required": [["zz"]],
        "desirable": ["xx"]}, "grades": ["P9", ""],
        "eligibility": {"nationalities": ["ZZ", "KR"], "language_tests": [{"test": "Klingon", "min_score": "Q9",
                                                                          "language": "tl"}]}}),
]  # fmt: skip


def _pages(vacancy: int) -> dict[str, list[str]]:
    """The pages that show the vacancy, by who reads them."""
    return {
        "visitor": ["/", f"/vacancies/{vacancy}", "/?q=x&open=true"],
        "admin": ["/admin", f"/admin/vacancies/{vacancy}", f"/admin/vacancies/{vacancy}/dashboard"],
        "reviewer": ["/review", f"/review/vacancies/{vacancy}"],
        "candidate": [f"/vacancies/{vacancy}/apply", "/me/profile"],
    }


SELF_CHECK = {"nationality": "KR", "birth_date": "1994-05-10", "degree": "master", "degree_year": "2018",
              "experience_years": "3", "languages": ["en", "fr"]}  # fmt: skip


@pytest.mark.parametrize(("name", "changes"), EDGES, ids=[name for name, _ in EDGES])
def test_every_page_copes_with_the_edges_of_the_contract(
    api: Api, browser_session: BrowserSession, name: str, changes: dict[str, Any]
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    api.candidate("c@example.org")
    vacancy = api.vacancy(admin)  # seed 002: published, with a deadline in 2099
    response = api.client.patch(f"/api/v1/vacancies/{vacancy}", json=changes, headers=admin)
    assert response.status_code == 200, (name, response.text)
    readers: dict[str, TestClient] = {
        "visitor": TestClient(api.client.app, raise_server_exceptions=False, headers={"Accept": "text/html"}),
        "admin": browser_session("kr@example.org"),
        "reviewer": browser_session("ohchr@example.org"),
        "candidate": browser_session("c@example.org"),
    }
    failures = []
    for who, paths in _pages(vacancy).items():
        for path in paths:
            for lang in ("en", "fr"):
                page = readers[who].get(path, params={"lang": lang})
                if page.status_code >= 500 or page.status_code in (404, 403):
                    failures.append(f"{who} GET {path}?lang={lang}: {page.status_code}")
        for lang in ("en", "fr"):
            checked = readers[who].post(f"/vacancies/{vacancy}/check?lang={lang}", data=SELF_CHECK)
            if checked.status_code >= 500:
                failures.append(f"{who} POST self-check ({lang}): {checked.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    ("typed", "field", "says"),
    [({"closing": "2200-01-01T10:00", "closing_timezone": "Europe/Zurich"}, "closing",
      "Choose a deadline from the year 2000 to the year 2100."),
     ({"closing": "1999-12-31T10:00", "closing_timezone": "Europe/Zurich"}, "closing",
      "Choose a deadline from the year 2000 to the year 2100."),
     ({"duty_station_timezone": "Not/AZone"}, "duty_station_timezone", "Use a time-zone name"),
     ({"closing": "2030-01-01T10:00", "closing_timezone": "localtime"}, "closing_timezone", "Use a time-zone name"),
     ({"title": "x" * 201}, "title", "This is too long.")],
    ids=["deadline in 2200", "deadline in 1999", "unknown duty station zone", "unknown deadline zone", "long title"],
)  # fmt: skip
def test_the_admin_form_refuses_what_the_contract_refuses(
    api: Api, browser_session: BrowserSession, typed: dict[str, str], field: str, says: str
) -> None:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"), publish=False)
    browser = browser_session("kr@example.org")
    page = html.fromstring(browser.get(f"/admin/vacancies/{vacancy}").text)
    form = dict(page.xpath("//form[contains(@class, 'admin-review')]")[0].form_values())
    response = browser.post(f"/admin/vacancies/{vacancy}", data=form | typed)
    assert response.status_code == 422
    marked = html.fromstring(response.text).xpath(f'//*[@id="f-{field}"]')[0]
    assert marked.get("aria-invalid") == "true" and says in response.text
    for path in ("/", f"/admin/vacancies/{vacancy}", "/admin"):
        assert browser.get(path).status_code == 200
