"""Audit events: every state change, every edit, every staff read of personal data, dated by the unit
of work's clock. Events are never deleted; an erasure clears the `detail` of the person's events (it
may quote what they wrote), keeping who did what and when under their pseudonymous id."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from jpo.audit.chain import commit_detail, pend
from jpo.db.models import AuditEvent
from jpo.db.session import start_writing


def record(
    session: Session,
    *,
    actor_id: int | None,
    action: str,
    subject_type: str,
    subject_id: int | None,
    reason: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one event (flushed with the change it records, so both commit or neither does). A reading
    unit of work (an audited read) starts writing here: the event must be saved with the read."""
    start_writing(session)
    event = AuditEvent(
        actor_id=actor_id, action=action, subject_type=subject_type, subject_id=subject_id,
        reason=reason, detail=detail, at=session.info.get("now") or datetime.now(UTC),
    )  # fmt: skip
    commit_detail(event)
    session.add(event)
    pend(session, event)
    return event
