"""Drafts: an application a candidate prepares before submitting it (its letter and documents, one
draft per candidate and vacancy, while the vacancy takes applications). Drafts live in their own tables,
so no staff list, count, ranking or export ever sees one; submitting turns the draft into an application
(`service.submit_application`). Flushes, never commits."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpo.applications.checklist import Checklist, Held, Missing, missing
from jpo.applications.documents import (
    MAX_PER_APPLICATION,
    MEDIA_TYPES,
    checked_file,
    forget_files,
    kind_for,
    stored_name,
    too_many,
)
from jpo.contracts.profile import Profile
from jpo.db.models import Application, ApplicationDraft, DraftDocument, User, VacancyRow
from jpo.db.session import start_writing
from jpo.errors import ConflictError, NotFoundError
from jpo.files.store import digest_of, put
from jpo.profiles.service import current_profile
from jpo.vacancies.checklists import vacancy_checklist


def draft_for(session: Session, *, user: User, vacancy_id: int) -> ApplicationDraft | None:
    """The candidate's draft for this vacancy, if any."""
    query = select(ApplicationDraft).where(
        ApplicationDraft.user_id == user.id, ApplicationDraft.vacancy_id == vacancy_id
    )
    return session.scalars(query).first()


def drafts_of_user(session: Session, user_id: int) -> list[ApplicationDraft]:
    """A candidate's drafts, the latest changed first."""
    query = select(ApplicationDraft).where(ApplicationDraft.user_id == user_id)
    return list(
        session.scalars(query.order_by(ApplicationDraft.updated_at.desc(), ApplicationDraft.id.desc()))
    )


def own_draft(session: Session, *, user: User, vacancy_id: int) -> ApplicationDraft:
    draft = draft_for(session, user=user, vacancy_id=vacancy_id)
    if draft is None:
        raise NotFoundError(f"you have no draft for vacancy {vacancy_id}")
    return draft


def _open(session: Session, vacancy_id: int, now: datetime) -> VacancyRow:
    # Imported here: the service imports this module to submit a draft.
    from jpo.applications.service import open_vacancy

    return open_vacancy(session, vacancy_id, now)


def _not_applied(session: Session, user: User, vacancy_id: int) -> None:
    if session.scalar(
        select(Application.id).where(Application.user_id == user.id, Application.vacancy_id == vacancy_id)
    ):
        raise ConflictError(f"you have already applied to vacancy {vacancy_id}", code="already-applied")


def save_draft(
    session: Session, *, user: User, vacancy_id: int, motivation: str | None, now: datetime
) -> tuple[ApplicationDraft, bool]:
    """Create the candidate's draft for an open vacancy, or update its letter (None: left as it is); and
    whether it was created."""
    start_writing(session)
    _open(session, vacancy_id, now)
    _not_applied(session, user, vacancy_id)
    draft = draft_for(session, user=user, vacancy_id=vacancy_id)
    created = draft is None
    if draft is None:
        draft = ApplicationDraft(user_id=user.id, vacancy_id=vacancy_id, motivation=motivation or "")
        session.add(draft)
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError:  # a parallel request made it first
            draft = own_draft(session, user=user, vacancy_id=vacancy_id)
            created = False
    if motivation is not None:
        draft.motivation = motivation
    draft.updated_at = now
    session.flush()
    return draft, created


def attach_to_draft(
    session: Session,
    *,
    user: User,
    vacancy_id: int,
    kind: str,
    item: str | None,
    filename: str,
    data: bytes,
    data_dir: Path,
    max_bytes: int,
    now: datetime,
) -> tuple[DraftDocument, bool]:
    """Add a document to the candidate's draft (made if there is none yet), and whether it is new: the
    same file sent again for the same kind and item is the one already there."""
    fmt = checked_file(data, max_bytes=max_bytes)  # before the write lock
    draft, _ = save_draft(session, user=user, vacancy_id=vacancy_id, motivation=None, now=now)
    row = session.get(VacancyRow, vacancy_id)
    assert row is not None  # save_draft found it open
    kind = kind_for(vacancy_checklist(row), kind=kind, item=item)
    digest = digest_of(data)
    same = next((d for d in draft.documents if (d.kind, d.item, d.sha256) == (kind, item, digest)), None)
    if same is not None:
        return same, False
    if len(draft.documents) >= MAX_PER_APPLICATION:
        raise too_many()
    document = DraftDocument(
        kind=kind, item=item, filename=stored_name(filename), media_type=MEDIA_TYPES[fmt], size=len(data),
        sha256=put(data_dir, data),
    )  # fmt: skip
    draft.documents.append(document)
    session.flush()
    return document, True


def remove_from_draft(
    session: Session, *, user: User, vacancy_id: int, document_id: int, data_dir: Path, now: datetime
) -> None:
    """Take a document off the draft (its file deleted once nothing else names it)."""
    start_writing(session)
    draft = own_draft(session, user=user, vacancy_id=vacancy_id)
    document = next((d for d in draft.documents if d.id == document_id), None)
    if document is None:
        raise NotFoundError(f"document {document_id} not found")
    draft.documents.remove(document)
    draft.updated_at = now
    forget_files(session, data_dir, {document.sha256})


def discard_draft(session: Session, *, user: User, vacancy_id: int, data_dir: Path) -> None:
    """Delete the draft and its documents."""
    start_writing(session)
    draft = own_draft(session, user=user, vacancy_id=vacancy_id)
    digests = {d.sha256 for d in draft.documents}
    session.delete(draft)
    forget_files(session, data_dir, digests)


def draft_document(session: Session, *, user: User, vacancy_id: int, document_id: int) -> DraftDocument:
    draft = own_draft(session, user=user, vacancy_id=vacancy_id)
    document = next((d for d in draft.documents if d.id == document_id), None)
    if document is None:
        raise NotFoundError(f"document {document_id} not found")
    return document


def still_missing(
    session: Session,
    *,
    user: User,
    checklist: Checklist,
    draft: ApplicationDraft | None,
    motivation: str = "",
) -> list[Missing]:
    """What the checklist asks of this candidate that the draft (and `motivation`) does not give yet."""
    profile_row = current_profile(session, user.id)
    profile = Profile.model_validate(profile_row.document) if profile_row else Profile()
    held = [Held(d.kind, d.item) for d in draft.documents] if draft else []
    letter = motivation or (draft.motivation if draft else "")
    return missing(checklist, profile, motivation=letter, held=held)
