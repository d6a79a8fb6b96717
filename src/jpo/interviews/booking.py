"""Booking an interview: an invited candidate sees the slots still open (a day ahead at least), books one
(one slot holds one booking, one candidate one booking per vacancy, however many requests race), moves it
or cancels it until a day before it starts; the panel may cancel a booking (the candidate is told and may
book again). Each change is audited and written to the candidate by e-mail with its calendar object
(`interview_booked`: REQUEST, `interview_cancelled`: CANCEL). Flushes, never commits."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.db.models import Application, User
from jpo.db.slot_tables import InterviewBooking, InterviewInvitation, InterviewSlot
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.geo.zones import is_zone
from jpo.interviews.booking_rules import CUTOFF, open_for_booking
from jpo.interviews.invitations import INVITABLE, live_booking, own_invitation
from jpo.interviews.slots import holder, slot_in_scope
from jpo.notifications.outbox import enqueue, language_of

REASON_MAX = 4000


def open_slots(session: Session, invitation: InterviewInvitation, now: datetime) -> list[InterviewSlot]:
    """The vacancy's slots the candidate may book now: free and starting more than the cut-off ahead."""
    held = select(InterviewBooking.slot_id).where(InterviewBooking.slot_id.is_not(None))
    return list(
        session.scalars(
            select(InterviewSlot)
            .where(
                InterviewSlot.vacancy_id == invitation.vacancy_id,
                InterviewSlot.starts_at > now + CUTOFF,
                InterviewSlot.id.not_in(held),
            )
            .order_by(InterviewSlot.starts_at, InterviewSlot.id)
        )
    )


def may_book(session: Session, invitation: InterviewInvitation, now: datetime) -> bool:
    """Whether a new booking may be made: the application still in the running, before the date to book
    by (or after the panel cancelled the candidate's booking: they book again whatever the date)."""
    application = session.get_one(Application, invitation.application_id)
    if application.status not in INVITABLE:
        return False
    if now <= invitation.book_by:
        return True
    last = session.scalars(
        select(InterviewBooking)
        .where(InterviewBooking.invitation_id == invitation.id)
        .order_by(InterviewBooking.id.desc())
    ).first()
    return last is not None and last.cancelled_by == "panel"


def _reader_zone(zone: str | None) -> str | None:
    if zone is None or zone == "":
        return None
    if not is_zone(zone):
        raise InputError(f"zone: {zone[:64]!r} is not a time zone", field="zone")
    return zone


def _copy(booking: InterviewBooking, slot: InterviewSlot) -> None:
    booking.slot_id, booking.starts_at, booking.ends_at = slot.id, slot.starts_at, slot.ends_at
    booking.zone, booking.mode, booking.location = slot.zone, slot.mode, slot.location


def _tell(session: Session, booking: InterviewBooking, kind: str, user_id: int, now: datetime) -> None:
    enqueue(
        session,
        event_key=f"{kind}:{booking.id}:{booking.sequence}",
        kind=kind,
        user_id=user_id,
        locale=language_of(session.get(User, user_id)),
        context={"booking_id": booking.id, "sequence": booking.sequence},
        now=now,
    )


