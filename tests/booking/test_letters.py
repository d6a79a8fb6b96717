"""The booking e-mails, delivered by the worker to a real SMTP server: the invitation with its link and
date, the booking with its iCalendar REQUEST (the right instant, the zones named in the reader's
language), the cancellation with METHOD:CANCEL of the same event; a booking moved before its e-mail
left sends only what holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

from icalendar import Calendar
from sqlalchemy import select

from jpo.db.models import OutboxMessage, User
from jpo.db.session import unit_of_work
from jpo.interviews.booking import book_slot, cancel_own_booking, cancel_slot_booking
from jpo.interviews.invitations import invitations_of_user, invite_candidates
from jpo.interviews.slots import propose_slot
from jpo.notifications.transport import SmtpTransport
from jpo.notifications.worker import Worker
from tests.booking.conftest import Recruitment
from tests.notifications.conftest import Mailbox

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
SENDER = "jpo <no-reply@jpo.example.org>"
MONDAY = datetime(2027, 1, 11, 10, 0)  # on Geneva's clock: 09:00 UTC, 18:00 in Seoul


def _setup(r: Recruitment, locale: str = "fr") -> tuple[list[int], int]:
    reviewer = r.user("rev@example.org")
    with unit_of_work(r.api.engine, now=NOW) as session:
        session.get_one(User, r.user(r.candidates[0].email).id).locale = locale
        slots = [propose_slot(session, actor=reviewer, vacancy_id=r.vacancy_id, starts_at=MONDAY + timedelta(days=i),
                              zone="Europe/Zurich", minutes=45, mode="video", location="https://v.example/room",
                              now=NOW).id for i in range(2)]  # fmt: skip
        invite_candidates(session, actor=reviewer, vacancy_id=r.vacancy_id,
                          application_ids=[r.candidates[0].application_id], book_by=NOW + timedelta(days=20),
                          now=NOW)  # fmt: skip
        session.flush()
        invitation = invitations_of_user(session, r.user(r.candidates[0].email).id)[0].id
    return slots, invitation


def _deliver(r: Recruitment, smtp: Callable[..., tuple[Mailbox, str]]) -> list[EmailMessage]:
    mailbox, url = smtp()
    with unit_of_work(r.api.engine) as session:  # the receipts of the applications are not about this
        for message in session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "application_received")
        ):
            message.status = "sent"
    worker = Worker(r.api.engine, SmtpTransport(url), SENDER, public_url="https://jpo.example.org",
                    clock=lambda: NOW + timedelta(minutes=1))  # fmt: skip
    worker.run_once()
    return mailbox.accepted


def _text(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def _calendar(message: EmailMessage) -> tuple[str, Calendar]:
    [part] = list(message.iter_attachments())
    assert part.get_content_type() == "text/calendar" and part.get_filename() == "interview.ics"
    return str(part.get_param("method")), Calendar.from_ical(part.get_content())


def test_the_invitation_and_the_booking_in_french_with_the_calendar(
    recruitment: Recruitment, smtp: Callable[..., tuple[Mailbox, str]]
) -> None:
    r = recruitment
    slots, invitation = _setup(r)
    user = r.user(r.candidates[0].email)
    with unit_of_work(r.api.engine, now=NOW) as session:
        book_slot(session, user=user, invitation_id=invitation, slot_id=slots[0], now=NOW, zone="Asia/Seoul")
    invited, booked = _deliver(r, smtp)
    assert str(invited["Subject"]).startswith("Invitation à un entretien : ")
    text = _text(invited)
    assert f"https://jpo.example.org/me/interviews/{invitation}" in text and "heure de Genève" in text
    assert str(booked["Subject"]).startswith("Entretien réservé : ")
    text = _text(booked)
    assert "Quand : lundi 11 janvier 2027, 18:00 heure de Séoul" in text
    assert "Au lieu d’affectation : lundi 11 janvier 2027, 10:00 heure de Genève" in text
    assert "Visioconférence : https://v.example/room" in text
    method, calendar = _calendar(booked)
    assert method == "REQUEST" and str(calendar["METHOD"]) == "REQUEST"
    [event] = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == datetime(2027, 1, 11, 9, 0, tzinfo=UTC)
    assert str(event["SUMMARY"]).startswith("Entretien : ") and int(event["SEQUENCE"]) == 0
    assert str(event["ATTENDEE"]) == f"mailto:{r.candidates[0].email}"
    assert str(event["ORGANIZER"]).startswith("mailto:")


def test_a_move_before_delivery_sends_what_holds_and_a_cancellation_cancels_the_same_event(
    recruitment: Recruitment, smtp: Callable[..., tuple[Mailbox, str]]
) -> None:
    r = recruitment
    slots, invitation = _setup(r)
    user = r.user(r.candidates[0].email)
    for slot in slots:  # booked, then moved before the first e-mail left
        with unit_of_work(r.api.engine, now=NOW) as session:
            book_slot(session, user=user, invitation_id=invitation, slot_id=slot, now=NOW)
    reviewer = r.user("rev@example.org")
    accepted = _deliver(r, smtp)
    booked = [m for m in accepted if "Entretien" in str(m["Subject"])]
    assert len(booked) == 1 and str(booked[0]["Subject"]).startswith("Entretien déplacé")
    _, calendar = _calendar(booked[0])
    [event] = calendar.walk("VEVENT")
    uid = str(event["UID"])
    assert int(event["SEQUENCE"]) == 1 and event.decoded("DTSTART") == datetime(2027, 1, 12, 9, 0, tzinfo=UTC)
    with unit_of_work(r.api.engine, now=NOW) as session:
        cancel_slot_booking(session, actor=reviewer, slot_id=slots[1], reason="The chair is ill.", now=NOW)
    [cancelled] = _deliver(r, smtp)
    assert str(cancelled["Subject"]).startswith("Entretien annulé")
    assert "Le jury a dû annuler" in _text(cancelled) and "The chair is ill" not in _text(cancelled)
    method, calendar = _calendar(cancelled)
    [event] = calendar.walk("VEVENT")
    assert method == "CANCEL" and str(event["UID"]) == uid and int(event["SEQUENCE"]) == 2
    assert str(event["STATUS"]) == "CANCELLED"


def test_an_english_cancellation_by_the_candidate(
    recruitment: Recruitment, smtp: Callable[..., tuple[Mailbox, str]]
) -> None:
    r = recruitment
    slots, invitation = _setup(r, locale="en")
    user = r.user(r.candidates[0].email)
    with unit_of_work(r.api.engine, now=NOW) as session:
        book_slot(session, user=user, invitation_id=invitation, slot_id=slots[0], now=NOW)
    with unit_of_work(r.api.engine, now=NOW) as session:
        cancel_own_booking(session, user=user, invitation_id=invitation, now=NOW)
    accepted = _deliver(r, smtp)
    subjects = [str(m["Subject"]) for m in accepted]
    assert subjects[0].startswith("Invitation to interview: ") and subjects[1].startswith(
        "Interview cancelled: "
    )
    text = _text(accepted[1])
    assert (
        "As you asked, your interview" in text
        and "Monday, January 11, 2027" in text
        and "Geneva time" in text
    )
