"""Audit events reach the metrics only once committed: not when rolled back, whole or in a savepoint."""

from __future__ import annotations

import gc
import weakref

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.db.outcomes import watch
from jpo.db.session import unit_of_work
from jpo.errors import JpoError


class Tally:
    def __init__(self) -> None:
        self.actions: list[str] = []

    def seen(self, action: str) -> None:
        self.actions.append(action)


class KeptRefusalError(JpoError):
    keeps_work = True


def _event(session: Session, action: str) -> None:
    record(session, actor_id=None, action=action, subject_type="vacancy", subject_id=1)


def test_only_committed_events_are_counted(engine: Engine) -> None:
    tally = Tally()
    watch(engine, tally.seen)
    with unit_of_work(engine) as session:
        _event(session, "kept")
        session.flush()
    with pytest.raises(RuntimeError), unit_of_work(engine) as session:
        _event(session, "rolled back")
        session.flush()
        raise RuntimeError("the request failed after the flush")
    with unit_of_work(engine) as session:
        _event(session, "outside the savepoint")
        try:
            with session.begin_nested():
                _event(session, "in a savepoint rolled back")
                session.flush()
                raise RuntimeError("the attachment failed")
        except RuntimeError:
            pass
        with session.begin_nested():
            _event(session, "in a savepoint released")
            session.flush()
        assert tally.actions == ["kept"]  # nothing counted before the outer commit
    with pytest.raises(KeptRefusalError), unit_of_work(engine) as session:
        _event(session, "a refusal kept on record")
        session.flush()
        raise KeptRefusalError("not eligible")
    assert tally.actions == [
        "kept", "outside the savepoint", "in a savepoint released", "a refusal kept on record",
    ]  # fmt: skip


def test_a_watcher_goes_with_its_object(engine: Engine) -> None:
    tally = Tally()
    watch(engine, tally.seen)
    gone = weakref.ref(tally)
    del tally  # an app's metrics: watching an engine does not keep them alive
    gc.collect()
    assert gone() is None
    with unit_of_work(engine) as session:
        _event(session, "nobody listens")  # and committing with a watcher gone is no error
