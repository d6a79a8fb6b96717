"""Append-only audit events: every state change, every edit, every staff read of personal data."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from jpo.db.models import AuditEvent


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
    """Add one event (flushed with the change it records, so both commit or neither does)."""
    event = AuditEvent(
        actor_id=actor_id, action=action, subject_type=subject_type, subject_id=subject_id,
        reason=reason, detail=detail,
    )  # fmt: skip
    session.add(event)
    return event
