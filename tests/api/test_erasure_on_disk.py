"""After an erasure, nothing of the person is left readable in the database's files: on SQLite neither the
database file (deleted content zeroed) nor its write-ahead log (checkpointed and truncated)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from jpo.settings import Settings
from tests.api.conftest import Api

EMAIL = "quentin.erasable@example.org"
WORDS = "Catalogued the Zanzibar quokka archive"  # a sentence nobody else wrote


def _files(settings: Settings) -> list[Path]:
    database = Path(str(make_url(settings.database_url).database))
    return [database, database.with_name(database.name + "-wal")]


def test_an_erased_person_leaves_no_bytes_in_the_sqlite_files(api: Api, settings: Settings) -> None:
    if not settings.database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL's files are the server's")
    # As a SQLite built without SECURE_DELETE on by default (this machine's has it on) would do.
    event.listen(api.engine, "connect", lambda connection, _: connection.execute("PRAGMA secure_delete=OFF"))
    api.engine.dispose()
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    experience = [{"title": "Archivist", "start": "2020-01-01", "end": None, "full_time": True,
                   "description": f"{WORDS}. Wrote finding aids."}]  # fmt: skip
    candidate = api.candidate(EMAIL, experience=experience, summary=f"{WORDS} for years.")
    assert api.apply(candidate, api.vacancy(admin)).status_code == 201
    was_there = any(EMAIL.encode() in path.read_bytes() for path in _files(settings) if path.exists())
    assert was_there
    assert api.client.delete("/api/v1/profiles/me", headers=candidate).status_code == 204
    for path in _files(settings):
        data = path.read_bytes() if path.exists() else b""
        for trace in (EMAIL, WORDS, "Zanzibar quokka"):
            assert trace.encode() not in data, f"{trace!r} is still in {path.name}"
