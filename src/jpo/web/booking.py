"""The candidate's interview booking page: the invitation, the slots still open shown on the clock the
candidate reads (the browser's zone, set by `static/booking.js`, or one they choose; without script the
duty station's) and the duty station's, booking, moving and cancelling, and the calendar file; over the
same services as the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib.resources import files
from typing import Annotated, Any

from babel.units import format_unit
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from jpo.applications.service import own_application
from jpo.contracts.text import Code
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import User
from jpo.db.slot_tables import InterviewInvitation, InterviewSlot
from jpo.errors import ConflictError, InputError
from jpo.geo.zone_names import zone_city
from jpo.geo.zones import is_zone
from jpo.http.deps import MAX_ID, DbSession, Id, Now
from jpo.interviews.booking import book_slot, cancel_own_booking, may_book, open_slots
from jpo.interviews.booking_calendar import booking_ics
from jpo.interviews.booking_rules import on_clock, open_for_booking
from jpo.interviews.booking_times import clock_name, on_named_clock, station_place, time_of_day
from jpo.interviews.invitations import invitation_of_application, live_booking, own_invitation
from jpo.interviews.slots import station_zone
from jpo.vacancies.service import get_vacancy
from jpo.web.auth import WebCandidate
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
ZoneQuery = Annotated[str | None, Query(max_length=64)]
SlotField = Annotated[int, Form(ge=1, le=MAX_ID)]
ZoneField = Annotated[Code, Form()]

MODES = {"video": N_("Video call"), "phone": N_("Telephone"), "in_person": N_("In person")}
DONE = {
    "booked": N_(
        "Your interview is booked. A confirmation with a calendar invitation is on its way by e-mail."
    ),
    "moved": N_("Your interview has moved. The e-mail on its way replaces the earlier calendar invitation."),
    "cancelled": N_("Your booking is cancelled. An e-mail with the calendar cancellation is on its way."),
}
REFUSED = {
    "slot-taken": N_("Someone booked that time a moment ago. Please choose another time."),
    "slot-closed": N_(
        "That time is less than a day away and can no longer be booked. Please choose a later one."
    ),
    "booking-closed": N_("Booking is closed for this interview."),
    "booking-locked": N_("Your interview is less than a day away: it can no longer be changed online."),
    "no-booking": N_("You have no booked interview to cancel."),
    "not-found": N_("That time is no longer offered. Please choose another."),
}


@cache
def zone_choices() -> tuple[str, ...]:
    """The zones a reader may pick: each of the IANA table's places (zone.tab), and UTC."""
    table = files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    zones = {row.split("\t")[2] for row in table.splitlines() if row and not row.startswith("#")}
    return (*sorted(z for z in zones if is_zone(z)), "UTC")


def zone_option(zone: str, locale: str) -> str:
    """A zone as the picker names it: "Asia/Seoul (Séoul)"."""
    city = zone_city(zone, locale)
    return f"{zone} ({city})" if city else zone


@dataclass(frozen=True)
class Shown:
    """A slot or a booking as the page writes it: on the reader's clock, and the duty station's."""

    yours: str
    station: str
    minutes: str  # "45 minutes"
    mode: str


def _reader_zone(requested: str | None, fallback: str) -> str:
    return requested if requested and is_zone(requested) else fallback


def _shown(
    start: datetime, end: datetime, mode: str, zone: str, station: str, place: str | None, locale: str
) -> Shown:
    yours = on_named_clock(start, zone, locale, station_zone=station, place=place)
    if zone == station:
        other = ""
    elif on_clock(start, zone).date() == on_clock(start, station).date():  # the same day: the time says it
        clock = clock_name(station, locale, station_zone=station, place=place)
        other = f"{time_of_day(start, station, locale)} {clock}"
    else:
        other = on_named_clock(start, station, locale, station_zone=station, place=place)
    return Shown(yours, other, duration(start, end, locale), MODES.get(mode, mode))


