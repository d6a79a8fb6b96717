"""The decision e-mails: one writer per kind (its template is `templates/<kind>.<locale>.txt`): the offer
and its answer, a selection awaiting confirmation, the outcome, a status change a candidate may see, and
the answer to a candidate's contest of a decision."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, get_datetime_format
from sqlalchemy.orm import Session

from jpo.applications.staff import pseudonym
from jpo.applications.states import TOLD_STATUSES
from jpo.db.models import Application, Contest, OutboxMessage, VacancyRow
from jpo.db.offer_tables import Offer
from jpo.notifications.letter import Letter, Writer, greeting_name


def on_clock(moment: datetime, zone: str, locale: str) -> str:
    """ "15 January 2099 at 17:00" on the clock of `zone`, as readers of `locale` write it."""
    local = moment.astimezone(ZoneInfo(zone))
    pattern = str(get_datetime_format("long", locale=locale)).replace("'", "")
    return pattern.format(
        format_time(local, "short", locale=locale), format_date(local, "long", locale=locale)
    )


def _post(session: Session, application: Application) -> dict[str, Any]:
    vacancy = session.get(VacancyRow, application.vacancy_id)
    document = vacancy.document if vacancy else {}
    station = document.get("duty_station") or {}
    return {
        "title": document.get("title") or f"#{application.vacancy_id}",
        "organization": document.get("organization") or "",
        "city": station.get("city") or "",
    }


def _offer(session: Session, message: OutboxMessage) -> tuple[Offer, Application] | None:
    offer = session.get(Offer, message.context.get("offer_id"))
    application = session.get(Application, offer.application_id) if offer else None
    return (offer, application) if offer and application else None


def _offer_made(session: Session, message: OutboxMessage) -> Letter | None:
    found = _offer(session, message)
    if found is None:
        return None
    offer, application = found
    locale = message.locale
    values = {
        **_post(session, application),
        "name": greeting_name(session, application.user_id),
        "conditions": offer.conditions,
        "start_date": format_date(offer.start_date, "long", locale=locale),
        "duty_station": offer.duty_station,
        "grade": offer.grade or "",
        "reply_by": on_clock(offer.reply_by, offer.reply_zone, locale),
        "reply_zone": offer.reply_zone,
        "path": f"/me/offers/{offer.id}",
    }
    return Letter(values, [])


def _offer_answered(session: Session, message: OutboxMessage) -> Letter | None:
    found = _offer(session, message)
    if found is None:
        return None
    offer, application = found
    values = {
        **_post(session, application),
        "candidate": pseudonym(application),
        "answer": offer.status,
        "reason": offer.decline_reason or "",
        "path": f"/review/vacancies/{offer.vacancy_id}/selection",
    }
    return Letter(values, [])


def _application(session: Session, message: OutboxMessage) -> Application | None:
    return session.get(Application, message.context.get("application_id"))


def _selection_pending(session: Session, message: OutboxMessage) -> Letter | None:
    application = _application(session, message)
    if application is None:
        return None
    values = {
        **_post(session, application),
        "candidate": pseudonym(application),
        "path": f"/review/vacancies/{application.vacancy_id}/selection",
    }
    return Letter(values, [])


def _outcome(session: Session, message: OutboxMessage) -> Letter | None:
    application = _application(session, message)
    if application is None:
        return None
    values = {
        **_post(session, application),
        "name": greeting_name(session, application.user_id),
        "declined": application.status == "declined",
        "receipt": application.receipt,
        "path": f"/me/applications/{application.id}",
    }
    return Letter(values, [])


def _status_changed(session: Session, message: OutboxMessage) -> Letter | None:
    application = _application(session, message)
    status = message.context.get("status")
    if application is None or status not in TOLD_STATUSES:
        return None
    values = {
        **_post(session, application),
        "name": greeting_name(session, application.user_id),
        "status": status,
        "receipt": application.receipt,
        "path": f"/me/applications/{application.id}",
    }
    return Letter(values, [])


def _contest_answered(session: Session, message: OutboxMessage) -> Letter | None:
    contest = session.get(Contest, message.context.get("contest_id"))
    application = session.get(Application, contest.application_id) if contest else None
    if contest is None or application is None or contest.answered_at is None:
        return None
    values = {
        **_post(session, application),
        "name": greeting_name(session, application.user_id),
        "outcome": contest.outcome,
        "receipt": application.receipt,
        "path": f"/me/applications/{application.id}/explanation",
    }
    return Letter(values, [])


LETTERS: dict[str, Writer] = {
    "contest_answered": _contest_answered,
    "offer_made": _offer_made,
    "offer_answered": _offer_answered,
    "selection_pending": _selection_pending,
    "outcome": _outcome,
    "status_changed": _status_changed,
}
