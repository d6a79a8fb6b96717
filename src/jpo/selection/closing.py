"""Closing a recruitment: once the offer is answered, every application still in the running is not
selected, and each unsuccessful candidate is told the outcome in their language, once; flushes only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from jpo.applications.moves import move
from jpo.applications.states import TRANSITIONS, UNSUCCESSFUL
from jpo.audit.trail import record
from jpo.authz import require_confirm_selection
from jpo.db.models import User
from jpo.db.repositories import applications_of_vacancy
from jpo.errors import ConflictError
from jpo.selection.notices import tell_candidate
from jpo.selection.offers import lapse_due
from jpo.selection.rules import PENDING
from jpo.selection.service import lock_vacancy

CLOSED = "The recruitment was closed."
# Left as they are: the successful candidate, and those the recruitment already finished with otherwise.
KEPT = frozenset({"accepted", "withdrawn", "ineligible"})


@dataclass(frozen=True)
class Closing:
    """What closing did: the applications moved to not selected, and those told the outcome."""

    vacancy_id: int
    moved: list[int]
    told: list[int]
    left: list[int]  # not screened yet (submitted, needs review): no move the table allows at closing


def close_recruitment(session: Session, *, actor: User, vacancy_id: int, now: datetime) -> Closing:
    """The donor admin ends the vacancy's recruitment: refused (409 `selection-pending`) while a selection
    or an offer awaits an answer. Each move is made by the party the transition table names for the
    status (staff, the panel, the host) on the admin's instruction, the admin recorded as who did it.
    Running it again moves nothing and tells nobody twice (one event key per application)."""
    vacancy = lock_vacancy(session, vacancy_id)
    require_confirm_selection(actor, vacancy)
    lapse_due(session, vacancy_id=vacancy_id, now=now)
    applications = applications_of_vacancy(session, vacancy_id)
    pending = [a.id for a in applications if a.status in PENDING]
    if pending:
        raise ConflictError(
            f"vacancy {vacancy_id}: applications {pending} await a confirmation or an answer to their offer",
            code="selection-pending",
        )
    moved, told, left = [], [], []
    for application in applications:
        party = TRANSITIONS.get(application.status, {}).get("not_selected")
        if application.status not in KEPT | UNSUCCESSFUL and party is not None:
            move(session, application=application, to="not_selected", actor=party, by=actor.id, reason=CLOSED)
            moved.append(application.id)
        elif application.status not in KEPT | UNSUCCESSFUL:
            left.append(application.id)
        if application.status in UNSUCCESSFUL:
            tell_candidate(
                session,
                kind="outcome",
                key=str(application.id),
                application=application,
                context={"application_id": application.id},
                now=now,
            )
            told.append(application.id)
    record(
        session,
        actor_id=actor.id,
        action="recruitment.closed",
        subject_type="vacancy",
        subject_id=vacancy_id,
        detail={"moved": moved, "told": told, "left": left},
    )
    return Closing(vacancy_id, moved, told, left)
