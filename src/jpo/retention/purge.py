"""The retention schedule and the purge: unsuccessful applications (with their documents, letters,
assessments, interview records and contests) a set time after their recruitment closed; refused attempts
to apply (what failed, recorded on the vacancy) a shorter time after; sentence vectors no held profile
or vacancy needs any more; and the details of old audit events (the events stay, and the chain still
verifies: it covers a commitment to each detail, not the detail). Each batch is its own transaction, so
a purge can be interrupted and run again, and two purges at once share the work (rows locked `SKIP
LOCKED` on PostgreSQL). What is destroyed is logged as counts, never content. Exports (My data, a
vacancy's CSV) are made on request and never stored, so nothing of them is left to purge. Flushes,
never commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from pydantic import ValidationError
from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.contracts.profile import Profile
from jpo.db.models import Application, AuditEvent, Document, Embedding, ProfileVersion, VacancyRow
from jpo.db.repositories import unreferenced_files
from jpo.db.session import start_writing
from jpo.files.store import stored_before
from jpo.matching.embedder import text_key
from jpo.matching.rank import default_embedder
from jpo.matching.substance import Substance
from jpo.profiles.vectors import vacancy_texts

# Applications that ended without the post: purged once their recruitment has been closed long enough.
UNSUCCESSFUL: Final = ("not_selected", "declined", "withdrawn", "ineligible")
BATCH: Final = 200


@dataclass(frozen=True, slots=True)
class Schedule:
    """How long records are kept, in days: unsuccessful applications after their vacancy closed, and
    the details of audit events after they were recorded."""

    unsuccessful_days: int = 730
    audit_detail_days: int = 2555
    refused_days: int = 365


@dataclass(slots=True)
class Purged:
    applications: int = 0
    documents: int = 0
    audit_details: int = 0
    refused: int = 0  # refused attempts whose detail (what failed) was cleared
    vectors: int = 0
    files: set[str] = field(default_factory=set)  # stored files no row names any more

    def add(self, other: Purged) -> None:
        self.applications += other.applications
        self.documents += other.documents
        self.audit_details += other.audit_details
        self.refused += other.refused
        self.vectors += other.vectors
        self.files |= other.files

    @property
    def empty(self) -> bool:
        return not (self.applications or self.audit_details or self.refused)

    def counts(self) -> dict[str, int]:
        return {"applications": self.applications, "documents": self.documents,
                "audit_details": self.audit_details, "refused_attempts": self.refused,
                "vectors": self.vectors, "files": len(self.files)}  # fmt: skip


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


def _old_refusals(schedule: Schedule, now: datetime) -> Select[int]:
    before = now - timedelta(days=schedule.refused_days)
    return (
        select(AuditEvent.id)
        .where(AuditEvent.action == "application.refused", AuditEvent.at < before)
        .where(AuditEvent.detail.is_not(None))
        .order_by(AuditEvent.id)
    )


def due(session: Session, schedule: Schedule, now: datetime) -> Purged:
    """What a purge would remove now (nothing is changed): the dry run."""
    ids = list(session.scalars(_due_applications(schedule, now)))
    documents = session.scalar(
        select(func.count()).select_from(Document).where(Document.application_id.in_(ids))
    )
    details = session.scalar(select(func.count()).select_from(_old_details(schedule, now).subquery()))
    refused = session.scalar(select(func.count()).select_from(_old_refusals(schedule, now).subquery()))
    vectors = len(orphan_vectors(session, now))
    return Purged(len(ids), documents or 0, details or 0, refused or 0, vectors)


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
    refused = list(
        session.scalars(_old_refusals(schedule, now).limit(BATCH).with_for_update(skip_locked=True))
    )
    if refused:
        session.execute(
            update(AuditEvent).where(AuditEvent.id.in_(refused)).values(detail=None, detail_salt=None)
        )
        purged.refused = len(refused)
    old = list(session.scalars(_old_details(schedule, now).limit(BATCH).with_for_update(skip_locked=True)))
    if old:
        session.execute(
            update(AuditEvent).where(AuditEvent.id.in_(old)).values(detail=None, detail_salt=None)
        )
        purged.audit_details = len(old)
    return purged


def orphan_vectors(session: Session, now: datetime) -> list[str]:
    """Keys of cached sentence vectors that no held profile version and no vacancy needs: derived from
    what someone wrote, a vector is kept exactly as long as the text it came from."""
    name = default_embedder().name
    live: set[str] = set()
    for document in session.scalars(select(ProfileVersion.document).execution_options(yield_per=500)):
        try:
            units = Substance.of(Profile.model_validate(document), now.date()).units
        except ValidationError:  # a version that no longer validates still keeps its vectors
            return []
        live.update(text_key(name, unit.text) for unit in units)
    for document in session.scalars(select(VacancyRow.document).execution_options(yield_per=500)):
        try:
            live.update(text_key(name, text) for text in vacancy_texts(document))
        except ValidationError:
            return []
    return [key for key in session.scalars(select(Embedding.key).order_by(Embedding.key)) if key not in live]


def purge_vectors(session: Session, now: datetime) -> int:
    """Remove the orphan vectors (after the applications: a purge frees none, an erasure may leave some)."""
    start_writing(session)
    keys = orphan_vectors(session, now)
    for start in range(0, len(keys), 500):
        session.execute(delete(Embedding).where(Embedding.key.in_(keys[start : start + 500])))
    return len(keys)


FILE_GRACE: Final = timedelta(days=1)  # a file younger than this may belong to an upload in progress


def orphan_files(session: Session, data_dir: Path, now: datetime) -> tuple[set[str], float]:
    """Stored files no row names, untouched for FILE_GRACE: left when a purge or an erasure was stopped
    between its commit and the removal of its files. Returns them and the moment they predate."""
    moment = (now - FILE_GRACE).timestamp()
    stored = stored_before(data_dir, moment)
    orphans: set[str] = set()
    for start in range(0, len(stored), 500):
        orphans |= unreferenced_files(session, stored[start : start + 500])
    return orphans, moment


def log_purge(session: Session, purged: Purged, schedule: Schedule) -> None:
    """One audit event with what was destroyed, in counts."""
    record(session, actor_id=None, action="retention.purged", subject_type="system", subject_id=None,
           detail={**purged.counts(), "unsuccessful_days": schedule.unsuccessful_days,
                   "audit_detail_days": schedule.audit_detail_days,
                   "refused_days": schedule.refused_days})  # fmt: skip
