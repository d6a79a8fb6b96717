"""What staff do with applications: read them under pseudonyms (minimised for everyone, who the
candidate is only for the vacancy's programme admins; each read audited with its purpose), the letter with
the candidate's identity masked and the documents closed until the application is shortlisted (blind
review), and move them through the allowed transitions with a reason; flushes, never commits."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from jpo.applications.masking import MaskedText, Segment, identity_of, mask
from jpo.applications.minimised import screening_of, substance_of
from jpo.applications.moves import move
from jpo.applications.states import FINAL, TOLD_STATUSES, next_statuses
from jpo.audit.trail import record
from jpo.authz import require_review_applications, require_see_identity
from jpo.db.models import Application, Document, ProfileVersion, User, VacancyRow
from jpo.db.repositories import application_events, applications_of_vacancy, documents_of
from jpo.errors import NotFoundError
from jpo.notifications.outbox import enqueue, language_of
from jpo.vacancies.service import get_vacancy

# Blind review ends when an application is shortlisted: from then on (and in a final status reached after
# it) staff read the letter whole, the documents and the candidate's name.
UNBLINDED = frozenset({"shortlisted", "assessed", "interviewed", "recommended", "selected", "confirmed",
                       "offered", "accepted", "declined"})  # fmt: skip


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
    motivation: str = ""  # the letter as written


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
    unblinded: bool = False  # shortlisted (now or before): the letter whole, the documents open
    # The motivation letter, its identity masked unless unblinded.
    letter: MaskedText = field(default_factory=lambda: MaskedText(()))
    name: str | None = None  # the candidate's name as they write it, once unblinded

    @property
    def motivation(self) -> str:
        """The letter as plain text: masked values written as the pseudonym or a label in brackets."""
        return self.letter.written(pseudonym(self.application))


def unblinded_ids(session: Session, applications: list[Application]) -> set[int]:
    """The applications that are or were shortlisted (a final status is looked up in the decisions)."""
    opened = {application.id for application in applications if application.status in UNBLINDED}
    final = [application.id for application in applications if application.status in FINAL]
    if final:
        events = application_events(session, application_ids=final, actions=("application.transition",))
        opened |= {
            event.subject_id
            for event, _ in events
            if event.subject_id is not None and (event.detail or {}).get("to") in UNBLINDED
        }
    return opened


def _name(document: dict[str, Any]) -> str | None:
    name = document.get("name")
    if isinstance(name, dict):
        written = " ".join(str(name.get(part) or "").strip() for part in ("given", "family")).strip()
        return written or None
    return name.strip() or None if isinstance(name, str) else None


def _letter(
    session: Session, application: Application, document: dict[str, Any], *, unblinded: bool
) -> MaskedText:
    if unblinded or not application.motivation.strip():
        return MaskedText((Segment(application.motivation),) if application.motivation else ())
    user = session.get(User, application.user_id)
    return mask(application.motivation, identity_of(document, emails=[user.email if user else None]))


def staff_view_of(
    session: Session, application: Application, *, identity: bool = False, unblinded: bool | None = None
) -> StaffView:
    """What staff see of an application (no audit event, no scope check: the caller does both);
    `unblinded` is looked up when not given."""
    version = session.get(ProfileVersion, application.profile_version_id)
    document = version.document if version else {}
    if unblinded is None:
        unblinded = application.id in unblinded_ids(session, [application])
    return StaffView(
        application=application,
        profile=substance_of(document),
        screening=screening_of(application.eligibility),
        documents=documents_of(session, application.id),
        next_statuses=next_statuses(application.status, "staff"),
        identity=Identity(document, application.eligibility, application.motivation) if identity else None,
        unblinded=unblinded,
        letter=_letter(session, application, document, unblinded=unblinded),
        name=_name(document) if unblinded else None,
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
    applications = applications_of_vacancy(session, vacancy_id)
    opened = unblinded_ids(session, applications)
    views = [
        staff_view_of(session, application, identity=identity, unblinded=application.id in opened)
        for application in applications
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
    unblinded = application.id in unblinded_ids(session, [application])
    # What the read showed: who the candidate is (and the letter as written), else the letter, masked or not
    letter = {"letter": "whole" if unblinded else "masked"} if application.motivation else {}
    detail = _read(identity) or letter
    record(session, actor_id=actor.id, action="personal_data.read", subject_type="application",
           subject_id=application.id, reason=purpose, detail=detail or None)  # fmt: skip
    return staff_view_of(session, application, identity=identity, unblinded=unblinded)


def transition_application(
    session: Session, *, actor: User, application_id: int, to: str, reason: str
) -> Application:
    """Move an application to `to` as staff; the reason is required and audited."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    require_review_applications(actor, get_vacancy(session, application.vacancy_id))
    move(session, application=application, to=to, actor="staff", by=actor.id, reason=reason)
    if to in TOLD_STATUSES:  # the candidate is told of a stage they see that has no e-mail of its own
        candidate = session.get(User, application.user_id)
        enqueue(session, event_key=f"status_changed:{application.id}:{to}", kind="status_changed",
                user_id=application.user_id, locale=language_of(candidate),
                context={"application_id": application.id, "status": to},
                now=session.info.get("now") or datetime.now(UTC))  # fmt: skip
    return application
