"""Signing up, in and out in the browser: a session cookie, forms that keep what was typed, no open
redirects, no forms accepted from other sites."""

from __future__ import annotations

from tests.api.conftest import PASSWORD, Api
from tests.web.conftest import BrowserSession


def test_signing_up_opens_a_session_and_the_menu_shows_the_account(api: Api) -> None:
    form = {"email": "new@example.org", "password": PASSWORD, "confirm": PASSWORD}
    response = api.client.post("/sign-up", data=form, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/me/profile"
    cookie = response.headers["set-cookie"]
    assert "jpo_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    home = api.client.get("/").text
    assert "new@example.org" in home and "My applications" in home and 'action="/sign-out"' in home


def test_sign_up_mistakes_are_shown_beside_the_field_and_keep_what_was_typed(api: Api) -> None:
    differ = api.client.post(
        "/sign-up", data={"email": "x@example.org", "password": PASSWORD, "confirm": "other"}
    )
    assert differ.status_code == 422 and 'value="x@example.org"' in differ.text
    assert 'id="f-confirm-error"' in differ.text and 'aria-invalid="true"' in differ.text
    short = api.client.post("/sign-up", data={"email": "x@example.org", "password": "short", "confirm": "short"},
                            params={"lang": "fr"})  # fmt: skip
    assert short.status_code == 422 and "Choisissez un mot de passe plus long." in short.text
    api.candidate("taken@example.org")
    taken = api.client.post(
        "/sign-up", data={"email": "taken@example.org", "password": PASSWORD, "confirm": PASSWORD}
    )
    assert taken.status_code == 422 and "already has an account" in taken.text


def test_signing_in_goes_back_to_the_page_asked_for_but_never_off_the_site(api: Api) -> None:
    api.candidate("c@example.org")
    wrong = api.client.post("/sign-in", data={"email": "c@example.org", "password": "nope"})
    assert wrong.status_code == 400 and 'value="c@example.org"' in wrong.text and "Wrong e-mail" in wrong.text
    back = api.client.post("/sign-in", data={"email": "c@example.org", "password": PASSWORD, "next": "/vacancies/1?x=1"},
                           follow_redirects=False)  # fmt: skip
    assert back.headers["location"] == "/vacancies/1?x=1"
    for elsewhere in ("https://evil.example", "//evil.example", "/\\evil.example"):
        response = api.client.post("/sign-in", data={"email": "c@example.org", "password": PASSWORD, "next": elsewhere},
                                   follow_redirects=False)  # fmt: skip
        assert response.headers["location"] == "/me/applications"


def test_a_form_sent_from_another_site_is_refused(api: Api, browser_session: BrowserSession) -> None:
    api.candidate("c@example.org")
    browser = browser_session("c@example.org")
    refused = browser.post("/sign-out", headers={"Origin": "https://evil.example"})
    assert refused.status_code == 403 and "<html" in refused.text
    assert "c@example.org" in browser.get("/").text  # still signed in
    same = browser.post("/sign-out", headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert same.status_code == 303


def test_signing_out_ends_every_session_of_the_account(api: Api, browser_session: BrowserSession) -> None:
    api.candidate("c@example.org")
    first, second = browser_session("c@example.org"), browser_session("c@example.org")
    first.post("/sign-out")
    assert "c@example.org" not in second.get("/").text
    assert "Sign in" in second.get("/").text
