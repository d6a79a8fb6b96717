"""Password guessing is slowed down: after five wrong passwords in a row an account pauses for a
quarter of an hour (429 with Retry-After, the password not even tried), on the API and the web alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from jpo.api.deps import get_now
from jpo.users.tokens import MAX_FAILURES, PAUSE
from tests.api.conftest import PASSWORD, Api

EMAIL = "guessed@example.org"


def _at(api: Api, moment: datetime) -> None:
    api.client.app.dependency_overrides[get_now] = lambda: moment  # type: ignore[attr-defined]


def _token(api: Api, password: str) -> int:
    response = api.client.post("/api/v1/auth/token", data={"username": EMAIL, "password": password})
    return response.status_code


def test_five_wrong_passwords_pause_the_account_then_it_opens_again(api: Api) -> None:
    api.candidate(EMAIL)
    start = datetime.now(UTC)
    _at(api, start)
    assert [_token(api, "wrong password") for _ in range(MAX_FAILURES)] == [401] * MAX_FAILURES
    paused = api.client.post("/api/v1/auth/token", data={"username": EMAIL, "password": PASSWORD})
    assert paused.status_code == 429 and paused.headers["content-type"] == "application/problem+json"
    assert int(paused.headers["retry-after"]) == int(PAUSE.total_seconds())
    assert paused.json()["type"] == "urn:jpo:problem:too-many-attempts"
    _at(api, start + PAUSE - timedelta(seconds=1))
    assert _token(api, PASSWORD) == 429  # refused attempts do not extend the pause, nor end it
    _at(api, start + PAUSE + timedelta(seconds=1))
    assert _token(api, PASSWORD) == 200
    assert _token(api, "wrong password") == 401 and _token(api, PASSWORD) == 200  # the count started again


def test_a_success_resets_the_count(api: Api) -> None:
    api.candidate(EMAIL)
    for _ in range(MAX_FAILURES - 1):
        assert _token(api, "wrong password") == 401
    assert _token(api, PASSWORD) == 200
    for _ in range(MAX_FAILURES - 1):
        assert _token(api, "wrong password") == 401
    assert _token(api, PASSWORD) == 200


def test_the_web_sign_in_form_says_why_it_waits(api: Api) -> None:
    api.candidate(EMAIL)
    for _ in range(MAX_FAILURES):
        api.client.post("/sign-in", data={"email": EMAIL, "password": "wrong password"})
    page = api.client.post("/sign-in", data={"email": EMAIL, "password": PASSWORD}, params={"lang": "fr"})
    assert page.status_code == 429 and "attendez un quart d" in page.text
    assert f'value="{EMAIL}"' in page.text
