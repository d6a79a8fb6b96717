"""Deleting an account asks for its password again through the throttled sign-in path: the same count
of wrong passwords, the same pause, whichever form they were typed in."""

from __future__ import annotations

from sqlalchemy import func, select

from jpo.db.models import ProfileVersion, User
from jpo.db.session import unit_of_work
from jpo.users.sign_in import MAX_FAILURES
from tests.api.conftest import PASSWORD, Api
from tests.web.conftest import BrowserSession

EMAIL = "c@example.org"


def _profiles(api: Api) -> int:
    with unit_of_work(api.engine) as session:
        return session.scalar(select(func.count()).select_from(ProfileVersion)) or 0


def _sign_in(api: Api, password: str) -> int:
    form = {"username": EMAIL, "password": password}
    return api.client.post("/api/v1/auth/token", data=form).status_code


def test_wrong_passwords_at_sign_in_and_at_deletion_make_one_count(
    api: Api, browser_session: BrowserSession
) -> None:
    api.candidate(EMAIL)
    browser = browser_session(EMAIL)
    assert [_sign_in(api, "wrong password") for _ in range(MAX_FAILURES - 1)] == [401] * (MAX_FAILURES - 1)
    assert browser.post("/me/data/delete", data={"password": "guess"}).status_code == 422
    assert _sign_in(api, PASSWORD) == 429  # the fifth wrong password, typed at deletion, paused the account
    paused = browser.post("/me/data/delete", data={"password": PASSWORD}, params={"lang": "fr"})
    assert paused.status_code == 429 and "attendez un quart d" in paused.text
    assert _profiles(api) == 1


def test_the_right_password_at_deletion_erases_and_a_wrong_one_then_counts_for_nothing_else(
    api: Api, browser_session: BrowserSession
) -> None:
    api.candidate(EMAIL)
    browser = browser_session(EMAIL)
    assert _sign_in(api, "wrong password") == 401
    deleted = browser.post("/me/data/delete", data={"password": PASSWORD}, follow_redirects=False)
    assert deleted.status_code == 303 and deleted.headers["location"].startswith("/account-deleted")
    assert _profiles(api) == 0
    with unit_of_work(api.engine) as session:
        assert session.scalar(select(User.email).where(User.email == EMAIL)) is None
    assert _sign_in(api, PASSWORD) == 401
