"""The host agency's selection and the donor programme's confirmation: the candidates the panel
recommended with its recommendation, one selection at a time per vacancy, confirmed or declined with a
reason; each a move of the application, audited; flushes, never commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.moves import move
from jpo.applications.staff import pseudonym, staff_view_of
from jpo.audit.trail import record
from jpo.authz import (
    may_confirm_selection,
    may_select,
    require_confirm_selection,
    require_select,
    require_visible,
)
from jpo.db.models import Application, User, VacancyRow
from jpo.db.offer_tables import Offer
from jpo.db.repositories import application_events, applications_of_vacancy
from jpo.db.session import start_writing
from jpo.errors import ConflictError, ForbiddenError, NotFoundError
from jpo.selection.notices import donor_admins, tell
from jpo.selection.offers import lapse_due, offer_of
from jpo.selection.rules import PENDING

PURPOSE = "selection"  # the purpose recorded with each read of the selection board
CONFIRMED = "Selection confirmed by the donor programme."  # the reason when the admin gives none


@dataclass(frozen=True)
class Candidate:
    """An application on the selection board: who it is (the panel has met them) and what the panel said."""

    application: Application
    pseudonym: str
    name: str | None
    recommendation: str | None  # the panel's reason for its recommendation
    recommended_at: datetime | None
    offer: Offer | None = None


@dataclass(frozen=True)
class Board:
    """A vacancy's selection as its host agency and donor programme see it."""

    vacancy: VacancyRow
    recommended: list[Candidate]  # still recommended, the earliest recommended first
    pending: Candidate | None  # the selection being confirmed or offered
    accepted: Candidate | None
    past: list[Candidate]  # earlier selections and offers: declined, not confirmed, lapsed
    may_select: bool
    may_confirm: bool

    @property
    def open(self) -> bool:
        """Whether the host may select now: nobody selected, confirmed, offered or accepted."""
        return self.pending is None and self.accepted is None


def lock_vacancy(session: Session, vacancy_id: int) -> VacancyRow:
    """The vacancy, its row locked for the rest of the transaction (PostgreSQL; SQLite's write lock is
    the database's): one selection at a time, whatever the concurrency."""
    start_writing(session)
    vacancy = session.scalar(select(VacancyRow).where(VacancyRow.id == vacancy_id).with_for_update())
    if vacancy is None:
        raise NotFoundError(f"vacancy {vacancy_id} not found")
    return vacancy


def _application(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    return application


def _recommendations(session: Session, ids: list[int]) -> dict[int, tuple[str | None, datetime]]:
    """Each application's last move to `recommended`: the panel's reason and when."""
    found: dict[int, tuple[str | None, datetime]] = {}
    for event, _ in application_events(session, application_ids=ids, actions=("application.transition",)):
        if event.subject_id is not None and (event.detail or {}).get("to") == "recommended":
            found[event.subject_id] = (event.reason, event.at)
    return found


def _was_recommended(session: Session, ids: list[int]) -> set[int]:
    events = application_events(session, application_ids=ids, actions=("application.transition",))
    return {
        e.subject_id
        for e, _ in events
        if e.subject_id is not None
        and (e.detail or {}).get("from") in ("recommended", "selected", "confirmed", "offered")
    }


def selection_board(session: Session, *, actor: User, vacancy_id: int, now: datetime) -> Board:
    """The vacancy's recommended candidates, its pending selection and offer, for its host agency's
    reviewers and its donor admins; offers past their reply-by date lapse first; the read is audited."""
    vacancy = session.get(VacancyRow, vacancy_id)
    if vacancy is None:
        raise NotFoundError(f"vacancy {vacancy_id} not found")
    require_visible(actor, vacancy)
    if not (may_select(actor, vacancy) or may_confirm_selection(actor, vacancy)):
        raise ForbiddenError(
            f"vacancy {vacancy_id}: its selection is for its host agency and donor programme"
        )
    lapse_due(session, vacancy_id=vacancy_id, now=now)
    applications = applications_of_vacancy(session, vacancy_id)
    ids = [a.id for a in applications]
    said = _recommendations(session, ids)
    earlier = _was_recommended(session, ids)

    def candidate(application: Application) -> Candidate:
        reason, at = said.get(application.id, (None, None))
        name = staff_view_of(session, application, unblinded=True).name
        return Candidate(
            application, pseudonym(application), name, reason, at, offer_of(session, application.id)
        )

    shown = [a for a in applications if a.status in {"recommended", "accepted"} | PENDING or a.id in earlier]
    board = [candidate(a) for a in shown]
    record(
        session,
        actor_id=actor.id,
        action="personal_data.read",
        subject_type="vacancy",
        subject_id=vacancy_id,
        reason=PURPOSE,
        detail={"applications": [c.application.id for c in board]},
    )
    recommended = sorted(
        (c for c in board if c.application.status == "recommended"),
        key=lambda c: (c.recommended_at or c.application.submitted_at, c.application.id),
    )
    return Board(
        vacancy=vacancy,
        recommended=recommended,
        pending=next((c for c in board if c.application.status in PENDING), None),
        accepted=next((c for c in board if c.application.status == "accepted"), None),
        past=[c for c in board if c.application.status in ("not_selected", "declined", "withdrawn")],
        may_select=may_select(actor, vacancy),
        may_confirm=may_confirm_selection(actor, vacancy),
    )


def _refuse_second_selection(session: Session, vacancy_id: int, application_id: int) -> None:
    for other in applications_of_vacancy(session, vacancy_id):
        if other.id != application_id and other.status in PENDING:
            raise ConflictError(
                f"vacancy {vacancy_id}: application {other.id} is {other.status}; one selection at a time",
                code="selection-pending",
            )
        if other.status == "accepted":
            raise ConflictError(f"vacancy {vacancy_id}: an offer was accepted", code="post-filled")


def select_candidate(
    session: Session, *, actor: User, application_id: int, reason: str, now: datetime
) -> Application:
    """The host agency selects a recommended candidate (a reason required); the vacancy's donor admins
    are told a selection awaits their confirmation. 409 `selection-pending` while another is pending."""
    application = _application(session, application_id)
    vacancy = lock_vacancy(session, application.vacancy_id)
    require_select(actor, vacancy)
    lapse_due(session, vacancy_id=vacancy.id, now=now)
    _refuse_second_selection(session, vacancy.id, application.id)
    move(session, application=application, to="selected", actor="host", by=actor.id, reason=reason)
    tell(
        session,
        kind="selection_pending",
        key=str(application.id),
        users=donor_admins(session, vacancy),
        context={"application_id": application.id},
        now=now,
    )
    return application


def confirm_selection(
    session: Session, *, actor: User, application_id: int, reason: str | None = None
) -> Application:
    """The donor programme confirms the host agency's selection (the reason optional)."""
    application = _application(session, application_id)
    vacancy = lock_vacancy(session, application.vacancy_id)
    require_confirm_selection(actor, vacancy)
    return move(
        session,
        application=application,
        to="confirmed",
        actor="donor",
        by=actor.id,
        reason=(reason or "").strip() or CONFIRMED,
    )


def decline_selection(session: Session, *, actor: User, application_id: int, reason: str) -> Application:
    """The donor programme declines the selection, with a reason: the candidate is not selected and the
    host agency may select another recommended candidate."""
    application = _application(session, application_id)
    vacancy = lock_vacancy(session, application.vacancy_id)
    require_confirm_selection(actor, vacancy)
    return move(
        session, application=application, to="not_selected", actor="donor", by=actor.id, reason=reason
    )
