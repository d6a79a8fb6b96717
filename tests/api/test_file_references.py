"""A stored file is shared by every row that names it (content-addressed), so erasing one person removes
a file only when no row of any table names it any more, and only once the erasure has committed."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from jpo.db.models import Base, User
from jpo.db.repositories import NOT_FILE_HASHES, file_hash_columns
from jpo.db.session import unit_of_work
from jpo.files.store import digest_of, path_of
from jpo.profiles.privacy import erase_user
from jpo.settings import Settings
from tests.api.conftest import Api

TOR = Path(__file__).parents[1] / "data" / "tors" / "who_docx.docx"  # a ToR a candidate could attach too
HASHISH = re.compile(r"sha|hash|digest")
OTHER_HASHES = {
    "users.password_hash",
    "audit_events.chain_hash",
    "audit_chain_head.hash",
}  # a password's Argon2 hash; the audit chain's links


def _named_by_a_document(api: Api, data: bytes) -> None:
    """Another candidate attaches the same file to their own application."""
    admin = api.staff("other-admin@example.org", "admin")
    other = api.candidate("b@example.org")
    application = api.apply(other, api.vacancy(admin)).json()["id"]
    _attach(api, other, application, data)


def _named_by_a_vacancy(api: Api, data: bytes) -> None:
    """An admin uploads the same file as a vacancy's terms of reference."""
    admin = api.staff("other-admin@example.org", "admin")
    response = api.client.post("/api/v1/vacancies", files={"file": (TOR.name, data)}, headers=admin)
    assert response.status_code == 201, response.text


def _named_by_a_draft(api: Api, data: bytes) -> None:
    """Another candidate attaches the same file to the draft of an application."""
    admin = api.staff("other-admin@example.org", "admin")
    other = api.candidate("b@example.org")
    vacancy = api.vacancy(admin)
    response = api.client.post(f"/api/v1/vacancies/{vacancy}/draft/documents", headers=other,
                               files={"file": ("terms.docx", data)}, data={"kind": "other"})  # fmt: skip
    assert response.status_code == 201, response.text


# Every table with a file column, and how one of its rows comes to name a file.
NAMED_BY: dict[str, Callable[[Api, bytes], None]] = {
    "documents": _named_by_a_document,
    "draft_documents": _named_by_a_draft,
    "vacancies": _named_by_a_vacancy,
}


def _attach(api: Api, candidate: dict[str, str], application: int, data: bytes) -> None:
    response = api.client.post(f"/api/v1/applications/{application}/documents", headers=candidate,
                               files={"file": ("terms.docx", data)}, data={"kind": "other"})  # fmt: skip
    assert response.status_code == 201, response.text


def test_every_column_holding_a_file_hash_is_found_and_covered() -> None:
    hashes = {f"{table.name}.{column.name}" for table in Base.metadata.sorted_tables
              for column in table.columns if HASHISH.search(column.name)}  # fmt: skip
    files = {f"{column.table.name}.{column.name}" for column in file_hash_columns()}
    # A new hash column is either a stored file's (named `..._sha256`, then found) or listed as not one.
    assert hashes == files | NOT_FILE_HASHES | OTHER_HASHES, hashes ^ (files | NOT_FILE_HASHES | OTHER_HASHES)
    assert {name.split(".")[0] for name in files} == set(NAMED_BY)  # each file table has its case below


@pytest.mark.parametrize("table", sorted(NAMED_BY))
def test_an_erasure_keeps_a_file_another_row_still_names(api: Api, settings: Settings, table: str) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    candidate = api.candidate("a@example.org")
    application = api.apply(candidate, api.vacancy(admin)).json()["id"]
    data = TOR.read_bytes()
    _attach(api, candidate, application, data)
    NAMED_BY[table](api, data)
    stored = path_of(settings.data_dir, digest_of(data))
    assert api.client.delete("/api/v1/profiles/me", headers=candidate).status_code == 204
    assert stored.read_bytes() == data, f"the file {table} still names was deleted"


def test_files_go_only_after_the_erasure_commits(api: Api, settings: Settings) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    candidate = api.candidate("a@example.org")
    application = api.apply(candidate, api.vacancy(admin)).json()["id"]
    data = TOR.read_bytes()
    _attach(api, candidate, application, data)
    stored = path_of(settings.data_dir, digest_of(data))

    def erase(session):  # type: ignore[no-untyped-def]
        user = session.scalars(select(User).where(User.email == "a@example.org")).one()
        erase_user(session, user=user, now=datetime.now(UTC), data_dir=settings.data_dir)

    with pytest.raises(RuntimeError), unit_of_work(api.engine) as session:
        erase(session)
        raise RuntimeError("the request failed after the erasure")  # rolled back: nothing was erased
    assert stored.exists()
    with unit_of_work(api.engine) as session:
        erase(session)
        assert stored.exists()  # not before the commit
    assert not stored.exists()
