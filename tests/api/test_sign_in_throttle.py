"""Password guessing is slowed down: after five wrong passwords in a row an account pauses for a
quarter of an hour (429 with Retry-After, the password not even tried), on the API and the web alike,
however many guesses arrive at once; and each client address has a limit of its own, across accounts."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from jpo.app import create_app
from jpo.http.deps import get_now
from jpo.settings import Settings
from jpo.users import passwords
from jpo.users.sign_in import MAX_FAILURES, PAUSE
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


# --- Races: the attempt is counted before the slow check, so a burst gets five checks at most. ---

BURST = 30
SPELLINGS = ("Guessed@Example.org", "GUESSED@EXAMPLE.ORG", " guessed@example.org", "guessed@Example.ORG\n")


class HeldChecks:
    """jpo's Argon2 hasher with its checks counted, and wrong passwords held until released: every guess
    of a burst arrives while the first checks are still running, as on a busy server."""

    def __init__(self, hasher: PasswordHasher) -> None:
        self.hasher = hasher
        self.started = 0
        self.lock = threading.Lock()
        self.release = threading.Event()

    def hash(self, password: str) -> str:
        return self.hasher.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        with self.lock:
            self.started += 1
        if password != PASSWORD:
            self.release.wait(timeout=60)
        return self.hasher.verify(password_hash, password)


def _guess(api: Api, index: int) -> int:
    """A wrong password, through the web form or the API in turn, the address spelt variously."""
    email = SPELLINGS[index % len(SPELLINGS)]
    if index % 2:
        return api.client.post("/sign-in", data={"email": email, "password": "wrong password"}).status_code
    form = {"username": email, "password": "wrong password"}
    return api.client.post("/api/v1/auth/token", data=form).status_code


def _until(condition: Callable[[], bool], seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_a_burst_of_guesses_gets_five_checks_and_the_right_password_in_it_is_refused(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.candidate(EMAIL)
    checks = HeldChecks(passwords._HASHER)
    monkeypatch.setattr(passwords, "_HASHER", checks)
    with ThreadPoolExecutor(BURST) as pool:
        guesses = [pool.submit(_guess, api, index) for index in range(BURST)]
        # Every guess is being checked or has been answered (or too many are checked); none is over.
        answered = lambda: sum(guess.done() for guess in guesses)  # noqa: E731
        assert _until(lambda: checks.started > MAX_FAILURES or checks.started + answered() >= BURST)
        right_api = _token(api, PASSWORD)
        right_web = api.client.post("/sign-in", data={"email": EMAIL.upper(), "password": PASSWORD})
        checks.release.set()
        statuses = [guess.result() for guess in guesses]
    assert checks.started == MAX_FAILURES  # the two right passwords were not even tried
    assert right_api == 429 and right_web.status_code == 429
    assert statuses.count(429) == BURST - MAX_FAILURES
    assert sorted(set(statuses) - {429}) in ([400, 401], [400], [401])


# --- Per client address: guessing across many accounts is slowed as well. ---


def _client(settings: Settings, engine: Engine, host: str = "198.51.100.7", **limits: Any) -> TestClient:
    """Another worker of the service (its own app over the same database), seen from `host`."""
    app = create_app(settings.model_copy(update=limits), engine)
    return TestClient(app, raise_server_exceptions=False, client=(host, 50000))


def _sign_in(client: TestClient, email: str, password: str) -> int:
    form = {"username": email, "password": password}
    return client.post("/api/v1/auth/token", data=form).status_code


def test_wrong_passwords_from_one_address_are_limited_across_accounts_and_workers(
    api: Api, settings: Settings, engine: Engine
) -> None:
    api.candidate("a@example.org")
    api.candidate("b@example.org")
    limits = {"sign_in_failures_per_ip": 3}
    with _client(settings, engine, **limits) as first, _client(settings, engine, **limits) as second:
        assert _sign_in(first, "a@example.org", "wrong password") == 401
        assert _sign_in(second, "b@example.org", "wrong password") == 401
        assert _sign_in(first, "nobody@example.org", "wrong password") == 401  # unknown: counted too
        refused = first.post("/api/v1/auth/token", data={"username": "a@example.org", "password": PASSWORD})
        assert refused.status_code == 429 and refused.headers["content-type"] == "application/problem+json"
        assert 0 < int(refused.headers["retry-after"]) <= 15 * 60
        assert refused.json()["type"] == "urn:jpo:problem:too-many-attempts-from-address"
        page = second.post(
            "/sign-in", data={"email": "b@example.org", "password": PASSWORD}, params={"lang": "fr"}
        )
        assert page.status_code == 429 and "depuis votre réseau" in page.text
        assert 'value="b@example.org"' in page.text and page.headers["retry-after"]
        english = second.post("/sign-in", data={"email": "b@example.org", "password": PASSWORD})
        assert "Too many sign-in attempts from your network" in english.text
        later = datetime.now(UTC) + timedelta(minutes=15)
        first.app.dependency_overrides[get_now] = lambda: later  # type: ignore[attr-defined]
        assert _sign_in(first, "a@example.org", PASSWORD) == 200  # the next window
    with _client(settings, engine, host="203.0.113.5", **limits) as elsewhere:
        assert _sign_in(elsewhere, "a@example.org", PASSWORD) == 200  # the accounts are not paused


def test_right_passwords_use_up_nothing_of_the_address_limit(
    api: Api, settings: Settings, engine: Engine
) -> None:
    api.candidate(EMAIL)
    with _client(settings, engine, sign_in_failures_per_ip=2) as client:
        assert _sign_in(client, EMAIL, "wrong password") == 401
        assert [_sign_in(client, EMAIL, PASSWORD) for _ in range(4)] == [200] * 4
        assert _sign_in(client, "nobody@example.org", "wrong password") == 401
        assert _sign_in(client, EMAIL, PASSWORD) == 429


def test_sign_ups_from_one_address_are_limited_on_both_edges(
    api: Api, settings: Settings, engine: Engine
) -> None:
    api.candidate("taken@example.org")
    with _client(settings, engine, sign_ups_per_ip=3) as client:
        taken = client.post("/api/v1/users", json={"email": "taken@example.org", "password": PASSWORD})
        assert taken.status_code == 409  # refused sign-ups count as well: they tell taken addresses
        assert (
            client.post("/api/v1/users", json={"email": "a@example.org", "password": PASSWORD}).status_code
            == 201
        )
        form = {"email": "b@example.org", "password": PASSWORD, "confirm": PASSWORD}
        assert client.post("/sign-up", data=form, follow_redirects=False).status_code == 303
        refused = client.post("/api/v1/users", json={"email": "c@example.org", "password": PASSWORD})
        assert refused.status_code == 429 and 0 < int(refused.headers["retry-after"]) <= 3600
        assert refused.json()["type"] == "urn:jpo:problem:too-many-attempts-from-address"
        page = client.post("/sign-up", data={**form, "email": "d@example.org"}, params={"lang": "fr"})
        assert page.status_code == 429 and "depuis votre réseau" in page.text and page.headers["retry-after"]
        assert 'value="d@example.org"' in page.text
    with _client(settings, engine, host="2001:db8::1", sign_ups_per_ip=3) as elsewhere:
        made = elsewhere.post("/api/v1/users", json={"email": "e@example.org", "password": PASSWORD})
        assert made.status_code == 201
