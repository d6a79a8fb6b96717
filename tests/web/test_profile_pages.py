"""The profile builder (/me/profile) as a browser without JavaScript uses it, and its htmx fragments: what
is typed is what the API returns, mistakes stay beside their fields and save nothing, entries are added
and removed without saving, and the French page is French."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from babel.messages.extract import extract_from_file
from fastapi.testclient import TestClient

from jpo.web import i18n
from tests.api.conftest import PASSWORD, Api
from tests.web.conftest import BrowserSession

WEB = Path(i18n.__file__).parent
RECENT = (date.today() - timedelta(days=60)).isoformat()
EXPECTED = (date.today() + timedelta(days=200)).isoformat()


class _Fields(HTMLParser):
    """The (name, value) pairs a browser would send for the page's profile form, buttons left out."""

    def __init__(self) -> None:
        super().__init__()
        self.pairs: list[tuple[str, str]] = []
        self._select: list[Any] = []  # [name, chosen, first option]
        self._textarea: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "input" and a.get("name"):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.pairs.append((a["name"], a.get("value", "")))
        elif tag == "select":
            self._select = [a["name"], None, None]
        elif tag == "option" and self._select:
            if self._select[2] is None:
                self._select[2] = a.get("value", "")
            if "selected" in a:
                self._select[1] = a.get("value", "")
        elif tag == "textarea":
            self._textarea = [a["name"], ""]

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "select" and self._select:
            name, chosen, first = self._select
            self.pairs.append((name, chosen if chosen is not None else first))
            self._select = []
        elif tag == "textarea" and self._textarea is not None:
            self.pairs.append((self._textarea[0], self._textarea[1]))
            self._textarea = None


def fields_of(html: str) -> dict[str, list[str]]:
    parser = _Fields()
    parser.feed(html[html.index('class="profile"') :])
    fields: dict[str, list[str]] = {}
    for name, value in parser.pairs:
        fields.setdefault(name, []).append(value)
    return fields


def new_candidate(api: Api, browser_session: BrowserSession, email: str) -> TestClient:
    """A candidate signed in on the web who has saved no profile yet."""
    created = api.client.post("/api/v1/users", json={"email": email, "password": PASSWORD})
    assert created.status_code == 201, created.text
    return browser_session(email)


def saved_profile(api: Api, email: str) -> dict[str, Any]:
    response = api.client.get("/api/v1/profiles/me", headers=api.login(email))
    assert response.status_code == 200, response.text
    document: dict[str, Any] = response.json()
    return document


COMPLETE = {
    "given_name": " Ji-woo ", "family_name": "Park",
    "birth_date": "1996-04-02", "sex": "male", "military": "served", "military_months": "21",
    "prior_programmes": "none",
    "nationalities-0-code": "KR", "nationalities-1-code": "fr",
    "education-0-level": "bachelor", "education-0-field": "Law", "education-0-institution": "Korea University",
    "education-0-completed": "2019-02-20",
    "education-1-level": "master", "education-1-field": "International Development",
    "education-1-institution": "Sciences Po", "education-1-completed": EXPECTED, "education-1-enrolled": "yes",
    "experience-0-title": "Programme assistant", "experience-0-organization": "KOICA",
    "experience-0-start": "2019-03-01", "experience-0-end": "2021-08-31", "experience-0-full_time": "full",
    "experience-0-description": "Monitored education projects in Laos.",
    "experience-1-title": "Research fellow", "experience-1-organization": "Seoul Policy Lab",
    "experience-1-start": "2022-01-01", "experience-1-end": "", "experience-1-full_time": "part",
    "experience-1-description": "Wrote briefs on school funding.",
    "experience-2-title": "", "experience-2-organization": "", "experience-2-start": "", "experience-2-end": "",
    "experience-2-full_time": "full", "experience-2-description": "",  # a blank entry: dropped
    "languages-0-code": "ko", "languages-0-level": "native", "languages-1-code": "en",
    "languages-1-level": "fluent", "languages-2-code": "fr", "languages-2-level": "good",
    "language_tests-0-test": "TOEFL iBT", "language_tests-0-score": "108", "language_tests-0-date": RECENT,
    "language_tests-0-edition": "home",
    "language_tests-1-test": "DELF", "language_tests-1-score": "b2", "language_tests-1-date": "2023-05-10",
    "language_tests-1-edition": "",
    "applications-0-vacancy": "JPO in Education", "applications-0-sponsor_country": "KR",
    "applications-0-submitted": RECENT,
    "skills": "monitoring and evaluation\r\nStata\r\n\r\n report writing ",
    "summary": "I work on education policy.",
}  # fmt: skip