def _free_slot(
    session: Session, invitation: InterviewInvitation, slot_id: int, now: datetime
) -> InterviewSlot:
    """The slot, locked, if it is the invitation's vacancy's, open and held by no one; else 404/409."""
    slot = session.scalars(
        select(InterviewSlot)
        .where(InterviewSlot.id == slot_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if slot is None or slot.vacancy_id != invitation.vacancy_id:
        raise NotFoundError(f"interview slot {slot_id} not found", field="slot_id")
    if not open_for_booking(slot.starts_at, now):
        raise ConflictError(
            "this slot starts within a day or has passed: choose a later one",
            code="slot-closed",
            field="slot_id",
        )
    if holder(session, slot.id) is not None:
        raise ConflictError(
            "this slot was booked by someone else a moment ago: choose another",
            code="slot-taken",
            field="slot_id",
        )
    return slot


def _flush_or_taken(session: Session) -> None:
    """Flush; the unique slot is the last guard against a booking that raced past the checks."""
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as error:
        raise ConflictError(
            "this slot was booked by someone else a moment ago: choose another",
            code="slot-taken",
            field="slot_id",
        ) from error


def book_slot(
    session: Session, *, user: User, invitation_id: int, slot_id: int, now: datetime, zone: str | None = None
) -> tuple[InterviewBooking, bool]:
    """Book slot `slot_id` for the candidate's own invitation, or move their booking to it; `zone` is the
    one they read times in (their e-mail writes times in it). The booking and whether it changed (the
    same slot again changes nothing). Refused: `slot-taken`, `slot-closed`, `booking-closed` (past the
    date to book by, or the application no longer interviewed), `booking-locked` (the booked interview
    starts within a day), all 409."""
    invitation = own_invitation(session, user=user, invitation_id=invitation_id, lock=True)
    reader_zone = _reader_zone(zone)
    current = live_booking(session, invitation.id, lock=True)
    if current is not None and current.slot_id == slot_id:
        return current, False
    if current is not None and not open_for_booking(current.starts_at, now):
        raise ConflictError(
            "your interview starts within a day: it can no longer be moved online", code="booking-locked"
        )
    if current is None and not may_book(session, invitation, now):
        raise ConflictError(
            "booking is closed for this invitation (past its date, or the application has moved on)",
            code="booking-closed",
        )
    if session.get_one(Application, invitation.application_id).status not in INVITABLE:
        raise ConflictError("booking is closed: the application has moved on", code="booking-closed")
    slot = _free_slot(session, invitation, slot_id, now)
    if current is None:
        booking = InterviewBooking(
            invitation_id=invitation.id,
            status="booked",
            uid=f"{uuid.uuid4()}@jpo",
            sequence=0,
            reader_zone=reader_zone,
            booked_at=now,
            changed_at=now,
        )
        _copy(booking, slot)
        session.add(booking)
        action, before = "interview.booked", None
    else:
        booking, before = current, current.slot_id
        _copy(booking, slot)
        booking.sequence += 1
        booking.changed_at = now
        booking.reader_zone = reader_zone or booking.reader_zone
        action = "interview.moved"
    _flush_or_taken(session)
    record(
        session,
        actor_id=user.id,
        action=action,
        subject_type="interview_booking",
        subject_id=booking.id,
        detail={
            "invitation": invitation.id,
            "slot": slot.id,
            "from_slot": before,
            "starts_at": slot.starts_at.isoformat(),
            "sequence": booking.sequence,
        },
    )
    _tell(session, booking, "interview_booked", user.id, now)
    return booking, True


def _cancel(session: Session, booking: InterviewBooking, *, by: str, now: datetime) -> None:
    booking.status, booking.slot_id, booking.cancelled_by = "cancelled", None, by
    booking.sequence += 1
    booking.changed_at = now
    session.flush()


def cancel_own_booking(
    session: Session, *, user: User, invitation_id: int, now: datetime
) -> InterviewBooking:
    """The candidate cancels their booking, until a day before it starts (`booking-locked`, 409); none to
    cancel is `no-booking` (409). They may book again while booking is open."""
    invitation = own_invitation(session, user=user, invitation_id=invitation_id, lock=True)
    booking = live_booking(session, invitation.id, lock=True)
    if booking is None:
        raise ConflictError("you have no booked interview to cancel", code="no-booking")
    if not open_for_booking(booking.starts_at, now):
        raise ConflictError(
            "your interview starts within a day: it can no longer be cancelled online", code="booking-locked"
        )
    slot_id = booking.slot_id
    _cancel(session, booking, by="candidate", now=now)
    record(
        session,
        actor_id=user.id,
        action="interview.cancelled",
        subject_type="interview_booking",
        subject_id=booking.id,
        detail={
            "invitation": invitation.id,
            "slot": slot_id,
            "by": "candidate",
            "sequence": booking.sequence,
        },
    )
    _tell(session, booking, "interview_cancelled", user.id, now)
    return booking


def cancel_slot_booking(
    session: Session, *, actor: User, slot_id: int, reason: str, now: datetime
) -> InterviewBooking:
    """The panel cancels the booking that holds slot `slot_id`, with a reason (audited, never shown to the
    candidate, who is told the time is cancelled and may book again); none is `no-booking` (409)."""
    reason = (reason or "").strip()
    if not reason or len(reason) > REASON_MAX:
        raise InputError(f"reason: say why, in 1 to {REASON_MAX} characters", field="reason")
    slot = slot_in_scope(session, actor=actor, slot_id=slot_id, lock=True)
    booking = session.scalars(
        select(InterviewBooking)
        .where(InterviewBooking.slot_id == slot.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if booking is None:
        raise ConflictError(f"slot {slot_id} has no booking to cancel", code="no-booking")
    invitation = session.get_one(InterviewInvitation, booking.invitation_id)
    _cancel(session, booking, by="panel", now=now)
    record(
        session,
        actor_id=actor.id,
        action="interview.cancelled",
        subject_type="interview_booking",
        subject_id=booking.id,
        reason=reason,
        detail={"invitation": invitation.id, "slot": slot.id, "by": "panel", "sequence": booking.sequence},
    )
    application = session.get_one(Application, invitation.application_id)
    _tell(session, booking, "interview_cancelled", application.user_id, now)
    return booking


def bookings_of(session: Session, invitation_id: int) -> list[InterviewBooking]:
    """The invitation's bookings, the latest first."""
    return list(
        session.scalars(
            select(InterviewBooking)
            .where(InterviewBooking.invitation_id == invitation_id)
            .order_by(InterviewBooking.id.desc())
        )
    )
