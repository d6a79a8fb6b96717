"""Saving a profile on every backend: a change makes a new version, the same profile saved again makes
none (however it is written: key order, defaults, a stored version from before a field existed), and the
name is kept as written."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from jpo.db.models import AuditEvent, ProfileVersion, User
from jpo.db.session import unit_of_work
from jpo.profiles.service import save_profile, save_profile_with_vectors
from jpo.users.service import create_user
from tests.support.profiles import make_profile

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _candidate(engine: Engine) -> User:
    with unit_of_work(engine) as session:
        return create_user(session, email="c@example.org", password="a long secret", role="candidate")


def _document(**overrides: Any) -> dict[str, Any]:
    return make_profile(**overrides).model_dump(mode="json", by_alias=True)


def _save(engine: Engine, user: User, document: dict[str, Any]) -> int:
    with unit_of_work(engine) as session:
        return save_profile(session, user=user, document=document).version


def _versions(engine: Engine) -> tuple[int, int]:
    with unit_of_work(engine) as session:
        versions = session.scalar(select(func.count()).select_from(ProfileVersion)) or 0
        saved = session.scalar(select(func.count()).where(AuditEvent.action == "profile.saved")) or 0
        return versions, saved


def test_the_same_profile_saved_again_makes_no_new_version(engine: Engine) -> None:
    user = _candidate(engine)
    document = _document(name={"given": "Ji-woo", "family": "Park"})
    assert _save(engine, user, document) == 1
    assert _save(engine, user, dict(reversed(list(document.items())))) == 1  # key order is no change
    sparse = {key: value for key, value in document.items() if value is not None}  # nulls left out
    assert _save(engine, user, sparse) == 1
    assert _versions(engine) == (1, 1)  # one version, one audit event
    assert _save(engine, user, {**document, "summary": "Changed."}) == 2
    assert _save(engine, user, document) == 3  # going back is a change too
    assert _versions(engine) == (3, 3)


def test_a_version_stored_before_the_name_existed_is_the_same_profile(engine: Engine) -> None:
    user = _candidate(engine)
    document = _document()
    with unit_of_work(engine) as session:  # as an older release stored it: no "name" key at all
        old = {key: value for key, value in document.items() if key != "name"}
        session.add(ProfileVersion(user_id=user.id, version=1, document=old))
    assert _save(engine, user, document) == 1
    assert _save(engine, user, {**document, "name": "Sofia Lindqvist"}) == 2  # the whole name as one text
    with unit_of_work(engine) as session:
        stored = session.scalars(select(ProfileVersion).where(ProfileVersion.version == 2)).one().document
    assert stored["name"] == "Sofia Lindqvist"


def test_saving_an_unchanged_profile_embeds_nothing_and_writes_nothing(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = _candidate(engine)
    document = _document()
    assert _save(engine, user, document) == 1

    def no_model() -> None:
        raise AssertionError("an unchanged profile needs no sentence model")

    monkeypatch.setattr("jpo.profiles.vectors.default_embedder", no_model)
    with unit_of_work(engine, writes=False) as session:  # as the web and the API save (@reads_first)
        again = save_profile_with_vectors(session, user=user, document=document, now=NOW)
        assert again.version == 1 and not session.new and not session.dirty
    assert _versions(engine) == (1, 1)
