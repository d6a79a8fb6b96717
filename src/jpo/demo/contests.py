"""The past round's contest: a candidate the host agency did not select contests that decision the day
after, and it waits in the reviewers' list of contests to answer."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.contests import HUMAN, contestable, open_contest
from jpo.db.models import Application, AuditEvent, Contest, User, VacancyRow

GROUNDS = "I believe my field experience in monitoring was not fully considered in this decision."


def carry(session: Session, *, vacancy: VacancyRow, users: dict[str, User], now: datetime) -> None:
    """Contest the latest human decision about the vacancy's applications that is still contestable
    (nothing when one was contested on an earlier run, or none is)."""
    applications = {
        a.id: a for a in session.scalars(select(Application).where(Application.vacancy_id == vacancy.id))
    }
    if session.scalar(select(Contest.id).where(Contest.application_id.in_(list(applications)))) is not None:
        return
    decisions = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == "application.transition", AuditEvent.subject_type == "application",
               AuditEvent.subject_id.in_(list(applications)))
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    )  # fmt: skip
    for decision in decisions:
        if (decision.detail or {}).get("by") in HUMAN and contestable(decision, now) and decision.subject_id:
            candidate = session.get(User, applications[decision.subject_id].user_id)
            if candidate is not None:
                open_contest(session, candidate=candidate, application_id=decision.subject_id,
                             decision_id=decision.id, grounds=GROUNDS, now=now)  # fmt: skip
            return
