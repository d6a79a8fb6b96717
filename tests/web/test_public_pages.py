"""The public pages as a browser gets them: the list, a vacancy, the self-check, in English and French."""

from __future__ import annotations

import re

from tests.api.conftest import Api


def _published(api: Api) -> tuple[int, int]:
    admin = api.staff("centre@example.org", "admin")
    return api.vacancy(admin, seed="002"), api.vacancy(admin, seed="004", publish=False)


def test_the_list_shows_published_vacancies_with_filters(api: Api) -> None:
    published, draft = _published(api)
    page = api.client.get("/")
    assert page.status_code == 200 and '<html lang="en">' in page.text
    assert f'href="/vacancies/{published}?lang=en"' in page.text and f"/vacancies/{draft}?" not in page.text
    assert '<label for="q">Search</label>' in page.text
    assert f"/vacancies/{published}?" not in api.client.get("/", params={"organization": "OCHA"}).text


def test_the_language_comes_from_the_switch_then_the_query_then_the_browser(api: Api) -> None:
    _published(api)
    french = api.client.get("/", headers={"Accept-Language": "fr-CH,fr;q=0.9,en;q=0.5"})
    assert '<html lang="fr">' in french.text and "Postes de JPO" in french.text
    assert french.headers["content-language"] == "fr"
    assert '<html lang="fr">' in api.client.get("/", params={"lang": "fr"}).text
    switched = api.client.get(
        "/language/en", headers={"Referer": "http://testserver/?q=rights"}, follow_redirects=False
    )
    assert switched.status_code == 303 and switched.headers["location"] == "http://testserver/?q=rights"
    assert "jpo_lang=en" in switched.headers["set-cookie"]
    api.client.cookies.set("jpo_lang", "en")
    assert (
        '<html lang="en">'
        in api.client.get("/", params={"lang": "fr"}, headers={"Accept-Language": "fr"}).text
    )
    elsewhere = api.client.get(
        "/language/fr", headers={"Referer": "https://example.org/"}, follow_redirects=False
    )
    assert elsewhere.headers["location"] == "/"  # never sent off the site


def test_dates_are_written_the_readers_way(api: Api) -> None:
    published, _ = _published(api)
    english = api.client.get(f"/vacancies/{published}").text
    french = api.client.get(f"/vacancies/{published}", params={"lang": "fr"}).text
    assert "Jan 1, 2099" in english and "1 janv. 2099" in french  # the deadline, in the duty station's time
    assert 'datetime="2099-01-01T00:00:00+00:00"' in english


def test_the_self_check_needs_no_account_and_explains_each_rule(api: Api) -> None:
    published, _ = _published(api)
    answers = {"nationality": "fr", "birth_date": "1997-01-01", "degree": "master", "degree_year": "2021",
               "experience_years": "3", "languages": ["en", "fr", "ko"]}  # fmt: skip
    partial = api.client.post(f"/vacancies/{published}/check", data=answers, headers={"HX-Request": "true"})
    assert partial.status_code == 200 and "<html" not in partial.text  # an htmx fragment
    assert "You do not meet at least one rule." in partial.text
    row = re.search(r'<th scope="row">Nationality</th>\s*<td class="status-(\w+)">', partial.text)
    assert row and row.group(1) == "fail"
    full = api.client.post(f"/vacancies/{published}/check", data={**answers, "nationality": "KR"})
    assert "<html" in full.text and 'value="KR"' in full.text  # the page again, with what was typed


def test_a_bad_answer_keeps_what_was_typed(api: Api) -> None:
    published, _ = _published(api)
    response = api.client.post(
        f"/vacancies/{published}/check", data={"birth_date": "1997-02-31", "nationality": "KR"}
    )
    assert response.status_code == 422 and "Please check the dates" in response.text
    assert 'value="1997-02-31"' in response.text and 'value="KR"' in response.text


def test_a_draft_is_not_public(api: Api) -> None:
    _, draft = _published(api)
    assert api.client.get(f"/vacancies/{draft}").status_code == 404


def test_the_language_follows_links_and_htmx_calls(api: Api) -> None:
    published, _ = _published(api)
    page = api.client.get(f"/vacancies/{published}", params={"lang": "fr"}).text
    assert f'hx-post="/vacancies/{published}/check?lang=fr"' in page
    fragment = api.client.post(f"/vacancies/{published}/check?lang=fr", data={"nationality": "FR"},
                               headers={"HX-Request": "true"}).text  # fmt: skip
    assert "Vous ne remplissez pas au moins une condition." in fragment
    assert f'href="/vacancies/{published}?lang=fr"' in api.client.get("/", params={"lang": "fr"}).text


def test_errors_are_pages_for_browsers_and_problems_for_programs(api: Api) -> None:
    page = api.client.get("/vacancies/999", headers={"Accept": "text/html"}, params={"lang": "fr"})
    assert (
        page.status_code == 404
        and '<html lang="fr">' in page.text
        and "Cette page n&#39;existe pas." in page.text
    )
    problem = api.client.get("/vacancies/999", headers={"Accept": "application/json"})
    assert problem.status_code == 404 and problem.headers["content-type"] == "application/problem+json"
    api_path = api.client.get("/api/v1/vacancies/999", headers={"Accept": "text/html"})
    assert api_path.headers["content-type"] == "application/problem+json"  # the API never sends a page
