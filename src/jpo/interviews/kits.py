"""A vacancy's interview kit: proposed from its ToR in the panel's language, edited by the staff who
run the recruitment, and locked as it stands when the first rating is saved (the sheet is read against
the kit the panel rated). Flushes, never commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.db.interview_tables import InterviewKit
from jpo.db.models import User
from jpo.errors import ConflictError, InputError
from jpo.interviews.access import interview_access, require_runner
from jpo.interviews.panels import language_of_panel
from jpo.recruitment.kit import Kit, KitError, checked, from_json, propose


@dataclass(frozen=True)
class KitView:
    kit: Kit
    saved: bool  # False: the proposal, not yet saved
    version: int
    locked: bool
    panel_language: str
    editable: bool  # the viewer may edit it now


def kit_row(session: Session, vacancy_id: int) -> InterviewKit | None:
    return session.scalar(select(InterviewKit).where(InterviewKit.vacancy_id == vacancy_id))


def current_kit(
    session: Session, vacancy_id: int, document: dict[str, Any]
) -> tuple[Kit, InterviewKit | None]:
    """The saved kit, or the one proposed from the ToR in the panel's language."""
    row = kit_row(session, vacancy_id)
    if row is not None:
        return from_json(
            {"language": row.language, "competencies": row.competencies, "technical": row.technical}
        ), row
    return propose(document, language_of_panel(session, vacancy_id)), None


def view_kit(session: Session, *, actor: User, vacancy_id: int) -> KitView:
    """The kit as the panel and the recruitment's staff read it."""
    access = interview_access(session, actor, vacancy_id)
    kit, row = current_kit(session, vacancy_id, access.vacancy.document)
    locked = row is not None and row.locked_at is not None
    return KitView(
        kit=kit,
        saved=row is not None,
        version=row.version if row is not None else 0,
        locked=locked,
        panel_language=language_of_panel(session, vacancy_id),
        editable=access.runner and not locked,
    )


def _store(session: Session, vacancy_id: int, kit: Kit, *, by: int | None, now: datetime) -> InterviewKit:
    row = kit_row(session, vacancy_id)
    data = kit.as_json()
    if row is None:
        row = InterviewKit(vacancy_id=vacancy_id, version=0, updated_at=now)
        session.add(row)
    row.language, row.competencies, row.technical = kit.language, data["competencies"], data["technical"]
    row.version += 1
    row.updated_by, row.updated_at = by, now
    session.flush()
    return row


def save_kit(
    session: Session,
    *,
    actor: User,
    vacancy_id: int,
    competencies: object,
    technical: object,
    now: datetime,
    version: int | None = None,
    repropose: bool = False,
) -> InterviewKit:
    """Save the edited kit (or, `repropose`, the ToR's proposal again in the panel's language); 409
    kit-locked once scoring started, 409 stale-kit when `version` is not the one saved."""
    access = interview_access(session, actor, vacancy_id)
    require_runner(access)
    row = kit_row(session, vacancy_id)
    if row is not None and row.locked_at is not None:
        raise ConflictError("the kit is locked: the panel has started scoring with it", code="kit-locked")
    if version is not None and version != (row.version if row else 0):
        raise ConflictError("the kit changed since you opened it: open it again", code="stale-kit")
    language = language_of_panel(session, vacancy_id)
    if repropose:
        kit = propose(access.vacancy.document, language)
    else:
        try:
            kit = checked(language, competencies, technical)
        except KitError as err:
            raise InputError(str(err), field=err.field) from err
    row = _store(session, vacancy_id, kit, by=actor.id, now=now)
    record(
        session,
        actor_id=actor.id,
        action="interview_kit.saved",
        subject_type="vacancy",
        subject_id=vacancy_id,
        detail={
            "version": row.version,
            "competencies": [c.name for c in kit.competencies],
            "proposed": repropose,
        },
    )
    return row


def lock_kit(session: Session, *, vacancy_id: int, document: dict[str, Any], by: int, now: datetime) -> Kit:
    """The kit scoring uses, saved (if it was still the proposal) and locked on the first rating."""
    kit, row = current_kit(session, vacancy_id, document)
    if row is None:
        row = _store(session, vacancy_id, kit, by=None, now=now)
    if row.locked_at is None:
        row.locked_at = now
        session.flush()
        record(
            session,
            actor_id=by,
            action="interview_kit.locked",
            subject_type="vacancy",
            subject_id=vacancy_id,
            detail={"version": row.version},
        )
    return kit
