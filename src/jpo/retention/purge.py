"""The retention schedule and the purge: unsuccessful applications (with their documents, letters,
assessments, interview records and contests) a set time after their recruitment closed, and the details
of old audit events (the events stay, and the chain still verifies: it covers a commitment to each
detail, not the detail). Each batch is its own transaction, so a purge can be interrupted and run again,
and two purges at once share the work (rows locked `SKIP LOCKED` on PostgreSQL). What is destroyed is
logged as counts, never content. Flushes, never commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.db.models import Application, AuditEvent, Document, VacancyRow
from jpo.db.repositories import unreferenced_files
from jpo.db.session import start_writing

# Applications that ended without the post: purged once their recruitment has been closed long enough.
UNSUCCESSFUL: Final = ("not_selected", "declined", "withdrawn", "ineligible")
BATCH: Final = 200


@dataclass(frozen=True, slots=True)
class Schedule:
    """How long records are kept, in days: unsuccessful applications after their vacancy closed, and
    the details of audit events after they were recorded."""

    unsuccessful_days: int = 730
    audit_detail_days: int = 2555


@dataclass(slots=True)
class Purged:
    applications: int = 0
    documents: int = 0
    audit_details: int = 0
    files: set[str] = field(default_factory=set)  # stored files no row names any more

    def add(self, other: Purged) -> None:
        self.applications += other.applications
        self.documents += other.documents
        self.audit_details += other.audit_details
        self.files |= other.files

    @property
    def empty(self) -> bool:
        return not (self.applications or self.audit_details)

    def counts(self) -> dict[str, int]:
        return {"applications": self.applications, "documents": self.documents,
                "audit_details": self.audit_details, "files": len(self.files)}  # fmt: skip


def _due_applications(schedule: Schedule, now: datetime) -> Select[int]:
    closed_before = now - timedelta(days=schedule.unsuccessful_days)
    return (
        select(Application.id)
        .join(VacancyRow, VacancyRow.id == Application.vacancy_id)
        .where(VacancyRow.status == "closed", VacancyRow.closing_utc < closed_before)
        .where(Application.status.in_(UNSUCCESSFUL))
        .order_by(Application.id)
    )


def _old_details(schedule: Schedule, now: datetime) -> Select[int]:
    before = now - timedelta(days=schedule.audit_detail_days)
    return (
        select(AuditEvent.id)
        .where(AuditEvent.at < before, AuditEvent.detail.is_not(None))
        .order_by(AuditEvent.id)
    )


def due(session: Session, schedule: Schedule, now: datetime) -> Purged:
    """What a purge would remove now (nothing is changed): the dry run."""
    ids = list(session.scalars(_due_applications(schedule, now)))
    documents = session.scalar(
        select(func.count()).select_from(Document).where(Document.application_id.in_(ids))
    )
    details = session.scalar(select(func.count()).select_from(_old_details(schedule, now).subquery()))
    return Purged(len(ids), documents or 0, details or 0)


def purge_batch(session: Session, schedule: Schedule, now: datetime) -> Purged:
    """Remove one batch of what is due; an empty result means nothing is left."""
    start_writing(session)
    due_now = _due_applications(schedule, now).limit(BATCH).with_for_update(skip_locked=True, of=Application)
    ids = list(session.scalars(due_now))
    purged = Purged()
    if ids:
        digests = set(session.scalars(select(Document.sha256).where(Document.application_id.in_(ids))))
        purged.documents = len(
            session.scalars(select(Document.id).where(Document.application_id.in_(ids))).all()
        )
        # the events about them may quote the person (a receipt, a file name): their details go too
        session.execute(
            update(AuditEvent)
            .where(AuditEvent.subject_type == "application", AuditEvent.subject_id.in_(ids))
            .values(detail=None, detail_salt=None)
        )
        session.execute(delete(Application).where(Application.id.in_(ids)))
        purged.applications = len(ids)
        session.flush()
        purged.files = unreferenced_files(session, digests)
    old = list(session.scalars(_old_details(schedule, now).limit(BATCH).with_for_update(skip_locked=True)))
    if old:
        session.execute(
            update(AuditEvent).where(AuditEvent.id.in_(old)).values(detail=None, detail_salt=None)
        )
        purged.audit_details = len(old)
    return purged


def log_purge(session: Session, purged: Purged, schedule: Schedule) -> None:
    """One audit event with what was destroyed, in counts."""
    record(session, actor_id=None, action="retention.purged", subject_type="system", subject_id=None,
           detail={**purged.counts(), "unsuccessful_days": schedule.unsuccessful_days,
                   "audit_detail_days": schedule.audit_detail_days})  # fmt: skip
