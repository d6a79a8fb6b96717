"""An e-mail address is one address, however it is typed (spaces and a newline around it, capitals);
a password is more than spaces. The API, the web and the service agree."""

from __future__ import annotations

import pytest

from tests.api.conftest import PASSWORD, Api


def _sign_up(api: Api, email: str, password: str = PASSWORD) -> tuple[int, dict[str, str]]:
    response = api.client.post("/api/v1/users", json={"email": email, "password": password})
    return response.status_code, response.json()


def test_an_address_typed_with_a_newline_or_capitals_is_the_same_address(api: Api) -> None:
    api.candidate("c@example.org")
    status, body = _sign_up(api, "c@example.org\n")
    assert status == 409 and body["detail"].startswith("email:")  # not a second, unusable account
    status, body = _sign_up(api, " New@Example.ORG\n")
    assert status == 201 and body["email"] == "new@example.org"
    form = {"username": "NEW@example.org ", "password": PASSWORD}
    assert api.client.post("/api/v1/auth/token", data=form).status_code == 200
    page = api.client.post("/sign-in", data={"email": "\tnew@EXAMPLE.org\n", "password": PASSWORD},
                           follow_redirects=False)  # fmt: skip
    assert page.status_code == 303


@pytest.mark.parametrize(
    "email",
    ["a@example.org\nb@example.org", "a@example.org\nx", "a b@example.org", "@example.org", "a@example",
     "a@@example.org"],
)  # fmt: skip
def test_an_address_must_be_one_whole_address(api: Api, email: str) -> None:
    status, body = _sign_up(api, email)
    assert status == 422 and body["detail"].startswith("email:"), body


@pytest.mark.parametrize("password", [" " * 10, "\t" * 12, "a" + " " * 11, " " * 4 + "abcde" + " " * 4])
def test_a_password_of_spaces_is_refused(api: Api, password: str) -> None:
    status, body = _sign_up(api, "c@example.org", password)
    assert status == 422 and body["detail"].startswith("password:"), body
    form = {"email": "c@example.org", "password": password, "confirm": password}
    page = api.client.post("/sign-up", data=form)
    assert page.status_code == 422 and 'id="f-password-error"' in page.text


def test_spaces_inside_and_around_a_long_enough_password_are_kept(api: Api) -> None:
    password = "  correct horse battery  "
    assert _sign_up(api, "c@example.org", password)[0] == 201
    form = {"username": "c@example.org", "password": password}
    assert api.client.post("/api/v1/auth/token", data=form).status_code == 200
    stripped = {"username": "c@example.org", "password": password.strip()}
    assert api.client.post("/api/v1/auth/token", data=stripped).status_code == 401


def test_the_web_form_shows_a_bad_address_beside_its_field(api: Api) -> None:
    form = {"email": "a@example.org\nb@example.org", "password": PASSWORD, "confirm": PASSWORD}
    page = api.client.post("/sign-up", data=form, params={"lang": "fr"})
    assert page.status_code == 422 and 'id="f-email-error"' in page.text
    assert "Ce n&#39;est pas une adresse électronique." in page.text
