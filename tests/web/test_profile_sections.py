"""Saving the profile one part at a time, with and without JavaScript: a part's "Save this section"
saves that part alone, keeps what is typed elsewhere (unsaved, and marked so for the leave warning), and
a mistake in it saves nothing; saving an unchanged profile makes no new version (web and API); the name
is a part of its own; the country and language pickers are in the reader's language and order."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import Api
from tests.web.conftest import BrowserSession
from tests.web.test_profile_pages import COMPLETE, TYPED, fields_of, new_candidate, saved_profile

HTMX = {"HX-Request": "true"}


def _saved_complete(api: Api, browser_session: BrowserSession, email: str) -> TestClient:
    browser = new_candidate(api, browser_session, email)
    assert browser.post("/me/profile", data=COMPLETE, follow_redirects=False).status_code == 303
    return browser


def _part(html: str, part: str) -> str:
    found = re.search(rf'<section id="section-{part}".*?</section>', html, re.S)
    assert found, part
    return found[0]


def test_saving_one_section_without_javascript_keeps_the_others_unsaved(
    api: Api, browser_session: BrowserSession
) -> None:
    browser = _saved_complete(api, browser_session, "parts@example.org")
    typed = {**COMPLETE, "education-0-field": "Public Law", "experience-0-title": "Senior assistant",
             "save": "education"}  # fmt: skip
    page = browser.post("/me/profile", data=typed)
    assert page.status_code == 200 and "<html" in page.text
    saved = saved_profile(api, "parts@example.org")
    assert saved["version"] == 2 and saved["profile"]["education"][0]["field"] == "Public Law"
    assert saved["profile"]["experience"] == TYPED["experience"]  # not saved: another section
    html = page.text
    assert 'value="Senior assistant"' in html  # ... but kept as typed, not lost
    assert 'data-unsaved="true"' in _part(html, "experience") and "data-unsaved" not in _part(
        html, "education"
    )
    assert 'data-saved="true"' in _part(html, "education")
    assert re.search(r'id="save-education"[^>]*autofocus', html)
    assert "Saved: Education." in html and "Other sections have changes that are not saved yet." in html


def test_with_htmx_a_section_comes_back_alone_with_the_status(
    api: Api, browser_session: BrowserSession
) -> None:
    browser = _saved_complete(api, browser_session, "htmx@example.org")
    typed = {**COMPLETE, "given_name": "Jiwoo", "family_name": "", "skills": "Stata", "save": "name"}
    part = browser.post("/me/profile", data=typed, headers=HTMX)
    assert part.status_code == 200 and "<html" not in part.text
    assert part.text.strip().startswith('<section id="section-name"') and 'name="skills"' not in part.text
    assert '<div id="profile-status" role="status" data-hx-swap-oob="true">' in part.text
    assert "Version 2, saved" in part.text
    saved = saved_profile(api, "htmx@example.org")["profile"]
    assert saved["name"] == {"given": "Jiwoo", "family": ""}  # a single name
    assert saved["skills"] == TYPED["skills"]


def test_a_mistake_in_a_section_saves_nothing(api: Api, browser_session: BrowserSession) -> None:
    browser = _saved_complete(api, browser_session, "wrong@example.org")
    typed = {**COMPLETE, "given_name": " ", "family_name": "Park", "save": "name"}
    part = browser.post("/me/profile", data=typed, headers=HTMX)
    assert part.status_code == 422 and "<html" not in part.text and 'role="alert"' in part.text
    assert re.search(r'id="f-given_name-error"[^>]*>Enter your given name, or your single name', part.text)
    assert "data-hx-swap-oob" not in part.text
    page = browser.post("/me/profile", data=typed)
    assert page.status_code == 422 and "Your name, Given name: Enter your given name" not in page.text
    assert '<a href="#f-given_name">Given name: Enter your given name' in page.text
    assert saved_profile(api, "wrong@example.org")["version"] == 1


def test_a_section_saved_before_any_profile_starts_one(api: Api, browser_session: BrowserSession) -> None:
    browser = new_candidate(api, browser_session, "start@example.org")
    part = browser.post("/me/profile", data={"given_name": "Amara", "family_name": "Okafor", "save": "name"},
                        headers=HTMX)  # fmt: skip
    assert part.status_code == 200
    assert saved_profile(api, "start@example.org") == {
        "version": 1, "profile": {**{key: None for key in TYPED}, "schema": "jpo.profile/1",
                                  "name": {"given": "Amara", "family": "Okafor"}},
    }  # fmt: skip


def test_saving_an_unchanged_profile_makes_no_new_version(api: Api, browser_session: BrowserSession) -> None:
    browser = _saved_complete(api, browser_session, "same@example.org")
    for data in (fields_of(browser.get("/me/profile").text), {**COMPLETE, "save": "experience"}):
        assert browser.post("/me/profile", data=data).status_code == 200
    assert saved_profile(api, "same@example.org")["version"] == 1
    headers = api.login("same@example.org")
    document: dict[str, Any] = saved_profile(api, "same@example.org")["profile"]
    again = api.client.put("/api/v1/profiles/me", json=document, headers=headers)
    assert again.status_code == 200 and again.json()["version"] == 1
    changed = api.client.put("/api/v1/profiles/me", json={**document, "summary": "New."}, headers=headers)
    assert changed.json()["version"] == 2


def test_the_form_marks_itself_for_the_leave_warning(api: Api, browser_session: BrowserSession) -> None:
    browser = _saved_complete(api, browser_session, "warn@example.org")
    page = browser.get("/me/profile").text
    assert 'class="profile" data-warn-unsaved="true"' in page and "data-unsaved" not in page
    parts = re.findall(r'<section id="section-(\w+)"[^>]*data-part="(\w+)"', page)
    assert [a for a, b in parts if a == b] == ["name", "about", "nationalities", "education", "experience",
                                              "languages", "language_tests", "applications", "skills"]  # fmt: skip
    refused = browser.post(
        "/me/profile", data={**COMPLETE, "summary": "Changed.", "birth_date": "2999-01-01"}
    )
    assert refused.status_code == 422
    assert 'data-unsaved="true"' in _part(refused.text, "skills") and 'data-unsaved="true"' in _part(
        refused.text, "about"
    )
    assert "data-unsaved" not in _part(refused.text, "education")


def _names(html: str, select: str) -> list[str]:
    block = re.search(rf'<select id="f-{select}".*?</select>', html, re.S)
    assert block, select
    return re.findall(r'<option value="[^"]+"[^>]*>([^<]+)</option>', block[0])


def test_the_pickers_speak_french_in_french_order(api: Api, browser_session: BrowserSession) -> None:
    browser = _saved_complete(api, browser_session, "fr@example.org")
    french = browser.get("/me/profile?lang=fr").text
    countries = _names(french, "nationalities-0-code")
    assert "Égypte" in countries and "Egypt" not in countries and "Corée du Sud" in countries
    assert countries.index("Djibouti") < countries.index("Égypte") < countries.index("Espagne")
    assert countries.index("États-Unis") < countries.index("Éthiopie") < countries.index("Fidji")
    assert countries[-1] == "Zimbabwe"
    languages = _names(french, "languages-0-code")
    assert "Anglais" in languages and "Coréen" in languages and "English" not in languages
    assert (
        languages.index("Espagnol")
        < languages.index("Estonien")
        < languages.index("Éwé")
        < languages.index("Féroïen")
    )
    english = _names(browser.get("/me/profile?lang=en").text, "nationalities-0-code")
    assert "Egypt" in english and english.index("Ecuador") < english.index("Egypt") < english.index(
        "El Salvador"
    )
    assert english.index("Curaçao") < english.index("Cyprus") and english.index(
        "Åland Islands"
    ) < english.index("Albania")


def test_the_country_lists_of_the_public_pages_are_in_french_order(api: Api) -> None:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    for path in ("/", f"/vacancies/{vacancy}"):
        page = api.client.get(path, params={"lang": "fr"}).text
        block = re.search(r'<datalist id="country-names">(.*?)</datalist>', page, re.S)
        assert block, path
        names = re.findall(r'<option value="([^"]+)">', block[1])
        assert (
            names.index("Djibouti") < names.index("Égypte") < names.index("Espagne") < names.index("Fidji")
        ), path
        assert names[-1] == "Zimbabwe", path