TYPED = {
    "schema": "jpo.profile/1", "name": {"given": "Ji-woo", "family": "Park"}, "birth_date": "1996-04-02",
    "sex": "male", "nationalities": ["KR", "FR"],
    "education": [
        {"level": "bachelor", "field": "Law", "institution": "Korea University", "completed": "2019-02-20",
         "enrolled": False},
        {"level": "master", "field": "International Development", "institution": "Sciences Po",
         "completed": EXPECTED, "enrolled": True},
    ],
    "experience": [
        {"title": "Programme assistant", "organization": "KOICA", "start": "2019-03-01", "end": "2021-08-31",
         "full_time": True, "description": "Monitored education projects in Laos."},
        {"title": "Research fellow", "organization": "Seoul Policy Lab", "start": "2022-01-01", "end": None,
         "full_time": False, "description": "Wrote briefs on school funding."},
    ],
    "languages": [{"code": "ko", "level": "native"}, {"code": "en", "level": "fluent"},
                  {"code": "fr", "level": "good"}],
    "language_tests": [{"test": "TOEFL iBT", "score": 108, "date": RECENT, "edition": "home"},
                       {"test": "DELF", "score": "B2", "date": "2023-05-10", "edition": None}],
    "military_service": {"months": 21, "exempt": False}, "prior_programmes": [],
    "skills": ["monitoring and evaluation", "Stata", "report writing"],
    "summary": "I work on education policy.",
    "applications": [{"vacancy": "JPO in Education", "sponsor_country": "KR", "submitted": RECENT}],
}  # fmt: skip