def duration(start: datetime, end: datetime, locale: str) -> str:
    """ "45 minutes" as readers of `locale` write it."""
    minutes = int((end - start).total_seconds() // 60)
    return str(format_unit(minutes, "duration-minute", length="long", locale=locale))


def _page(
    request: Request,
    session: Session,
    candidate: User,
    invitation: InterviewInvitation,
    now: datetime,
    zone: str | None,
    *,
    message: str | None = None,
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    locale = locale_of(request)
    row = get_vacancy(session, invitation.vacancy_id)
    station, place = station_zone(row), station_place(row.document, locale)
    reader = _reader_zone(zone, station)
    booking = live_booking(session, invitation.id)

    def shown(item: Any) -> Shown:
        return _shown(item.starts_at, item.ends_at, item.mode, reader, station, place, locale)

    slots: list[tuple[InterviewSlot, Shown]] = [(s, shown(s)) for s in open_slots(session, invitation, now)]
    context = {
        "invitation": invitation,
        "vacancy": Vacancy.model_validate(row.document),
        "booking": booking,
        "booked": shown(booking) if booking else None,
        "may_change": booking is not None and open_for_booking(booking.starts_at, now),
        "may_book": may_book(session, invitation, now),
        "slots": slots,
        "zone": reader,
        "station_zone": station,
        "zone_chosen": bool(zone and is_zone(zone)),
        "station_clock": clock_name(station, locale, station_zone=station, place=place),
        "reader_clock": clock_name(reader, locale, station_zone=station, place=place),
        "book_by": on_named_clock(invitation.book_by, station, locale, station_zone=station, place=place),
        "book_by_yours": on_named_clock(invitation.book_by, reader, locale) if reader != station else "",
        "zones": [(z, zone_option(z, locale)) for z in zone_choices()],
        "message": message,
        "error": error,
        "application_id": invitation.application_id,
    }
    return render(request, "booking/book.html", context, status=status)


@router.get("/me/applications/{application_id}/interview", response_class=HTMLResponse)
def application_interview(
    application_id: Id, request: Request, candidate: WebCandidate, session: DbSession
) -> Response:
    """From an application's page: its interview booking page, or a page saying no invitation came yet."""
    application = own_application(session, user=candidate, application_id=application_id)
    invitation = invitation_of_application(session, application.id)
    if invitation is not None:
        return see_other(request, f"/me/interviews/{invitation.id}")
    vacancy = Vacancy.model_validate(get_vacancy(session, application.vacancy_id).document)
    return render(request, "booking/none.html", {"application": application, "vacancy": vacancy})


@router.get("/me/interviews/{invitation_id}", response_class=HTMLResponse)
def booking_page(
    invitation_id: Id,
    request: Request,
    candidate: WebCandidate,
    session: DbSession,
    now: Now,
    zone: ZoneQuery = None,
) -> HTMLResponse:
    """The invitation, the candidate's booking and the times open, on the clock `zone` (else the duty
    station's); another's invitation is a 404."""
    invitation = own_invitation(session, user=candidate, invitation_id=invitation_id)
    done = request.query_params.get("done")
    return _page(request, session, candidate, invitation, now, zone, message=DONE.get(done or ""))


@router.post("/me/interviews/{invitation_id}/book", response_class=HTMLResponse)
def book(
    invitation_id: Id,
    request: Request,
    candidate: WebCandidate,
    session: DbSession,
    now: Now,
    slot_id: SlotField,
    zone: ZoneField = "",
) -> Response:
    """Book the chosen time (or move the booking to it); a refusal (someone was quicker, too late) is the
    page again with what is open now."""
    moving = live_booking(session, invitation_id) is not None
    try:
        _, changed = book_slot(
            session,
            user=candidate,
            invitation_id=invitation_id,
            slot_id=slot_id,
            now=now,
            zone=zone if is_zone(zone) else None,
        )
    except (ConflictError, InputError) as error:
        if error.code not in REFUSED:
            raise
        invitation = own_invitation(session, user=candidate, invitation_id=invitation_id)
        return _page(
            request,
            session,
            candidate,
            invitation,
            now,
            zone,
            error=REFUSED[error.code],
            status=error.http_status,
        )
    done = ("moved" if moving else "booked") if changed else None
    return see_other(
        request, f"/me/interviews/{invitation_id}", zone=zone if is_zone(zone) else None, done=done
    )


@router.post("/me/interviews/{invitation_id}/cancel", response_class=HTMLResponse)
def cancel(
    invitation_id: Id,
    request: Request,
    candidate: WebCandidate,
    session: DbSession,
    now: Now,
    zone: ZoneField = "",
) -> Response:
    try:
        cancel_own_booking(session, user=candidate, invitation_id=invitation_id, now=now)
    except ConflictError as error:
        invitation = own_invitation(session, user=candidate, invitation_id=invitation_id)
        return _page(
            request,
            session,
            candidate,
            invitation,
            now,
            zone,
            error=REFUSED.get(error.code, REFUSED["booking-closed"]),
            status=409,
        )
    return see_other(
        request, f"/me/interviews/{invitation_id}", zone=zone if is_zone(zone) else None, done="cancelled"
    )


@router.get("/me/interviews/{invitation_id}/interview.ics")
def calendar_file(
    invitation_id: Id, request: Request, candidate: WebCandidate, session: DbSession
) -> Response:
    """The booked interview as a calendar file to open (METHOD:PUBLISH)."""
    data = booking_ics(session, user=candidate, invitation_id=invitation_id, locale=locale_of(request))
    return Response(
        data,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="interview.ics"'},
    )
