"""Tables of interview slots: the times a vacancy's panel offers and the candidates' bookings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from jpo.db.models import Base, UtcDateTime


class InterviewSlot(Base):
    """A time the panel offers for one interview (capacity one), entered on the clock of `zone`."""

    __tablename__ = "interview_slots"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime())
    zone: Mapped[str] = mapped_column(String(64))  # the IANA zone it was entered in
    mode: Mapped[str] = mapped_column(String(16))  # video | phone | in_person
    location: Mapped[str] = mapped_column(String(500))  # the link, the number or instructions, the place
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class InterviewInvitation(Base):
    """A candidate (one application) invited to book an interview of the vacancy by `book_by`."""

    __tablename__ = "interview_invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    book_by: Mapped[datetime] = mapped_column(UtcDateTime())
    invited_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    invited_at: Mapped[datetime] = mapped_column(UtcDateTime())
    times_sent: Mapped[int] = mapped_column(default=1)  # each invitation e-mail is its own event


class InterviewBooking(Base):
    """One booking of an invitation, from its first slot to its cancellation: moving it to another slot
    keeps the row (the same calendar event, its `sequence` one higher); a booking made after a
    cancellation is a new row and a new event. `slot_id` is the slot it holds, only while booked: unique,
    so one slot holds one booking whatever the concurrency. What the candidate was told (time, place) is
    kept with it, so a cancellation can say what it cancels after the slot is gone."""

    __tablename__ = "interview_bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(
        ForeignKey("interview_invitations.id", ondelete="CASCADE"), index=True
    )
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("interview_slots.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16))  # booked | cancelled
    uid: Mapped[str] = mapped_column(String(128), unique=True)  # the iCalendar event's UID
    sequence: Mapped[int] = mapped_column(default=0)  # iCalendar SEQUENCE: one more at each change
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime())
    zone: Mapped[str] = mapped_column(String(64))  # the slot's zone
    mode: Mapped[str] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(String(500))
    reader_zone: Mapped[str | None] = mapped_column(String(64))  # the zone the candidate reads times in
    cancelled_by: Mapped[str | None] = mapped_column(String(16))  # candidate | panel
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime())
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())
