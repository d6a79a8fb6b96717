"""Audit events counted as they are committed, for the service's metrics (applications submitted,
refused): an event flushed and then rolled back, whole or in a savepoint, is not counted.

A listener collects each session's flushed `AuditEvent`s; when its outermost transaction commits,
those still in it (a savepoint's rollback expunges what it added) are reported to the engine's watcher.
The engine is the one `unit_of_work` records in `session.info`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary, WeakMethod

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import Session

from jpo.db.models import AuditEvent

Watcher = Callable[[str], None]  # called with the action of each committed event

_PENDING = "jpo_flushed_events"
# Held weakly both ways: an engine and its watcher's object (an app's metrics) go when unused.
_watchers: WeakKeyDictionary[Engine, list[WeakMethod[Watcher]]] = WeakKeyDictionary()


def watch(engine: Engine, watcher: Watcher) -> None:
    """Call `watcher(action)` for every audit event committed through `engine`'s units of work;
    `watcher` is a bound method, held only as long as its object lives."""
    _watchers.setdefault(engine, []).append(WeakMethod(watcher))


def _watchers_of(session: Session) -> list[Watcher]:
    engine = session.info.get("engine")
    references = _watchers.get(engine, []) if engine is not None else []
    references[:] = [reference for reference in references if reference() is not None]
    return [watcher for reference in references if (watcher := reference()) is not None]


def _collect(session: Session, _flush_context: Any) -> None:
    if not _watchers:
        return
    events = [item for item in session.new if isinstance(item, AuditEvent)]
    if events:
        session.info.setdefault(_PENDING, []).extend(events)


def _report(session: Session) -> None:
    if session.get_nested_transaction() is not None:  # a savepoint released: its outer one may roll back
        return
    events: list[AuditEvent] = session.info.pop(_PENDING, [])
    watchers = _watchers_of(session) if events else []
    for item in events:
        if inspect(item).persistent:  # not expunged by a savepoint's rollback
            for watcher in watchers:
                watcher(item.action)


def _forget(session: Session, previous_transaction: Any) -> None:
    if previous_transaction.parent is None:  # the whole transaction: nothing flushed in it is kept
        session.info.pop(_PENDING, None)


event.listen(Session, "after_flush", _collect)
event.listen(Session, "after_commit", _report)
event.listen(Session, "after_soft_rollback", _forget)
