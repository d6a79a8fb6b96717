"""The past round's contest: a candidate contests the latest human decision about their application that
can still be contested (a refusal if one is, else any), and it waits in the list of contests to answer."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.contests import HUMAN, contestable, open_contest
from jpo.db.models import Application, AuditEvent, Contest, User, VacancyRow

REFUSALS = ("not_selected", "ineligible")
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
    open_ones = [d for d in decisions
                 if (d.detail or {}).get("by") in HUMAN and contestable(d, now) and d.subject_id]  # fmt: skip
    refusals = [d for d in open_ones if (d.detail or {}).get("to") in REFUSALS]
    for decision in (refusals or open_ones)[:1]:
        application = applications[int(decision.subject_id or 0)]
        candidate = session.get(User, application.user_id)
        if candidate is not None:
            open_contest(session, candidate=candidate, application_id=application.id,
                         decision_id=decision.id, grounds=GROUNDS, now=now)  # fmt: skip
