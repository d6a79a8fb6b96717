"""A candidate's view of their applications' progress: the audit events of each read in one query and
turned into timelines (`applications.timeline`). Reading them is no staff read: nothing is audited."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from jpo.applications.timeline import ACTIONS, Step, timeline
from jpo.db.models import Application, AuditEvent
from jpo.db.repositories import application_events


def timelines(session: Session, applications: Sequence[Application]) -> dict[int, list[Step]]:
    """Each application's timeline by its id (the caller has checked they are the candidate's own)."""
    found: dict[int, list[AuditEvent]] = {a.id: [] for a in applications}
    for event, _actor in application_events(session, application_ids=list(found), actions=ACTIONS):
        if event.subject_id in found:
            found[event.subject_id].append(event)
    return {a.id: timeline(found[a.id], status=a.status, submitted_at=a.submitted_at) for a in applications}
