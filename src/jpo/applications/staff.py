"""What staff do with applications: read them (each read of personal data audited) and move them
through the allowed transitions with a reason; flushes, never commits."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from jpo.applications.states import allowed, next_statuses
from jpo.audit.trail import record
from jpo.db.models import Application, Document, ProfileVersion, User, VacancyRow
from jpo.db.repositories import applications_of_vacancy, documents_of
from jpo.errors import ConflictError, ForbiddenError, InputError, NotFoundError
from jpo.vacancies.service import get_vacancy, may_manage

STAFF_ROLES = ("admin", "reviewer")


def may_review(user: User, vacancy: VacancyRow) -> bool:
    """An admin whose sponsor scope covers the vacancy, or a reviewer of its host organization."""
    if user.role == "reviewer":
        return user.organization is not None and user.organization == vacancy.organization
    return may_manage(user, vacancy)


def _require_review(user: User, vacancy: VacancyRow) -> None:
    if user.role not in STAFF_ROLES:
        raise ForbiddenError("only programme admins and reviewers see applications")
    if not may_review(user, vacancy):
        raise ForbiddenError(f"vacancy {vacancy.id} is outside your scope")


def pseudonym(application: Application) -> str:
    """A stable name for a candidate within one vacancy that says nothing about who they are."""
    digest = hashlib.sha256(f"{application.vacancy_id}:{application.user_id}".encode()).hexdigest()
    return f"Candidate {digest[:6].upper()}"


@dataclass(frozen=True)
class StaffView:
    """An application as staff see it: the profile snapshot it was made with, never contact data."""

    application: Application
    profile: dict[str, Any]
    documents: list[Document]
    next_statuses: list[str]


def staff_view_of(session: Session, application: Application) -> StaffView:
    """What staff see of an application (no audit event: the caller records the read)."""
    profile = session.get(ProfileVersion, application.profile_version_id)
    return StaffView(
        application=application,
        profile=profile.document if profile else {},
        documents=documents_of(session, application.id),
        next_statuses=next_statuses(application.status, "staff"),
    )


def list_applications(session: Session, *, actor: User, vacancy_id: int, purpose: str) -> list[StaffView]:
    """The vacancy's applications for a member of staff in scope; the read is audited with its purpose."""
    vacancy = get_vacancy(session, vacancy_id)
    _require_review(actor, vacancy)
    views = [
        staff_view_of(session, application) for application in applications_of_vacancy(session, vacancy_id)
    ]
    record(session, actor_id=actor.id, action="personal_data.read", subject_type="vacancy",
           subject_id=vacancy_id, reason=purpose,
           detail={"applications": [view.application.id for view in views]})  # fmt: skip
    return views


def staff_application(session: Session, *, actor: User, application_id: int, purpose: str) -> StaffView:
    """One application for a member of staff in scope; the read is audited."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    _require_review(actor, get_vacancy(session, application.vacancy_id))
    record(session, actor_id=actor.id, action="personal_data.read", subject_type="application",
           subject_id=application.id, reason=purpose)  # fmt: skip
    return staff_view_of(session, application)


def transition_application(
    session: Session, *, actor: User, application_id: int, to: str, reason: str
) -> Application:
    """Move an application to `to` as staff; the reason is required and audited."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    _require_review(actor, get_vacancy(session, application.vacancy_id))
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
