"""The panel's interview schedule page: a vacancy's slots (with who booked each: its reads audited),
adding a slot on a chosen clock (the duty station's by default), removing one, cancelling a booking
with a reason; and, for whoever runs the recruitment, inviting shortlisted candidates to book. Over the
same services as the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from jpo.applications.staff import pseudonym
from jpo.authz import may_run_recruitment
from jpo.contracts.text import Text
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import User
from jpo.errors import ConflictError, InputError
from jpo.geo.zones import is_zone
from jpo.http.deps import MAX_ID, DbSession, Id, Now
from jpo.interviews.booking import REASON_MAX, cancel_slot_booking
from jpo.interviews.booking_rules import LOCATION_MAX, MAX_MINUTES, MIN_MINUTES, MODES
from jpo.interviews.booking_times import clock_name, on_named_clock, station_place
from jpo.interviews.invitations import invitable, invite_candidates, vacancy_invitations
from jpo.interviews.slots import propose_slot, remove_slot, slot_in_scope, station_zone, vacancy_slots
from jpo.notifications.letter import greeting_name
from jpo.vacancies.service import get_vacancy
from jpo.web.auth import WebStaff
from jpo.web.booking import MODES as MODE_NAMES
from jpo.web.booking import duration, zone_choices, zone_option
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
Short = Annotated[Text, Form(max_length=64)]
Location = Annotated[Text, Form(max_length=LOCATION_MAX)]
Reason = Annotated[Text, Form(max_length=REASON_MAX)]
Ids = Annotated[list[Annotated[int, Form(ge=1, le=MAX_ID)]], Form(max_length=200)]

DONE = {
    "added": N_("The slot was added."),
    "removed": N_("The slot was removed."),
    "cancelled": N_(
        "The booking was cancelled. The candidate is told by e-mail and may choose another time."
    ),
    "invited": N_("The candidates were invited. Each receives an e-mail in their language."),
}
SLOT_ERRORS = {
    "slot-in-past": N_("This time has already passed."),
    "slot-overlaps": N_("This slot overlaps another slot of this vacancy."),
    "time-skipped": N_("This time does not exist on that day in that time zone (the clock moves forward)."),
    "time-repeated": N_(
        "This time happens twice on that day in that time zone (the clock goes back): choose another."
    ),
    "not-a-link": N_("A video call's link starts with https:// and holds no spaces."),
    "slot-booked": N_("This slot is booked: cancel its booking first (the candidate is told)."),
    "no-booking": N_("This slot has no booking to cancel."),
    "not-invitable": N_("Only shortlisted or assessed candidates can be invited."),
}
FIELD_ERRORS = {
    "zone": N_("Choose a time zone from the list."),
    "minutes": N_("An interview lasts 15 to 240 minutes."),
    "mode": N_("Choose one of the options offered."),
    "location": N_("Say where: a link, a number to call or a place (at most 500 characters)."),
    "starts_at": N_("Enter a date and a time ahead, within two years."),
    "reason": N_("Say why the booking is cancelled."),
    "book_by": N_("Enter a date ahead, within two years."),
    "application_ids": N_("Choose at least one candidate."),
}


@dataclass
class SlotForm:
    day: str = ""
    time: str = ""
    zone: str = ""
    minutes: str = "45"
    mode: str = "video"
    location: str = ""
    errors: dict[str, str] = field(default_factory=dict)


def _error_of(error: ConflictError | InputError) -> tuple[str, str]:
    """The form field an error is about and what to say."""
    name = error.field or "starts_at"
    return name, SLOT_ERRORS.get(error.code) or FIELD_ERRORS.get(name) or N_("This value is not valid.")


def _page(
    request: Request,
    session: Session,
    staff: User,
    vacancy_id: int,
    now: datetime,
    *,
    form: SlotForm | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    locale = locale_of(request)
    row = get_vacancy(session, vacancy_id)
    station, place = station_zone(row), station_place(row.document, locale)
    runs = may_run_recruitment(staff, row)
    slots = vacancy_slots(session, actor=staff, vacancy_id=vacancy_id)
    invitations = vacancy_invitations(session, actor=staff, vacancy_id=vacancy_id)
    invited = {view.application.id for view in invitations}

    def when(moment: datetime, zone: str) -> str:
        return on_named_clock(moment, zone, locale, station_zone=station, place=place)

    candidates = (
        [
            {
                "application": a,
                "candidate": pseudonym(a),
                "name": greeting_name(session, a.user_id),
                "invited": a.id in invited,
            }
            for a in invitable(session, actor=staff, vacancy_id=vacancy_id)
        ]
        if runs
        else []
    )
    context = {
        "id": vacancy_id,
        "vacancy": Vacancy.model_validate(row.document),
        "slots": slots,
        "invitations": invitations,
        "candidates": candidates,
        "runs": runs,
        "when": when,
        "station": station,
        "station_clock": clock_name(station, locale, station_zone=station, place=place),
        "form": form or SlotForm(zone=station),
        "errors": errors or {},
        "modes": [(m, MODE_NAMES[m]) for m in MODES],
        "zones": [(z, zone_option(z, locale)) for z in zone_choices()],
        "min_minutes": MIN_MINUTES,
        "max_minutes": MAX_MINUTES,
        "location_max": LOCATION_MAX,
        "reason_max": REASON_MAX,
        "minutes": lambda slot: duration(slot.starts_at, slot.ends_at, locale),
        "message": DONE.get(request.query_params.get("done") or ""),
        "now": now,
    }
    return render(request, "booking/panel.html", context, status=status)


@router.get("/review/vacancies/{vacancy_id}/interviews", response_class=HTMLResponse)
def schedule(vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now) -> HTMLResponse:
    """The vacancy's slots and invitations, for its panel and recruiters (names shown: the read audited)."""
    return _page(request, session, staff, vacancy_id, now)