def test_unsigned_readers_are_sent_to_sign_in(api: Api) -> None:
    response = api.client.get("/me/profile", headers={"Accept": "text/html"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/sign-in?next=/me/profile"
    posted = api.client.post(
        "/me/profile", data=COMPLETE, headers={"Accept": "text/html"}, follow_redirects=False
    )
    assert posted.status_code == 303 and posted.headers["location"] == "/sign-in"


def test_staff_may_not_open_the_profile_builder(api: Api, browser_session: BrowserSession) -> None:
    api.staff("reviewer@example.org", "reviewer", organization="OHCHR")
    staff = browser_session("reviewer@example.org")
    for response in (staff.get("/me/profile"), staff.post("/me/profile", data=COMPLETE)):
        assert (
            response.status_code == 403 and "<html" in response.text and "Please correct" not in response.text
        )


def test_a_first_profile_typed_in_the_form_is_what_the_api_returns(
    api: Api, browser_session: BrowserSession
) -> None:
    browser = new_candidate(api, browser_session, "first@example.org")
    empty = browser.get("/me/profile")
    assert empty.status_code == 200 and 'name="experience-0-start"' in empty.text  # blank entries to start
    assert "never sees your name, sex, date of birth, nationality or contact details" in empty.text
    assert "Used only to check a programme&#39;s age limit." in empty.text
    saved = browser.post("/me/profile", data=COMPLETE, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == "/me/profile?saved=1"
    assert saved_profile(api, "first@example.org") == {"version": 1, "profile": TYPED}
    notice = browser.get(saved.headers["location"])
    assert 'role="status"' in notice.text and "Your profile is saved." in notice.text
    assert 'href="/?lang=en">See the open vacancies</a>' in notice.text
    assert 'value="Research fellow"' in notice.text and "Version 1, saved" in notice.text


def test_the_page_opens_on_the_saved_profile_and_sending_it_back_changes_nothing(
    api: Api, browser_session: BrowserSession
) -> None:
    browser = new_candidate(api, browser_session, "again@example.org")
    browser.post("/me/profile", data=COMPLETE)
    page = browser.get("/me/profile").text
    assert '<option value="part" selected>' in page and 'value="served" checked' in page
    assert '<textarea id="f-skills" name="skills"' in page and "Stata\nreport writing</textarea>" in page
    resent = browser.post("/me/profile", data=fields_of(page), follow_redirects=False)
    assert resent.status_code == 303
    assert saved_profile(api, "again@example.org") == {"version": 1, "profile": TYPED}  # no new version


def test_an_invalid_date_in_the_second_job_stays_beside_it_and_nothing_is_saved(
    api: Api, browser_session: BrowserSession
) -> None:
    api.candidate("c@example.org")
    before = saved_profile(api, "c@example.org")
    browser = browser_session("c@example.org")
    typed = {**COMPLETE, "experience-1-start": "2022-02-30"}
    response = browser.post("/me/profile", data=typed)
    assert response.status_code == 422
    html = response.text
    assert re.search(r'id="f-experience-1-start-error"[^>]*>Enter a real date, like 2021-09-30.</span>', html)
    field = re.search(r'<input type="date" value="2022-02-30" id="f-experience-1-start"[^>]*>', html)
    assert field and 'aria-invalid="true"' in field[0] and "f-experience-1-start-error" in field[0]
    assert '<a href="#f-experience-1-start">Job 2, Start date: Enter a real date' in html  # the summary
    assert 'class="error-summary" role="alert"' in html
    assert html.count('aria-invalid="true"') == 1  # the other fields are fine
    for name, value in typed.items():  # everything typed is kept
        if value and name != "prior_programmes" and not name.startswith("experience-2"):
            assert f'name="{name}"' in html, name
            kept = value.strip() if name != "skills" else "monitoring and evaluation"
            assert kept in html, (name, value)
    assert saved_profile(api, "c@example.org") == before


def test_each_kind_of_mistake_is_named_beside_its_field(api: Api, browser_session: BrowserSession) -> None:
    browser = new_candidate(api, browser_session, "m@example.org")
    mistakes = {
        "experience-0-end": ("2018-01-01", "The end date is before the start date."),
        "languages-1-code": ("xx", "Choose a language from the list."),
        "nationalities-1-code": ("ZZ", "Choose a country from the list."),
        "language_tests-0-score": ("130", "A TOEFL iBT score is between 0 and 120."),
        "birth_date": ("2999-01-01", "This date is in the future."),
        "military_months": ("-3", "Enter 0 or more."),
        "education-0-level": ("", "Fill this in, or remove the entry."),
        "sex": ("robot", "Choose one of the options."),
    }
    response = browser.post("/me/profile", data={**COMPLETE, **{k: v for k, (v, _) in mistakes.items()}})
    assert response.status_code == 422
    for name, (_, message) in mistakes.items():
        assert re.search(rf'id="f-{name}-error"[^>]*>{re.escape(message)}</span>', response.text), name
    links = re.findall(r'<li><a href="#f-([^"]+)">', response.text)
    assert links == ["birth_date", "sex", "military_months", "nationalities-1-code", "education-0-level",
                     "experience-0-end", "languages-1-code", "language_tests-0-score"]  # fmt: skip
    assert api.client.get("/api/v1/profiles/me", headers=api.login("m@example.org")).status_code == 404


def test_bad_input_is_refused_without_a_trace(api: Api, browser_session: BrowserSession) -> None:
    browser = new_candidate(api, browser_session, "bad@example.org")
    junk = {"summary": "x" * 5001, "languages-0-code": "e", "experience-9999-start": "1", "military": "maybe",
            "education-0-level": "<script>", "language_tests-0-test": "IELTS", "language_tests-0-score": "seven",
            "language_tests-0-date": "0"}  # fmt: skip
    response = browser.post("/me/profile", data=junk)
    assert response.status_code == 422 and "Traceback" not in response.text
    assert '<option value="&lt;script&gt;" selected>&lt;script&gt;</option>' in response.text
    for name in ("summary", "languages-0-code", "military", "education-0-level", "language_tests-0-score",
                 "language_tests-0-date"):  # fmt: skip
        assert f'href="#f-{name}"' in response.text, name
    many = {f"skills-{i}-x": "y" for i in range(3)} | {f"languages-{i}-code": "en" for i in range(40)}
    capped = browser.post("/me/profile", data={**many, "add": "languages"})
    assert capped.status_code == 200 and 'name="languages-19-code"' in capped.text
    assert 'name="languages-20-code"' not in capped.text and 'id="add-languages"' not in capped.text
    assert api.client.get("/api/v1/profiles/me", headers=api.login("bad@example.org")).status_code == 404


def test_adding_and_removing_entries_without_javascript_saves_nothing(
    api: Api, browser_session: BrowserSession
) -> None:
    api.candidate("c@example.org")
    before = saved_profile(api, "c@example.org")
    browser = browser_session("c@example.org")
    added = browser.post("/me/profile", data={**COMPLETE, "add": "languages"})
    assert added.status_code == 200 and "<html" in added.text
    assert 'id="f-languages-3-code" name="languages-3-code"' in added.text
    assert re.search(r'id="f-languages-3-code"[^>]*autofocus', added.text)  # the new entry gets the focus
    assert '<option value="fr" selected>' in added.text and 'value="Research fellow"' in added.text
    removed = browser.post("/me/profile", data={**COMPLETE, "remove": "experience-0"})
    assert removed.status_code == 200
    assert 'value="Research fellow"' in removed.text and 'value="Programme assistant"' not in removed.text
    assert 'name="experience-0-title"' in removed.text and 'name="experience-1-title"' in removed.text
    assert 'name="experience-2-title"' not in removed.text  # the blank third job moved up to second
    assert re.search(r'id="add-experience"[^>]*autofocus', removed.text)
    assert saved_profile(api, "c@example.org") == before


def test_with_htmx_the_buttons_return_only_their_section(api: Api, browser_session: BrowserSession) -> None:
    browser = new_candidate(api, browser_session, "h@example.org")
    added = browser.post(
        "/me/profile", data={**COMPLETE, "add": "language_tests"}, headers={"HX-Request": "true"}
    )
    assert added.status_code == 200 and "<html" not in added.text
    assert added.text.strip().startswith('<section id="section-language_tests"')
    assert 'name="language_tests-2-test"' in added.text and "languages-0-code" not in added.text
    removed = browser.post("/me/profile", data={**COMPLETE, "remove": "nationalities-0"},
                           headers={"HX-Request": "true"})  # fmt: skip
    assert (
        '<option value="FR" selected>' in removed.text and 'name="nationalities-1-code"' not in removed.text
    )
    assert api.client.get("/api/v1/profiles/me", headers=api.login("h@example.org")).status_code == 404


def test_leaving_a_field_checks_it_alone(api: Api, browser_session: BrowserSession) -> None:
    browser = new_candidate(api, browser_session, "check@example.org")
    form = {"experience-1-start": "2020-05-01", "experience-1-end": "2020-01-01", "experience-4-start": "2020-01-01",
            "experience-4-end": "2019-01-01", "experience-0-title": ""}  # htmx removals leave gaps  # fmt: skip

    def check(name: str, lang: str = "en") -> str:
        headers = {"HX-Request": "true", "HX-Trigger-Name": name}
        response = browser.post(f"/me/profile/check?lang={lang}", data=form, headers=headers)
        assert response.status_code == 200 and "<" not in response.text
        return response.text.strip()

    assert check("experience-4-end") == "The end date is before the start date."
    assert check("experience-4-end", "fr") == "La date de fin précède la date de début."
    assert check("experience-1-start") == ""
    assert check("experience-0-title") == ""  # a blank entry is no mistake
    assert check("nothing-at-all") == ""


def _english_messages() -> set[str]:
    found = {m for f in (WEB / "templates" / "profile").glob("*.html")
             for _, m, _, _ in extract_from_file("jinja2", str(f), keywords={"_": None})}  # fmt: skip
    for module in ("profile.py", "profile_form.py"):
        found |= {m for _, m, _, _ in extract_from_file("python", str(WEB / module), keywords={"N_": None})}
    return {m for m in found if isinstance(m, str)}


def _pattern(message: str) -> re.Pattern[str]:
    """An English message as it would show in a page: placeholders filled, a whole phrase."""
    parts = re.split(r"%\((\w+)\)s", message)
    pieces = [
        re.escape(part) if i % 2 == 0 else (r"\d+" if part == "n" else ".+") for i, part in enumerate(parts)
    ]
    return re.compile(r"(?<!\w)" + "".join(pieces) + r"(?!\w)")


class _Text(HTMLParser):
    """The page's text, without the country and language names (English until they are localised)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._names = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "select":
            self._names = bool(re.search(r"(code|country)$", dict(attrs).get("name") or ""))

    def handle_endtag(self, tag: str) -> None:
        self._names = self._names and tag != "select"

    def handle_data(self, data: str) -> None:
        if data.strip() and not self._names:
            self.parts.append(" ".join(data.split()))


def test_the_french_page_has_no_english_left(api: Api, browser_session: BrowserSession) -> None:
    api.candidate("fr@example.org")
    browser = browser_session("fr@example.org")
    wrong = {**COMPLETE, "experience-1-start": "2022-02-30", "language_tests-0-score": "130", "add": ""}
    pages = [browser.get("/me/profile?lang=fr&saved=1"), browser.post("/me/profile?lang=fr", data=wrong)]
    english = _english_messages()
    patterns = [_pattern(m) for m in english if re.search(r"[a-z]", re.sub(r"%\(\w+\)s", "", m))]
    for page in pages:
        assert '<html lang="fr">' in page.text and "Mon profil" in page.text
        parser = _Text()
        parser.feed(page.text)
        left = {text for text in parser.parts for pattern in patterns if pattern.search(text)}
        assert not left, left
    assert "Enregistrer mon profil" in pages[0].text and "Votre profil est enregistré." in pages[0].text
    assert "Emploi 2, Date de début : Saisissez une date réelle" in pages[1].text  # French punctuation too
