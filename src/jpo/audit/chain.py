"""The audit trail as a hash chain: each event's hash covers its content and the hash before it, so a
change, a deletion or an insertion made outside jpo shows. Details are covered through a salted
commitment: an erasure removes the detail and its salt, and the chain still verifies.

Events are linked when their transaction commits, in the order they were recorded, under a lock on the
chain's head (one row), so concurrent transactions never fork the chain.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session

from jpo.db.models import AuditChainHead, AuditEvent

GENESIS = "0" * 64
_PENDING = "audit_pending"
_HEAD_ID = 1


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def commit_detail(event_: AuditEvent) -> None:
    """Give a new event's detail its salt and commitment."""
    if event_.detail is not None:
        event_.detail_salt = secrets.token_hex(16)
        event_.detail_commitment = detail_commitment(event_.detail_salt, event_.detail)


def detail_commitment(salt: str, detail: dict[str, Any]) -> str:
    return _sha256(salt + _canonical(detail))


def digest(event_: AuditEvent) -> str:
    """What an event's link covers: its content, with the detail's commitment instead of the detail."""
    return _sha256(
        _canonical([
            event_.seq,
            event_.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            event_.actor_id,
            event_.action,
            event_.subject_type,
            event_.subject_id,
            event_.reason,
            event_.detail_commitment,
        ])
    )  # fmt: skip


def link(previous: str, event_: AuditEvent) -> str:
    return _sha256(previous + digest(event_))


def pend(session: Session, event_: AuditEvent) -> None:
    """Link `event_` into the chain when its session commits."""
    pending: list[AuditEvent] | None = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []
        event.listen(session, "before_commit", _append)
    pending.append(event_)


def _append(session: Session) -> None:
    pending: list[AuditEvent] = session.info.get(_PENDING, [])
    if not pending:
        return
    session.flush()  # the events have their ids and `at`
    # an event rolled back (with its savepoint or its transaction) is no longer in the session: not linked
    kept = [e for e in pending if inspect(e).persistent]
    pending.clear()
    if not kept:
        return
    head = session.get(AuditChainHead, _HEAD_ID, with_for_update=True, populate_existing=True)
    if head is None:
        head = AuditChainHead(id=_HEAD_ID, seq=0, hash=GENESIS)
        session.add(head)
    for event_ in kept:
        event_.seq = head.seq + 1
        event_.chain_hash = link(head.hash, event_)
        head.seq, head.hash = event_.seq, event_.chain_hash
    session.flush()


@dataclass(frozen=True, slots=True)
class Break:
    """Where the chain stops matching: the event (by id, and its place) and why."""

    event_id: int | None
    seq: int | None
    why: str

    def __str__(self) -> str:
        where = f"event {self.event_id}" if self.event_id is not None else "the chain's end"
        at = f" (position {self.seq})" if self.seq is not None else ""
        return f"{where}{at}: {self.why}"


@dataclass(frozen=True, slots=True)
class Verification:
    checked: int
    broken: Break | None


def _ordered(session: Session) -> Iterator[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.seq.is_(None), AuditEvent.seq, AuditEvent.id)
    yield from session.scalars(query.execution_options(yield_per=2000))


def verify(session: Session) -> Verification:
    """Walk the chain from its first event; the first that does not match, if any."""
    head = session.get(AuditChainHead, _HEAD_ID)
    previous, expected, checked = GENESIS, 1, 0
    for event_ in _ordered(session):
        broken = _check(event_, expected, previous)
        if broken is not None:
            return Verification(checked, broken)
        previous, expected, checked = event_.chain_hash or "", expected + 1, checked + 1
    last = head.seq if head is not None else 0
    if last != checked or (head is not None and head.hash != previous):
        why = f"the chain ends at position {checked} but its head says {last}: events after it were deleted"
        return Verification(checked, Break(None, last, why))
    return Verification(checked, None)


def _check(event_: AuditEvent, expected: int, previous: str) -> Break | None:
    if event_.seq is None:
        return Break(event_.id, None, "not in the chain: added outside jpo")
    if event_.seq != expected:
        what = (
            "inserted, or the same position twice"
            if event_.seq < expected
            else "events before it are missing"
        )
        return Break(event_.id, event_.seq, f"expected position {expected}: {what}")
    if event_.detail is not None and (
        event_.detail_salt is None
        or detail_commitment(event_.detail_salt, event_.detail) != event_.detail_commitment
    ):
        return Break(event_.id, event_.seq, "its detail was changed")
    if event_.detail is None and event_.detail_salt is not None:
        return Break(event_.id, event_.seq, "its detail was removed without an erasure")
    if link(previous, event_) != event_.chain_hash:
        return Break(event_.id, event_.seq, "its content or its link does not match")
    return None


def count_unlinked(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.seq.is_(None))) or 0