def _typed_start(form: SlotForm) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(form.day), time.fromisoformat(form.time))
    except ValueError as error:
        raise InputError("starts_at: a date and a time", field="starts_at") from error


@router.post("/review/vacancies/{vacancy_id}/interviews/slots", response_class=HTMLResponse)
def add_slot(
    vacancy_id: Id,
    request: Request,
    session: DbSession,
    staff: WebStaff,
    now: Now,
    day: Short = "",
    start: Short = "",
    zone: Short = "",
    minutes: Short = "",
    mode: Short = "",
    location: Location = "",
) -> Response:
    """Add a slot typed on the chosen zone's clock; a refusal is the page again with the form as typed."""
    form = SlotForm(day, start, zone, minutes, mode, location)
    try:
        if not minutes.strip().isdigit():
            raise InputError("minutes: a whole number", field="minutes")
        if not is_zone(zone):
            raise InputError("zone: not a time zone", field="zone")
        propose_slot(
            session,
            actor=staff,
            vacancy_id=vacancy_id,
            starts_at=_typed_start(form),
            zone=zone,
            minutes=int(minutes),
            mode=mode,
            location=location,
            now=now,
        )
    except (ConflictError, InputError) as error:
        name, message = _error_of(error)
        form.errors = {name: message}
        return _page(request, session, staff, vacancy_id, now, form=form, status=error.http_status)
    return see_other(request, f"/review/vacancies/{vacancy_id}/interviews", fragment="slots", done="added")


@router.post("/review/interview-slots/{slot_id}/remove", response_class=HTMLResponse)
def remove(slot_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now) -> Response:
    vacancy_id = slot_in_scope(session, actor=staff, slot_id=slot_id).vacancy_id
    try:
        remove_slot(session, actor=staff, slot_id=slot_id)
    except ConflictError as error:
        return _page(
            request, session, staff, vacancy_id, now, errors={"slots": SLOT_ERRORS[error.code]}, status=409
        )
    return see_other(request, f"/review/vacancies/{vacancy_id}/interviews", fragment="slots", done="removed")


@router.post("/review/interview-slots/{slot_id}/cancel-booking", response_class=HTMLResponse)
def cancel_booking(
    slot_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now, reason: Reason = ""
) -> Response:
    """Cancel a slot's booking with a reason (kept in the audit trail, not told to the candidate)."""
    vacancy_id = slot_in_scope(session, actor=staff, slot_id=slot_id).vacancy_id
    try:
        cancel_slot_booking(session, actor=staff, slot_id=slot_id, reason=reason, now=now)
    except (ConflictError, InputError) as error:
        key = f"reason-{slot_id}" if error.field == "reason" else "slots"
        message = FIELD_ERRORS["reason"] if error.field == "reason" else SLOT_ERRORS.get(error.code, "")
        return _page(
            request, session, staff, vacancy_id, now, errors={key: message}, status=error.http_status
        )
    return see_other(
        request, f"/review/vacancies/{vacancy_id}/interviews", fragment="slots", done="cancelled"
    )


@router.post("/review/vacancies/{vacancy_id}/interviews/invite", response_class=HTMLResponse)
def invite(
    vacancy_id: Id,
    request: Request,
    session: DbSession,
    staff: WebStaff,
    now: Now,
    application_ids: Ids = [],  # noqa: B006 - FastAPI copies a default, never shares it
    book_by: Short = "",
) -> Response:
    """Invite the chosen candidates to book by the end of `book_by`'s day at the duty station."""
    station = station_zone(get_vacancy(session, vacancy_id))
    try:
        if not application_ids:
            raise InputError("application_ids: choose at least one", field="application_ids")
        try:
            day = date.fromisoformat(book_by)
        except ValueError as error:
            raise InputError("book_by: a date", field="book_by") from error
        if not 2000 <= day.year <= 2100:
            raise InputError("book_by: a date", field="book_by")
        end_of_day = datetime.combine(day, time(23, 59)).replace(tzinfo=ZoneInfo(station))
        invite_candidates(
            session,
            actor=staff,
            vacancy_id=vacancy_id,
            application_ids=application_ids,
            book_by=end_of_day,
            now=now,
        )
    except (ConflictError, InputError) as error:
        name = error.field or "application_ids"
        message = SLOT_ERRORS.get(error.code) or FIELD_ERRORS.get(name) or N_("This value is not valid.")
        return _page(
            request, session, staff, vacancy_id, now, errors={name: message}, status=error.http_status
        )
    return see_other(
        request, f"/review/vacancies/{vacancy_id}/interviews", fragment="invitations", done="invited"
    )
