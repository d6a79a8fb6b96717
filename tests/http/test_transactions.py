"""Reads never wait for SQLite's write lock, slow work holds no lock, and a lock or connection not had
in time is a 503 with Retry-After, never a 500 (issue 11, item 2)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, make_url, select

from jpo.app import create_app
from jpo.db.migrate import upgrade
from jpo.db.models import User
from jpo.db.session import ReadOnlyError, make_engine, start_writing, unit_of_work
from jpo.settings import Settings
from tests.api.conftest import SEEDS, Api
from tests.support.profiles import make_profile
from tests.web.conftest import BrowserSession


@contextmanager
def write_lock_held(database_url: str) -> Iterator[None]:
    """Another process's write transaction, open for the duration of the block."""
    holder = sqlite3.connect(str(make_url(database_url).database), isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _quick_engine(database_url: str) -> Engine:
    upgrade(database_url)
    return make_engine(database_url, pool_size=1, wait_seconds=0.2)


def test_reads_go_on_while_another_writer_holds_the_lock(settings: Settings, database_url: str) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's one write lock")
    with (
        TestClient(create_app(settings, _quick_engine(database_url))) as client,
        write_lock_held(database_url),
    ):
        assert client.get("/api/v1/vacancies").status_code == 200
        assert client.get("/", headers={"Accept": "text/html"}).status_code == 200
        assert client.get("/sign-in", headers={"Accept": "text/html"}).status_code == 200


def test_a_write_that_cannot_have_the_lock_is_503_with_retry_after(
    settings: Settings, database_url: str
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's one write lock")
    body = {"email": "c@example.org", "password": "a long secret"}
    with TestClient(create_app(settings, _quick_engine(database_url))) as client:
        with write_lock_held(database_url):
            busy = client.post("/api/v1/users", json=body)
            page = client.post("/sign-up", data={**body, "confirm": body["password"]},
                               headers={"Accept": "text/html"})  # fmt: skip
        assert busy.status_code == 503 and busy.headers["Retry-After"].isdigit()
        assert busy.json()["type"] == "urn:jpo:problem:busy"
        assert page.status_code == 503 and page.headers["Retry-After"].isdigit()
        assert client.post("/api/v1/users", json=body).status_code == 201  # nothing was half written


def test_no_connection_in_time_is_503_on_every_backend(settings: Settings, database_url: str) -> None:
    engine = _quick_engine(database_url)
    with TestClient(create_app(settings, engine)) as client:
        held = [engine.connect(), engine.connect()]  # the pool's one connection and its one overflow
        try:
            response = client.get("/api/v1/vacancies")
        finally:
            for connection in held:
                connection.close()
        assert response.status_code == 503 and "Retry-After" in response.headers
        assert client.get("/api/v1/vacancies").status_code == 200


def _lock_is_free(database_url: str) -> bool:
    """Whether another writer could take SQLite's write lock right now."""
    other = sqlite3.connect(str(make_url(database_url).database), isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


class _LockProbe:
    """An embedder that, while it works, checks whether another writer could take the write lock."""

    name = "probe"

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.lock_was_free: list[bool] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.lock_was_free.append(_lock_is_free(self.database_url))
        return np.ones((len(texts), 512), dtype=np.float32) / np.sqrt(512)


def test_saving_a_profile_embeds_it_holding_no_write_lock(
    api: Api, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's one write lock")
    probe = _LockProbe(database_url)
    monkeypatch.setattr("jpo.profiles.vectors.default_embedder", lambda: probe)
    candidate = api.candidate("c@example.org")
    document = make_profile().model_dump(mode="json", by_alias=True)
    assert api.client.put("/api/v1/profiles/me", json=document, headers=candidate).status_code == 200
    assert probe.lock_was_free and all(probe.lock_was_free)


def test_a_reading_unit_of_work_refuses_to_write_until_it_starts_writing(engine: Engine) -> None:
    with pytest.raises(ReadOnlyError), unit_of_work(engine, writes=False) as session:
        session.add(User(email="a@example.org", password_hash="!", role="candidate"))
        session.flush()
    with unit_of_work(engine, writes=False) as session:
        assert session.scalar(select(User.id)) is None  # a read first
        start_writing(session)
        session.add(User(email="a@example.org", password_hash="!", role="candidate"))
    with unit_of_work(engine) as session:
        assert session.scalar(select(User.email)) == "a@example.org"


def test_a_tor_uploaded_on_the_web_is_parsed_holding_no_write_lock(
    api: Api, database_url: str, monkeypatch: pytest.MonkeyPatch, browser_session: BrowserSession
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's one write lock")
    from jpo.vacancies import service

    lock_was_free: list[bool] = []
    real_parse = service.parse_bytes

    def probing_parse(*args: Any, **kwargs: Any) -> Any:
        lock_was_free.append(_lock_is_free(database_url))
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(service, "parse_bytes", probing_parse)
    api.staff("kr@example.org", "admin", sponsor="KR")
    browser = browser_session("kr@example.org")
    seed = SEEDS["002"]
    response = browser.post("/admin/vacancies", files={"file": (seed.name, seed.read_bytes())},
                            follow_redirects=False)  # fmt: skip
    assert response.status_code == 303, response.text
    assert lock_was_free == [True]
