"""The audit trail's hash chain on every backend: intact after real work, broken by any change, deletion
or insertion made directly in the database, and still intact after an erasure."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, insert, select, text, update

from jpo.audit.chain import verify
from jpo.audit.trail import record
from jpo.db.migrate import upgrade
from jpo.db.models import AuditEvent, User
from jpo.db.session import make_engine, unit_of_work
from jpo.profiles.privacy import erase_user
from jpo.users.service import create_user

NOW = datetime(2026, 5, 1, 9, 30, 15, 123456, tzinfo=UTC)


def events(engine: Engine, count: int, *, actor: int | None = None) -> list[int]:
    ids = []
    for index in range(count):
        with unit_of_work(engine, now=NOW) as session:
            event = record(
                session, actor_id=actor, action="application.read", subject_type="application",
                subject_id=index, reason="screening", detail={"purpose": "screening", "n": index, "é": [1.5, None]},
            )  # fmt: skip
            session.flush()
            ids.append(event.id)
    return ids


def broken(engine: Engine) -> str | None:
    with unit_of_work(engine, writes=False) as session:
        result = verify(session)
    return None if result.broken is None else str(result.broken)


def test_an_intact_trail_verifies_and_each_event_has_its_place(engine: Engine) -> None:
    events(engine, 4)
    with unit_of_work(engine, now=NOW) as session:  # two events in one transaction keep their order
        first = record(session, actor_id=None, action="a.first", subject_type="user", subject_id=1)
        second = record(session, actor_id=None, action="a.second", subject_type="user", subject_id=1)
    with unit_of_work(engine, writes=False) as session:
        result = verify(session)
        assert result.broken is None and result.checked == 6
        rows = session.execute(select(AuditEvent.id, AuditEvent.seq).order_by(AuditEvent.seq)).all()
    assert [seq for _, seq in rows] == [1, 2, 3, 4, 5, 6]
    assert dict(rows)[first.id] == 5 and dict(rows)[second.id] == 6


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"detail": {"purpose": "curiosity", "n": 2, "é": [1.5, None]}}, "its detail was changed"),
        ({"action": "application.shortlisted"}, "its content or its link does not match"),
        ({"reason": "edited"}, "its content or its link does not match"),
        ({"at": datetime(2026, 5, 1, 9, 30, 16, tzinfo=UTC)}, "its content or its link does not match"),
        ({"detail": None}, "its detail was removed without an erasure"),
    ],
)
def test_a_change_made_in_the_database_names_the_event(
    engine: Engine, change: dict[str, object], why: str
) -> None:
    ids = events(engine, 4)
    with engine.begin() as connection:
        connection.execute(update(AuditEvent).where(AuditEvent.id == ids[2]).values(**change))
    assert broken(engine) == f"event {ids[2]} (position 3): {why}"


def test_a_deleted_or_inserted_event_breaks_the_chain(engine: Engine) -> None:
    ids = events(engine, 4)
    with engine.begin() as connection:
        connection.execute(delete(AuditEvent).where(AuditEvent.id == ids[1]))
    assert broken(engine) == f"event {ids[2]} (position 3): expected position 2: events before it are missing"
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events"))
    events(engine, 1)  # the chain goes on from its head: the first event left is not the first of the chain
    assert broken(engine) is not None and "expected position 1" in (broken(engine) or "")


def test_deleting_the_last_events_shows_at_the_chains_end(engine: Engine) -> None:
    events(engine, 3)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events WHERE seq = 3"))
    assert broken(engine) == (
        "the chain's end (position 3): the chain ends at position 2 but its head says 3: events after it were deleted"
    )


def test_an_event_added_outside_jpo_is_not_in_the_chain(engine: Engine) -> None:
    events(engine, 2)
    with engine.begin() as connection:
        result = connection.execute(
            insert(AuditEvent).values(
                at=NOW, action="application.selected", subject_type="application", subject_id=9
            )
        )
        forged = result.inserted_primary_key[0]  # type: ignore[index]
    assert broken(engine) == f"event {forged}: not in the chain: added outside jpo"


def test_a_forged_link_copied_from_another_event_does_not_match(engine: Engine) -> None:
    ids = events(engine, 3)
    with engine.begin() as connection:
        last = connection.execute(select(AuditEvent.chain_hash).where(AuditEvent.id == ids[2])).scalar_one()
        connection.execute(
            update(AuditEvent).where(AuditEvent.id == ids[2]).values(subject_id=77, chain_hash=last)
        )
    assert broken(engine) == f"event {ids[2]} (position 3): its content or its link does not match"


def test_an_erasure_leaves_the_chain_verifiable(engine: Engine, tmp_path: Path) -> None:
    with unit_of_work(engine) as session:
        user = create_user(session, email="c@example.org", password="a long secret", role="candidate")
    events(engine, 3, actor=user.id)
    with unit_of_work(engine, now=NOW) as session:
        person = session.get(User, user.id)
        assert person is not None
        erase_user(session, user=person, now=NOW, data_dir=tmp_path)
    with unit_of_work(engine, writes=False) as session:
        details = session.scalars(select(AuditEvent.detail).where(AuditEvent.actor_id == user.id)).all()
        result = verify(session)
    assert details.count(None) >= 3  # the details that quoted the person are gone
    assert result.broken is None and result.checked >= 4


def test_an_event_in_a_rolled_back_savepoint_is_not_linked(engine: Engine) -> None:
    with unit_of_work(engine, now=NOW) as session:
        record(session, actor_id=None, action="kept.one", subject_type="user", subject_id=1)
        savepoint = session.begin_nested()
        record(session, actor_id=None, action="rolled.back", subject_type="user", subject_id=1)
        session.flush()
        savepoint.rollback()
        record(session, actor_id=None, action="kept.two", subject_type="user", subject_id=1)
    with unit_of_work(engine, writes=False) as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert verify(session).broken is None
    assert actions == ["kept.one", "kept.two"]


def test_concurrent_transactions_never_fork_the_chain(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url, pool_size=8)
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for index in range(10):
                with unit_of_work(engine) as session:
                    record(
                        session,
                        actor_id=None,
                        action="concurrent",
                        subject_type="user",
                        subject_id=worker * 100 + index,
                    )
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with unit_of_work(engine, writes=False) as session:
        result = verify(session)
    engine.dispose()
    assert result.broken is None and result.checked == 40


def test_jpo_audit_verify_exits_0_then_1(database_url: str) -> None:
    upgrade(database_url)
    engine = make_engine(database_url)
    ids = events(engine, 3)
    environment = {**os.environ, "JPO_DATABASE_URL": database_url}
    command = [sys.executable, "-m", "jpo", "audit", "verify"]
    intact = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    assert intact.returncode == 0, intact.stderr
    assert "intact: 3 events" in intact.stdout
    with engine.begin() as connection:
        connection.execute(update(AuditEvent).where(AuditEvent.id == ids[0]).values(reason="nothing to see"))
    engine.dispose()
    tampered = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    assert tampered.returncode == 1
    assert f"event {ids[0]} (position 1)" in tampered.stdout and "Traceback" not in tampered.stderr


def test_events_recorded_before_the_chain_are_linked_by_the_migration(database_url: str) -> None:
    upgrade(database_url, "0013")
    engine = make_engine(database_url)
    with engine.begin() as connection:
        for index in range(3):
            connection.execute(
                text(
                    "INSERT INTO audit_events (at, action, subject_type, subject_id, reason, detail)"
                    " VALUES (:at, 'vacancy.published', 'vacancy', :id, NULL, :detail)"
                ),
                {"at": NOW, "id": index, "detail": None if index == 1 else '{"title": "Associate"}'},
            )
    upgrade(database_url)
    with unit_of_work(engine, writes=False) as session:
        before = verify(session)
    events(engine, 2)  # new events go on from the migrated head
    with unit_of_work(engine, writes=False) as session:
        after = verify(session)
    engine.dispose()
    assert before.broken is None and before.checked == 3
    assert after.broken is None and after.checked == 5
