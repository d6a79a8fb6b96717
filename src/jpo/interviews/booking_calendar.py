"""A booking as a calendar event: what the e-mails attach (REQUEST, CANCEL) and what the candidate
downloads (PUBLISH), written from the booking, its vacancy and its candidate."""

from __future__ import annotations

from email.utils import parseaddr

from sqlalchemy.orm import Session

from jpo.db.models import Application, User, VacancyRow
from jpo.db.slot_tables import InterviewBooking, InterviewInvitation
from jpo.errors import NotFoundError
from jpo.i18n import N_, translator
from jpo.interviews.calendar import Meeting, meeting_ics
from jpo.interviews.invitations import live_booking, own_invitation
from jpo.notifications.letter import greeting_name
from jpo.settings import get_settings

SUMMARY = N_("Interview: %(title)s")
MODES = {"video": N_("Video call"), "phone": N_("Telephone"), "in_person": N_("In person")}


def booking_path(invitation_id: int) -> str:
    """The candidate's booking page."""
    return f"/me/interviews/{invitation_id}"


def meeting_of(session: Session, booking: InterviewBooking, locale: str) -> Meeting:
    """The booking as a calendar event, its texts in `locale`; the organizer is jpo's sender address."""
    _ = translator(locale)
    invitation = session.get_one(InterviewInvitation, booking.invitation_id)
    application = session.get_one(Application, invitation.application_id)
    user = session.get_one(User, application.user_id)
    vacancy = session.get(VacancyRow, invitation.vacancy_id)
    document = vacancy.document if vacancy else {}
    title = document.get("title") or f"#{invitation.vacancy_id}"
    settings = get_settings()
    link = settings.public_url.rstrip("/") + booking_path(invitation.id) if settings.public_url else ""
    lines = [
        f"{_(MODES.get(booking.mode, booking.mode))}: {booking.location}",
        document.get("organization") or "",
        link,
    ]
    return Meeting(
        uid=booking.uid,
        sequence=booking.sequence,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        zone=booking.zone,
        stamp=booking.changed_at,
        summary=_(SUMMARY, title=title),
        description="\n".join(line for line in lines if line),
        location=booking.location,
        organizer=parseaddr(settings.mail_from)[1] or "no-reply@jpo.localhost",
        attendee=user.email,
        attendee_name=greeting_name(session, user.id),
        url=booking.location if booking.mode == "video" else None,
    )


def booking_ics(session: Session, *, user: User, invitation_id: int, locale: str = "en") -> bytes:
    """The candidate's booked interview as a file to add to a calendar (METHOD:PUBLISH); none is 404."""
    invitation = own_invitation(session, user=user, invitation_id=invitation_id)
    booking = live_booking(session, invitation.id)
    if booking is None:
        raise NotFoundError(f"interview invitation {invitation_id} has no booking")
    return meeting_ics(meeting_of(session, booking, locale), "PUBLISH")
