"""The interview booking e-mails: the invitation to book (`interview_invitation`), the booking made or
moved with its calendar event (`interview_booked`, iCalendar METHOD:REQUEST) and its cancellation
(`interview_cancelled`, METHOD:CANCEL); templates `templates/<kind>.<locale>.txt`. A message about a
booking that changed again before it was sent is dropped: the later message says what holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from jpo.db.models import Application, OutboxMessage, User, VacancyRow
from jpo.db.slot_tables import InterviewBooking, InterviewInvitation
from jpo.interviews.booking_calendar import booking_path, meeting_of
from jpo.interviews.booking_times import on_named_clock, station_place
from jpo.interviews.calendar import Method, meeting_ics
from jpo.notifications.letter import Letter, Writer, greeting_name


def _vacancy_values(session: Session, vacancy_id: int, locale: str) -> dict[str, Any]:
    vacancy = session.get(VacancyRow, vacancy_id)
    document = vacancy.document if vacancy else {}
    station = document.get("duty_station") or {}
    return {
        "title": document.get("title") or f"#{vacancy_id}",
        "organization": document.get("organization") or "",
        "city": station_place(document, locale) or "",
        "station_zone": station.get("timezone") or "UTC",
        "document": document,
    }


def _invitation(session: Session, message: OutboxMessage) -> Letter | None:
    invitation = session.get(InterviewInvitation, message.context.get("invitation_id"))
    application = session.get(Application, invitation.application_id) if invitation else None
    if invitation is None or application is None:
        return None
    vacancy = _vacancy_values(session, invitation.vacancy_id, message.locale)
    zone, place = vacancy["station_zone"], vacancy["city"] or None
    values = {
        **vacancy,
        "name": greeting_name(session, application.user_id),
        "book_by": on_named_clock(invitation.book_by, zone, message.locale, station_zone=zone, place=place),
        "path": booking_path(invitation.id),
    }
    return Letter(values, [])


def _times(booking: InterviewBooking, vacancy: dict[str, Any], locale: str) -> dict[str, str]:
    station, place = vacancy["station_zone"], vacancy["city"] or None
    at_station = on_named_clock(booking.starts_at, station, locale, station_zone=station, place=place)
    reader = booking.reader_zone
    yours = on_named_clock(booking.starts_at, reader, locale) if reader and reader != station else ""
    return {"when": yours or at_station, "station_when": at_station if yours else ""}


def _booking_letter(session: Session, message: OutboxMessage, status: str, method: Method) -> Letter | None:
    booking = session.get(InterviewBooking, message.context.get("booking_id"))
    if booking is None or booking.status != status or booking.sequence != message.context.get("sequence"):
        return None  # gone, or changed again since: the later message tells what holds
    invitation = session.get_one(InterviewInvitation, booking.invitation_id)
    application = session.get(Application, invitation.application_id)
    user = session.get(User, application.user_id) if application else None
    if application is None or user is None:
        return None
    vacancy = _vacancy_values(session, invitation.vacancy_id, message.locale)
    name = greeting_name(session, application.user_id)
    path = booking_path(invitation.id)
    minutes = int((booking.ends_at - booking.starts_at).total_seconds() // 60)
    values = {
        **vacancy,
        **_times(booking, vacancy, message.locale),
        "name": name,
        "minutes": minutes,
        "mode": booking.mode,
        "location": booking.location,
        "changed": booking.sequence > 0,
        "by": booking.cancelled_by,
        "path": path,
    }
    ics = meeting_ics(meeting_of(session, booking, message.locale), method)
    return Letter(values, [("interview.ics", f"text/calendar; method={method}; charset=utf-8", ics)])


def _booked(session: Session, message: OutboxMessage) -> Letter | None:
    return _booking_letter(session, message, "booked", "REQUEST")


def _cancelled(session: Session, message: OutboxMessage) -> Letter | None:
    return _booking_letter(session, message, "cancelled", "CANCEL")


LETTERS: dict[str, Writer] = {
    "interview_invitation": _invitation,
    "interview_booked": _booked,
    "interview_cancelled": _cancelled,
}
