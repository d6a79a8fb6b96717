"""A person's rights over their data: export everything held about them, and erasure (personal data
removed; audit events kept, pointing only at a pseudonymous id); flushes, never commits."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from jpo.applications.explanation import forget_explanations
from jpo.audit.trail import record
from jpo.contracts.profile import Profile
from jpo.db.models import (
    Application,
    ApplicationDraft,
    AuditEvent,
    Contest,
    Document,
    DraftDocument,
    Embedding,
    OutboxMessage,
    ProfileVersion,
    User,
)
from jpo.db.repositories import applications_of_user, documents_of, events_about, unreferenced_files
from jpo.db.session import after_commit, scrub_deletions, start_writing
from jpo.files.store import remove
from jpo.matching.embedder import text_key
from jpo.matching.lexical import forget_texts
from jpo.matching.rank import default_embedder
from jpo.matching.substance import Substance
from jpo.monitoring.self_id import answers_of, erase_answers
from jpo.users.tokens import revoke_tokens

EXPORT_SCHEMA = "jpo.export/1"


def _application(session: Session, application: Application) -> dict[str, Any]:
    return {
        "id": application.id, "vacancy_id": application.vacancy_id, "status": application.status,
        "receipt": application.receipt, "submitted_at": application.submitted_at.isoformat(),
        "profile_version_id": application.profile_version_id, "motivation": application.motivation,
        "eligibility": application.eligibility,
        "documents": [
            {"id": d.id, "kind": d.kind, "filename": d.filename, "media_type": d.media_type,
             "size": d.size, "sha256": d.sha256, "uploaded_at": d.uploaded_at.isoformat()}
            for d in documents_of(session, application.id)
        ],
        "notice_version": application.notice_version,
        "contests": [
            {"decision_event_id": c.decision_event_id, "grounds": c.grounds,
             "opened_at": c.opened_at.isoformat(), "outcome": c.outcome, "answer": c.answer,
             "answered_at": c.answered_at.isoformat() if c.answered_at else None}
            for c in session.scalars(select(Contest).where(Contest.application_id == application.id))
        ],
    }  # fmt: skip


def _draft(draft: ApplicationDraft) -> dict[str, Any]:
    return {
        "vacancy_id": draft.vacancy_id, "motivation": draft.motivation,
        "created_at": draft.created_at.isoformat(), "updated_at": draft.updated_at.isoformat(),
        "documents": [
            {"id": d.id, "kind": d.kind, "item": d.item, "filename": d.filename, "media_type": d.media_type,
             "size": d.size, "sha256": d.sha256, "uploaded_at": d.uploaded_at.isoformat()}
            for d in draft.documents
        ],
    }  # fmt: skip


def _event(event: AuditEvent) -> dict[str, Any]:
    return {
        "at": event.at.isoformat(),
        "actor_id": event.actor_id,
        "action": event.action,
        "subject_type": event.subject_type,
        "subject_id": event.subject_id,
        "reason": event.reason,
    }


def export_data(session: Session, *, user: User, now: datetime) -> dict[str, Any]:
    """Everything jpo holds about `user`: account, every profile version, applications, documents'
    metadata and the audit events about them or made by them."""
    versions = session.scalars(
        select(ProfileVersion).where(ProfileVersion.user_id == user.id).order_by(ProfileVersion.version)
    )
    applications = applications_of_user(session, user.id)
    events = events_about(session, user_id=user.id, application_ids=[a.id for a in applications])
    drafts = session.scalars(
        select(ApplicationDraft).where(ApplicationDraft.user_id == user.id).order_by(ApplicationDraft.id)
    )
    record(
        session, actor_id=user.id, action="personal_data.exported", subject_type="user", subject_id=user.id
    )
    return {
        "schema": EXPORT_SCHEMA,
        "exported_at": now.isoformat(),
        "account": {
            "id": user.id,
            "email": user.email,
            "role": user.role,
            "sponsor_country": user.sponsor_country,
            "organization": user.organization,
            "created_at": user.created_at.isoformat(),
        },
        "profiles": [
            {"version": v.version, "saved_at": v.created_at.isoformat(), "profile": v.document}
            for v in versions
        ],
        "applications": [_application(session, a) for a in applications],
        "drafts": [_draft(d) for d in drafts],
        "audit_events": [_event(e) for e in events],
        "self_identification": answers_of(session, user.id),
    }


def _forget_vectors(session: Session, user_id: int, now: datetime) -> None:
    """Drop the cached sentence vectors of the person's profiles: derived from what they wrote, they go
    with it (a sentence someone else also wrote is simply embedded again when needed)."""
    documents = session.scalars(select(ProfileVersion.document).where(ProfileVersion.user_id == user_id))
    texts = {
        unit.text
        for document in documents
        for unit in Substance.of(Profile.model_validate(document), now.date()).units
    }
    keys = [text_key(default_embedder().name, text) for text in texts]
    for start in range(0, len(keys), 500):
        session.execute(delete(Embedding).where(Embedding.key.in_(keys[start : start + 500])))


def erase_user(session: Session, *, user: User, now: datetime, data_dir: Path) -> None:
    """Remove the person's data: profiles, applications and drafts with their documents and letters, tokens,
    e-mail and password. The account row stays as a pseudonym so the audit trail keeps its meaning."""
    start_writing(session)
    scrub_deletions(session)  # before the first delete: what it frees is zeroed on disk
    application_ids = [a.id for a in applications_of_user(session, user.id)]
    digests = set(
        session.scalars(select(Document.sha256).where(Document.application_id.in_(application_ids)))
    )
    session.execute(delete(Document).where(Document.application_id.in_(application_ids)))
    drafts = select(ApplicationDraft.id).where(ApplicationDraft.user_id == user.id)
    digests |= set(session.scalars(select(DraftDocument.sha256).where(DraftDocument.draft_id.in_(drafts))))
    session.execute(delete(DraftDocument).where(DraftDocument.draft_id.in_(drafts)))
    session.execute(delete(ApplicationDraft).where(ApplicationDraft.user_id == user.id))
    session.execute(delete(Application).where(Application.user_id == user.id))
    _forget_vectors(session, user.id, now)
    session.execute(delete(ProfileVersion).where(ProfileVersion.user_id == user.id))
    session.execute(delete(OutboxMessage).where(OutboxMessage.user_id == user.id))  # nothing more is sent
    revoke_tokens(session, user.id)
    erase_answers(session, user.id)  # self-identification goes with the person
    # Audit details may quote what the person wrote (a receipt, a file name): keep the events, drop those.
    session.execute(
        update(AuditEvent)
        .where(
            or_(
                AuditEvent.actor_id == user.id,
                (AuditEvent.subject_type == "application") & AuditEvent.subject_id.in_(application_ids),
            )
        )
        .values(detail=None, detail_salt=None)  # the commitment stays: the chain still verifies
    )
    user.email = f"erased-{user.id}@erased.invalid"
    user.password_hash = "!"  # matches no password
    user.erased_at = now
    session.flush()
    # A file another row still names (the same PDF attached elsewhere, a vacancy's ToR) stays; the others
    # go once the erasure is committed, never before (a rolled-back erasure keeps them all).
    after_commit(session, partial(remove, data_dir, unreferenced_files(session, digests)))
    after_commit(session, forget_texts)  # this process's caches of what people wrote
    after_commit(session, forget_explanations)
    record(session, actor_id=user.id, action="user.erased", subject_type="user", subject_id=user.id,
           detail={"applications": len(application_ids)})  # fmt: skip
