"""What staff do with applications: read them under pseudonyms (minimised for everyone, who the
candidate is only for the vacancy's programme admins; each read audited with its purpose) and move them
through the allowed transitions with a reason; flushes, never commits."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from jpo.applications.minimised import screening_of, substance_of
from jpo.applications.states import allowed, next_statuses
from jpo.audit.trail import record
from jpo.authz import require_review_applications, require_see_identity
from jpo.db.models import Application, Document, ProfileVersion, User, VacancyRow
from jpo.db.repositories import applications_of_vacancy, documents_of
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.vacancies.service import get_vacancy

REASON_MAX_LENGTH = 4000  # characters of the reason for a decision, on every edge


def pseudonym(application: Application) -> str:
    """A stable name for a candidate within one vacancy that says nothing about who they are."""
    digest = hashlib.sha256(f"{application.vacancy_id}:{application.user_id}".encode()).hexdigest()
    return f"Candidate {digest[:6].upper()}"


@dataclass(frozen=True)
class Identity:
    """Who the candidate is, for the programme admins of the vacancy who ask: the whole profile the
    application was made with and the screening's verdict with its reasons."""

    profile: dict[str, Any]  # jpo.profile/1
    eligibility: dict[str, Any] | None  # jpo.eligibility/1


@dataclass(frozen=True)
class StaffView:
    """An application as staff see it: what the ranker may see of the profile and the screening's
    statuses (`minimised`), never contact data; `identity` only when an admin in scope asked for it."""

    application: Application
    profile: dict[str, Any]
    screening: dict[str, Any] | None
    documents: list[Document]
    next_statuses: list[str]
    identity: Identity | None = None


def staff_view_of(session: Session, application: Application, *, identity: bool = False) -> StaffView:
    """What staff see of an application (no audit event, no scope check: the caller does both)."""
    version = session.get(ProfileVersion, application.profile_version_id)
    document = version.document if version else {}
    return StaffView(
        application=application,
        profile=substance_of(document),
        screening=screening_of(application.eligibility),
        documents=documents_of(session, application.id),
        next_statuses=next_statuses(application.status, "staff"),
        identity=Identity(document, application.eligibility) if identity else None,
    )


def _require_read(actor: User, vacancy: VacancyRow, *, identity: bool) -> None:
    if identity:
        require_see_identity(actor, vacancy)
    else:
        require_review_applications(actor, vacancy)


def _read(identity: bool) -> dict[str, Any]:
    return {"identity": True} if identity else {}  # the audit event says when identity was shown


def list_applications(
    session: Session, *, actor: User, vacancy_id: int, purpose: str, identity: bool = False
) -> list[StaffView]:
    """The vacancy's applications for a member of staff in scope, with who each candidate is only for its
    programme admins (`identity`); the read is audited with its purpose."""
    vacancy = get_vacancy(session, vacancy_id)
    _require_read(actor, vacancy, identity=identity)
    views = [
        staff_view_of(session, application, identity=identity)
        for application in applications_of_vacancy(session, vacancy_id)
    ]
    record(session, actor_id=actor.id, action="personal_data.read", subject_type="vacancy",
           subject_id=vacancy_id, reason=purpose,
           detail={"applications": [view.application.id for view in views], **_read(identity)})  # fmt: skip
    return views


def staff_application(
    session: Session, *, actor: User, application_id: int, purpose: str, identity: bool = False
) -> StaffView:
    """One application for a member of staff in scope (who the candidate is only for the vacancy's
    programme admins, `identity`); the read is audited."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    vacancy = get_vacancy(session, application.vacancy_id)
    _require_read(actor, vacancy, identity=identity)
    record(session, actor_id=actor.id, action="personal_data.read", subject_type="application",
           subject_id=application.id, reason=purpose, detail=_read(identity) or None)  # fmt: skip
    return staff_view_of(session, application, identity=identity)


def transition_application(
    session: Session, *, actor: User, application_id: int, to: str, reason: str
) -> Application:
    """Move an application to `to` as staff; the reason is required and audited."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    require_review_applications(actor, get_vacancy(session, application.vacancy_id))
    if not reason.strip():
        raise InputError("reason: a decision about an application needs a reason")
    if not allowed(application.status, to, "staff"):
        options = ", ".join(next_statuses(application.status, "staff")) or "none"
        raise ConflictError(
            f"an application that is {application.status} cannot move to {to} (allowed: {options})",
            code="transition-not-allowed",
        )
    before = application.status
    application.status = to
    record(session, actor_id=actor.id, action="application.transition", subject_type="application",
           subject_id=application.id, reason=reason.strip(), detail={"from": before, "to": to})  # fmt: skip
    return application
