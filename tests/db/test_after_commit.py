"""What a service queues for after the commit (deleting files, scrubbing SQLite's log) runs once the
transaction it was queued in commits, and never when that transaction, or its savepoint, rolls back."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from jpo.db.session import after_commit, unit_of_work


def test_it_runs_after_the_commit_and_never_after_a_rollback(engine: Engine) -> None:
    done: list[str] = []
    with unit_of_work(engine) as session:
        session.execute(text("SELECT 1"))
        after_commit(session, lambda: done.append("committed"))
        assert done == []  # not before the commit
    assert done == ["committed"]
    with pytest.raises(RuntimeError), unit_of_work(engine) as session:
        after_commit(session, lambda: done.append("rolled back"))
        raise RuntimeError("the request failed")
    assert done == ["committed"]


def test_a_savepoint_passes_its_work_on_only_if_it_is_released(engine: Engine) -> None:
    done: list[str] = []
    with unit_of_work(engine) as session:
        undone = session.begin_nested()
        after_commit(session, lambda: done.append("undone"))
        undone.rollback()
        kept = session.begin_nested()
        after_commit(session, lambda: done.append("kept"))
        kept.commit()
        assert done == []  # a released savepoint waits for its transaction
    assert done == ["kept"]
