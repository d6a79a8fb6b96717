"""Signing up keeps where the visitor was going: `next` goes from the sign-in page to sign-up and
through it, so that applying continues once the account exists; only a path on this site is ever
followed (never "//host", "https://host", "/\\host", nor a path hiding a tab or a line end)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.api.conftest import PASSWORD, Api
from tests.web.conftest import BrowserSession
from tests.web.test_profile_pages import COMPLETE, new_candidate

ELSEWHERE = ("https://evil.example/x", "//evil.example", "/\\evil.example", "/\t/evil.example",
             "/\n/evil.example", "http:/evil.example", "javascript:alert(1)", " /me/profile")  # fmt: skip


def _account(email: str, next: str | None = None) -> dict[str, str]:
    form = {"email": email, "password": PASSWORD, "confirm": PASSWORD}
    return form if next is None else {**form, "next": next}


def test_an_anonymous_apply_goes_through_sign_in_and_sign_up_and_back_to_applying(api: Api) -> None:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    apply = f"/vacancies/{vacancy}/apply"
    asked = api.client.get(apply, headers={"Accept": "text/html"}, follow_redirects=False)
    assert asked.status_code == 303
    sign_in = urlsplit(asked.headers["location"])
    assert sign_in.path == "/sign-in" and parse_qs(sign_in.query)["next"] == [apply]
    page = api.client.get(asked.headers["location"]).text
    assert f'<input type="hidden" name="next" value="{apply}">' in page
    link = re.search(r'<a href="(/sign-up\?[^"]+)">Create one</a>', page)
    assert link, "the sign-in page offers sign-up with where the visitor was going"
    sign_up = api.client.get(link[1].replace("&amp;", "&")).text
    assert f'<input type="hidden" name="next" value="{apply}">' in sign_up
    assert "you will go back to where you were going" in sign_up
    assert re.search(r'href="/sign-in\?next=/vacancies/\d+/apply&amp;lang=en">Sign in</a>', sign_up)
    created = api.client.post("/sign-up", data=_account("new@example.org", apply), follow_redirects=False)
    assert created.status_code == 303 and created.headers["location"] == apply
    applying = api.client.get(apply)
    assert applying.status_code == 200 and "You have not saved a profile yet." in applying.text


def test_a_mistake_in_sign_up_keeps_next(api: Api) -> None:
    form = {**_account("x@example.org", "/vacancies/7/apply"), "confirm": "other"}
    refused = api.client.post("/sign-up", data=form)
    assert refused.status_code == 422
    assert '<input type="hidden" name="next" value="/vacancies/7/apply">' in refused.text


def test_sign_up_without_next_opens_the_profile_builder(api: Api) -> None:
    created = api.client.post("/sign-up", data=_account("plain@example.org"), follow_redirects=False)
    assert created.headers["location"] == "/me/profile"


@pytest.mark.parametrize("elsewhere", ELSEWHERE)
def test_next_never_leaves_the_site(api: Api, elsewhere: str) -> None:
    email = f"u{abs(hash(elsewhere))}@example.org"
    created = api.client.post("/sign-up", data=_account(email, elsewhere), follow_redirects=False)
    assert created.status_code == 303 and created.headers["location"] == "/me/profile"
    api.client.post("/sign-out")
    signed_in = api.client.post("/sign-in", data={"email": email, "password": PASSWORD, "next": elsewhere},
                                follow_redirects=False)  # fmt: skip
    assert signed_in.headers["location"] == "/me/applications"
    api.client.post("/sign-out")
    for page in ("/sign-in", "/sign-up"):
        shown = api.client.get(page, params={"next": elsewhere}).text
        assert 'name="next" value="/' not in shown and "evil" not in shown and "?next=" not in shown


def test_the_profile_builder_offers_to_continue_where_the_candidate_was_going(
    api: Api, browser_session: BrowserSession
) -> None:
    browser = new_candidate(api, browser_session, "cont@example.org")
    page = browser.get("/me/profile", params={"next": "/vacancies/7/apply"}).text
    assert '<input type="hidden" name="next" value="/vacancies/7/apply">' in page
    saved = browser.post(
        "/me/profile", data={**COMPLETE, "next": "/vacancies/7/apply"}, follow_redirects=False
    )
    assert saved.headers["location"] == "/me/profile?saved=1&next=/vacancies/7/apply"
    notice = browser.get(saved.headers["location"]).text
    assert '<a href="/vacancies/7/apply?lang=en">Continue where you were going</a>' in notice
    elsewhere = browser.get("/me/profile", params={"next": "//evil.example", "saved": "1"}).text
    assert "evil" not in elsewhere and "Continue where you were going" not in elsewhere
