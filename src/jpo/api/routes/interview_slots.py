"""Interview slots and bookings: the panel (and whoever runs the recruitment) proposes and removes slots
and sees who booked them; the recruiters invite shortlisted candidates; candidates book, move and cancel
their interview, and download it as an iCalendar file."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Response, status
from pydantic import AwareDatetime, BaseModel, Field

from jpo.api.deps import Candidate, Staff
from jpo.api.schemas import Body
from jpo.contracts.text import Code, Text
from jpo.db.slot_tables import InterviewBooking, InterviewInvitation
from jpo.http.deps import MAX_ID, DbSession, Id, Now
from jpo.interviews.booking import (
    REASON_MAX,
    book_slot,
    cancel_own_booking,
    cancel_slot_booking,
    may_book,
    open_slots,
)
from jpo.interviews.booking_calendar import booking_ics
from jpo.interviews.booking_rules import LOCATION_MAX, MAX_MINUTES, MIN_MINUTES
from jpo.interviews.invitations import (
    MAX_AT_ONCE,
    invitations_of_user,
    invite_candidates,
    live_booking,
    own_invitation,
    vacancy_invitations,
)
from jpo.interviews.slots import SlotView, propose_slot, remove_slot, station_zone, vacancy_slots
from jpo.vacancies.service import get_vacancy

router = APIRouter(tags=["interviews"])
_ICS = {"text/calendar": {"schema": {"type": "string"}}}
Mode = Literal["video", "phone", "in_person"]
SlotId = Annotated[int, Field(ge=1, le=MAX_ID)]


class SlotCreate(Body):
    starts_at: datetime = Field(
        description="the start as the clock of `zone` reads it (2027-01-12T10:00), or a moment with its "
        "offset; a time the clock skips or repeats at a change of hour is refused",
        examples=["2027-01-12T10:00"],
    )
    zone: Code | None = Field(default=None, description="an IANA zone; default: the duty station's")
    minutes: int = Field(ge=MIN_MINUTES, le=MAX_MINUTES, description="the interview's length")
    mode: Mode
    location: Text = Field(
        min_length=1,
        max_length=LOCATION_MAX,
        description="the video call's link (https://), the number or how to call, or the place",
    )


class BookedByRead(BaseModel):
    booking_id: int
    application_id: int
    candidate: str = Field(description="the candidate's pseudonym")
    name: str | None = Field(description="the candidate's name as they write it")
    reader_zone: str | None


class SlotRead(BaseModel):
    id: int
    vacancy_id: int
    starts_at: datetime
    ends_at: datetime
    zone: str
    mode: str
    location: str
    booked_by: BookedByRead | None = None


class BookingRead(BaseModel):
    id: int
    status: Literal["booked", "cancelled"]
    slot_id: int | None
    starts_at: datetime
    ends_at: datetime
    zone: str
    mode: str
    location: str
    sequence: int = Field(description="the calendar event's SEQUENCE: one more at each change")
    uid: str = Field(description="the calendar event's UID, the same while the booking is moved")
    cancelled_by: str | None = None


class InvitationsCreate(Body):
    application_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(
        min_length=1, max_length=MAX_AT_ONCE
    )
    book_by: AwareDatetime = Field(description="the moment by which to book, with its offset")


class InvitationRead(BaseModel):
    id: int
    vacancy_id: int
    application_id: int
    book_by: datetime
    invited_at: datetime


class StaffInvitationRead(InvitationRead):
    candidate: str
    name: str | None
    booking: BookingRead | None


class OpenSlotRead(BaseModel):
    id: int
    starts_at: datetime
    ends_at: datetime
    zone: str
    mode: str


class CandidateInvitationRead(InvitationRead):
    station_zone: str = Field(description="the duty station's IANA zone")
    may_book: bool = Field(description="whether a new booking may be made now")
    booking: BookingRead | None
    open_slots: list[OpenSlotRead] = Field(description="slots free now, starting more than a day ahead")


class BookingCreate(Body):
    slot_id: SlotId
    zone: Code | None = Field(
        default=None, description="the IANA zone you read times in (your e-mail uses it)"
    )


class CancelCreate(Body):
    reason: Text = Field(
        min_length=1, max_length=REASON_MAX, description="why (audited, not told to the candidate)"
    )


def _booking(booking: InterviewBooking | None) -> BookingRead | None:
    return BookingRead.model_validate(booking, from_attributes=True) if booking else None


def _slot(view: SlotView) -> SlotRead:
    read = SlotRead.model_validate(view.slot, from_attributes=True)
    who = view.booked_by
    if who is not None:
        read.booked_by = BookedByRead(
            booking_id=who.booking.id,
            application_id=who.application.id,
            candidate=who.candidate,
            name=who.name,
            reader_zone=who.booking.reader_zone,
        )
    return read


def _invitation(invitation: InterviewInvitation) -> InvitationRead:
    return InvitationRead.model_validate(invitation, from_attributes=True)


@router.get("/vacancies/{vacancy_id}/interview-slots", response_model=list[SlotRead])
def list_slots(vacancy_id: Id, staff: Staff, session: DbSession) -> list[SlotRead]:
    """The vacancy's interview slots, soonest first, each with who booked it: for its panel and the staff
    who run its recruitment (the read of names audited)."""
    return [_slot(view) for view in vacancy_slots(session, actor=staff, vacancy_id=vacancy_id)]


@router.post(
    "/vacancies/{vacancy_id}/interview-slots", response_model=SlotRead, status_code=status.HTTP_201_CREATED
)
def add_slot(vacancy_id: Id, body: SlotCreate, staff: Staff, session: DbSession, now: Now) -> SlotRead:
    """Propose a slot for one interview. Refused: a time already passed (`slot-in-past`, 409) or
    overlapping another slot of the vacancy (`slot-overlaps`, 409); a time the zone's clock skips
    (`time-skipped`) or repeats (`time-repeated`), an unknown zone, a video link not https (422)."""
    zone = body.zone or station_zone(get_vacancy(session, vacancy_id))
    slot = propose_slot(
        session,
        actor=staff,
        vacancy_id=vacancy_id,
        starts_at=body.starts_at,
        zone=zone,
        minutes=body.minutes,
        mode=body.mode,
        location=body.location,
        now=now,
    )
    return SlotRead.model_validate(slot, from_attributes=True)


@router.delete("/interview-slots/{slot_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def delete_slot(slot_id: Id, staff: Staff, session: DbSession) -> Response:
    """Remove a slot nobody booked; a booked one is `slot-booked` (409): cancel its booking first."""
    remove_slot(session, actor=staff, slot_id=slot_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/interview-slots/{slot_id}/cancel-booking", response_model=BookingRead)
def cancel_booking_of_slot(
    slot_id: Id, body: CancelCreate, staff: Staff, session: DbSession, now: Now
) -> BookingRead:
    """Cancel the booking that holds the slot, with a reason (audited); the candidate is told by e-mail
    (with the calendar's cancellation) and may book another slot. None: `no-booking` (409)."""
    booking = cancel_slot_booking(session, actor=staff, slot_id=slot_id, reason=body.reason, now=now)
    return BookingRead.model_validate(booking, from_attributes=True)


@router.post(
    "/vacancies/{vacancy_id}/interview-invitations",
    response_model=list[InvitationRead],
    status_code=status.HTTP_201_CREATED,
)
def invite(
    vacancy_id: Id, body: InvitationsCreate, staff: Staff, session: DbSession, now: Now
) -> list[InvitationRead]:
    """Invite shortlisted or assessed candidates to book an interview by `book_by`: one e-mail each, in
    their language. Inviting again moves the date and writes again. An application not shortlisted or
    assessed is `not-invitable` (409); one of another vacancy is 404; nothing is done then."""
    invitations = invite_candidates(
        session,
        actor=staff,
        vacancy_id=vacancy_id,
        application_ids=body.application_ids,
        book_by=body.book_by,
        now=now,
    )
    return [_invitation(invitation) for invitation in invitations]


@router.get("/vacancies/{vacancy_id}/interview-invitations", response_model=list[StaffInvitationRead])
def list_invitations(vacancy_id: Id, staff: Staff, session: DbSession) -> list[StaffInvitationRead]:
    """The vacancy's invitations with their bookings, for its panel and recruiters (audited)."""
    return [
        StaffInvitationRead(
            **_invitation(view.invitation).model_dump(),
            candidate=view.candidate,
            name=view.name,
            booking=_booking(view.booking),
        )
        for view in vacancy_invitations(session, actor=staff, vacancy_id=vacancy_id)
    ]


def _candidate_read(
    session: DbSession, invitation: InterviewInvitation, now: datetime
) -> CandidateInvitationRead:
    vacancy = get_vacancy(session, invitation.vacancy_id)
    return CandidateInvitationRead(
        **_invitation(invitation).model_dump(),
        station_zone=station_zone(vacancy),
        may_book=may_book(session, invitation, now),
        booking=_booking(live_booking(session, invitation.id)),
        open_slots=[
            OpenSlotRead.model_validate(slot, from_attributes=True)
            for slot in open_slots(session, invitation, now)
        ],
    )


@router.get("/interview-invitations/mine", response_model=list[CandidateInvitationRead])
def my_invitations(candidate: Candidate, session: DbSession, now: Now) -> list[CandidateInvitationRead]:
    return [_candidate_read(session, i, now) for i in invitations_of_user(session, candidate.id)]


@router.get("/interview-invitations/{invitation_id}", response_model=CandidateInvitationRead)
def my_invitation(
    invitation_id: Id, candidate: Candidate, session: DbSession, now: Now
) -> CandidateInvitationRead:
    """Your invitation: the date to book by, your booking, and the slots you may book (another's: 404)."""
    invitation = own_invitation(session, user=candidate, invitation_id=invitation_id)
    return _candidate_read(session, invitation, now)


@router.put(
    "/interview-invitations/{invitation_id}/booking",
    response_model=BookingRead,
    responses={201: {"model": BookingRead, "description": "a new booking"}},
)
def book(
    invitation_id: Id,
    body: BookingCreate,
    candidate: Candidate,
    session: DbSession,
    now: Now,
    response: Response,
) -> BookingRead:
    """Book a slot, or move your booking to it (200; a new booking: 201). Refused, all 409: `slot-taken`
    (someone booked it first: choose another), `slot-closed` (within a day), `booking-closed` (past the
    date to book by), `booking-locked` (your interview starts within a day)."""
    had = live_booking(session, invitation_id) is not None
    booking, _ = book_slot(
        session, user=candidate, invitation_id=invitation_id, slot_id=body.slot_id, now=now, zone=body.zone
    )
    if not had:
        response.status_code = status.HTTP_201_CREATED
    return BookingRead.model_validate(booking, from_attributes=True)


@router.delete("/interview-invitations/{invitation_id}/booking", response_model=BookingRead)
def cancel(invitation_id: Id, candidate: Candidate, session: DbSession, now: Now) -> BookingRead:
    """Cancel your booking until a day before it (`booking-locked`, 409); none: `no-booking` (409)."""
    booking = cancel_own_booking(session, user=candidate, invitation_id=invitation_id, now=now)
    return BookingRead.model_validate(booking, from_attributes=True)


@router.get(
    "/interview-invitations/{invitation_id}/booking.ics",
    response_class=Response,
    responses={200: {"content": _ICS, "description": "the booked interview as an iCalendar file"}},
)
def booking_calendar(invitation_id: Id, candidate: Candidate, session: DbSession) -> Response:
    """Your booked interview as an iCalendar file (METHOD:PUBLISH) to add to a calendar; none: 404."""
    download = booking_ics(session, user=candidate, invitation_id=invitation_id)
    return Response(
        download,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="interview.ics"'},
    )
