"""The selection pages of staff: a vacancy's recommended candidates with the panel's recommendation, where
the host agency's reviewers select one and the donor admins confirm or decline it, the offer form, and the
confirmation page that closes the recruitment; over the same services as the API."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Any
from zoneinfo import available_timezones

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from jpo.applications.moves import REASON_MAX_LENGTH
from jpo.applications.staff import pseudonym
from jpo.authz import require_confirm_selection
from jpo.contracts.text import forbidden_character
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import Application, User
from jpo.db.repositories import applications_of_vacancy
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.http.deps import MAX_ID, DbSession, Id, Now
from jpo.selection.closing import KEPT, close_recruitment
from jpo.selection.offers import make_offer, station_of, station_zone
from jpo.selection.rules import CONDITIONS_MAX, GRADE_MAX, PENDING, STATION_MAX
from jpo.selection.service import confirm_selection, decline_selection, select_candidate, selection_board
from jpo.vacancies.service import get_vacancy
from jpo.web.auth import WebStaff
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
Reason = Annotated[str, Form(max_length=REASON_MAX_LENGTH)]
ApplicationField = Annotated[int, Form(ge=1, le=MAX_ID)]

DONE = {
    "selected": N_("The candidate is selected. The donor programme is asked to confirm the selection."),
    "confirmed": N_("The selection is confirmed. You can now make the offer."),
    "declined": N_("The selection is declined. The host agency may select another recommended candidate."),
    "offered": N_("The offer is made. The candidate is told by e-mail and answers online."),
    "closed": N_("The recruitment is closed. The unsuccessful candidates are told by e-mail."),
}
REFUSED = {
    "selection-pending": N_(
        "Another selection awaits confirmation or an answer to its offer: one at a time."
    ),
    "post-filled": N_("An offer for this post was accepted: no other candidate can be selected."),
    "transition-not-allowed": N_(
        "This candidate's status has changed: the page now shows where things stand."
    ),
}
CONTROLS = N_("Remove the control characters (such as NUL) from this text.")
FIELD_ERRORS = {
    "reason": N_("Give the reason for this decision."),
    "conditions": N_("Write the offer's conditions (at most 10,000 characters)."),
    "duty_station": N_("Give the duty station (at most 200 characters)."),
    "grade": N_("The grade is at most 32 characters."),
    "reply_by": N_("Give a reply-by date and time still ahead, which the clock of that time zone shows."),
    "reply_zone": N_("Choose a time zone from the list."),
    "start_date": N_("The start date must be on or after the reply-by date."),
}


def _board_page(
    request: Request,
    session: Session,
    staff: User,
    vacancy_id: int,
    now: datetime,
    *,
    errors: dict[str, str] | None = None,
    error: str | None = None,
    typed: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    board = selection_board(session, actor=staff, vacancy_id=vacancy_id, now=now)
    done = request.query_params.get("done") or ""
    context = {
        "board": board,
        "vacancy": Vacancy.model_validate(board.vacancy.document),
        "id": vacancy_id,
        "message": DONE.get(done),
        "error": error,
        "errors": errors or {},
        "typed": typed or {},
        "reason_max": REASON_MAX_LENGTH,
        "now": now,
    }
    return render(request, "selection/board.html", context, status=status)


@router.get("/review/vacancies/{vacancy_id}/selection", response_class=HTMLResponse)
def selection_page(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> HTMLResponse:
    """The recommended candidates, the selection pending and its offer (the read audited)."""
    return _board_page(request, session, staff, vacancy_id, now)


def _refused(
    request: Request,
    session: Session,
    staff: User,
    vacancy_id: int,
    now: datetime,
    error: Exception,
    key: str,
    reason: str,
) -> HTMLResponse:
    if isinstance(error, InputError):
        return _board_page(
            request,
            session,
            staff,
            vacancy_id,
            now,
            errors={key: FIELD_ERRORS["reason"]},
            typed={key: reason},
            status=422,
        )
    assert isinstance(error, ConflictError)
    message = REFUSED.get(error.code, REFUSED["transition-not-allowed"])
    return _board_page(request, session, staff, vacancy_id, now, error=message, status=409)


def _controls(
    request: Request, session: Session, staff: User, vacancy_id: int, now: datetime, key: str, reason: str
) -> HTMLResponse | None:
    if forbidden_character(reason):
        return _board_page(request, session, staff, vacancy_id, now, errors={key: CONTROLS}, status=422)
    return None


@router.post("/review/vacancies/{vacancy_id}/selection/select", response_class=HTMLResponse)
def select(
    vacancy_id: Id,
    request: Request,
    session: DbSession,
    staff: WebStaff,
    now: Now,
    application_id: ApplicationField,
    reason: Reason = "",
) -> Response:
    """The host agency selects a recommended candidate, with its reason."""
    key = f"reason-{application_id}"
    application = session.get(Application, application_id)
    if application is None or application.vacancy_id != vacancy_id:
        raise NotFoundError(f"application {application_id} not found")
    refused = _controls(request, session, staff, vacancy_id, now, key, reason)
    if refused:
        return refused
    try:
        select_candidate(session, actor=staff, application_id=application_id, reason=reason, now=now)
    except (InputError, ConflictError) as error:
        return _refused(request, session, staff, vacancy_id, now, error, key, reason)
    return see_other(
        request, f"/review/vacancies/{vacancy_id}/selection", done="selected", lang=locale_of(request)
    )


def _decide(
    request: Request,
    session: Session,
    staff: User,
    now: datetime,
    application_id: int,
    reason: str,
    confirm: bool,
) -> Response:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    key = "confirm-reason" if confirm else "decline-reason"
    refused = _controls(request, session, staff, application.vacancy_id, now, key, reason)
    if refused:
        return refused
    try:
        if confirm:
            confirm_selection(session, actor=staff, application_id=application_id, reason=reason)
        else:
            decline_selection(session, actor=staff, application_id=application_id, reason=reason)
    except (InputError, ConflictError) as error:
        return _refused(request, session, staff, application.vacancy_id, now, error, key, reason)
    done = "confirmed" if confirm else "declined"
    return see_other(
        request, f"/review/vacancies/{application.vacancy_id}/selection", done=done, lang=locale_of(request)
    )


@router.post("/review/applications/{application_id}/selection/confirm", response_class=HTMLResponse)
def confirm(
    application_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now, reason: Reason = ""
) -> Response:
    """The donor admin confirms the selection (a note optional)."""
    return _decide(request, session, staff, now, application_id, reason, confirm=True)


@router.post("/review/applications/{application_id}/selection/decline", response_class=HTMLResponse)
def decline(
    application_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now, reason: Reason = ""
) -> Response:
    """The donor admin declines the selection, with a reason."""
    return _decide(request, session, staff, now, application_id, reason, confirm=False)


def _offer_page(
    request: Request,
    session: Session,
    staff: User,
    application_id: int,
    now: datetime,
    *,
    typed: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    row = get_vacancy(session, application.vacancy_id)
    require_confirm_selection(staff, row)
    if application.status != "confirmed":
        return see_other(request, f"/review/vacancies/{row.id}/selection", lang=locale_of(request))
    zone = station_zone(row)
    reply = datetime.combine(now.date() + timedelta(days=14), time(17, 0))
    defaults = {
        "duty_station": station_of(row),
        "reply_zone": zone,
        "reply_date": reply.date().isoformat(),
        "reply_time": "17:00",
        "start_date": (now.date() + timedelta(days=60)).isoformat(),
        "conditions": "",
        "grade": "",
    }
    context = {
        "application": application,
        "candidate": pseudonym(application),
        "vacancy": Vacancy.model_validate(row.document),
        "row": row,
        "typed": {**defaults, **(typed or {})},
        "errors": errors or {},
        "limits": {"conditions": CONDITIONS_MAX, "duty_station": STATION_MAX, "grade": GRADE_MAX},
        "zones": zone_list(),
    }
    return render(request, "selection/offer_form.html", context, status=status)


def zone_list() -> list[str]:
    """The IANA zones a reply-by date may be set in, sorted."""
    places = (z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/")))
    return [*sorted(places), "UTC"]


@router.get("/review/applications/{application_id}/offer", response_class=HTMLResponse)
def offer_form(
    application_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    """The offer form for a confirmed selection, its duty station and reply-by zone from the vacancy."""
    return _offer_page(request, session, staff, application_id, now)


Field = Annotated[str, Form(max_length=CONDITIONS_MAX + 1)]


def _parse(typed: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    errors: dict[str, str] = {}
    for name, value in typed.items():
        if forbidden_character(value):
            errors[name] = CONTROLS
    values: dict[str, Any] = {}
    try:
        values["start_date"] = date.fromisoformat(typed["start_date"])
    except ValueError:
        errors.setdefault("start_date", FIELD_ERRORS["start_date"])
    try:
        values["reply_by"] = datetime.combine(
            date.fromisoformat(typed["reply_date"]), time.fromisoformat(typed["reply_time"])
        )
    except ValueError:
        errors.setdefault("reply_date", FIELD_ERRORS["reply_by"])
    return values, errors


@router.post("/review/applications/{application_id}/offer", response_class=HTMLResponse)
def offer(
    application_id: Id,
    request: Request,
    session: DbSession,
    staff: WebStaff,
    now: Now,
    conditions: Field = "",
    start_date: Field = "",
    duty_station: Field = "",
    grade: Field = "",
    reply_date: Field = "",
    reply_time: Field = "",
    reply_zone: Field = "",
) -> Response:
    """Make the offer; a refused field comes back beside it, with what was typed."""
    typed = {
        "conditions": conditions,
        "start_date": start_date,
        "duty_station": duty_station,
        "grade": grade,
        "reply_date": reply_date,
        "reply_time": reply_time,
        "reply_zone": reply_zone,
    }
    values, errors = _parse(typed)
    if errors:
        return _offer_page(
            request, session, staff, application_id, now, typed=typed, errors=errors, status=422
        )
    try:
        made = make_offer(
            session,
            actor=staff,
            application_id=application_id,
            conditions=conditions,
            duty_station=duty_station,
            grade=grade,
            reply_zone=reply_zone or None,
            now=now,
            **values,
        )
    except InputError as error:
        name = "reply_date" if error.field == "reply_by" else (error.field or "conditions")
        message = FIELD_ERRORS.get(error.field or "", FIELD_ERRORS["conditions"])
        return _offer_page(
            request, session, staff, application_id, now, typed=typed, errors={name: message}, status=422
        )
    return see_other(
        request, f"/review/vacancies/{made.vacancy_id}/selection", done="offered", lang=locale_of(request)
    )


@router.get("/review/vacancies/{vacancy_id}/close-recruitment", response_class=HTMLResponse)
def close_page(vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff) -> HTMLResponse:
    """What closing will do, to confirm: how many are moved and told, or why it must wait."""
    row = get_vacancy(session, vacancy_id)
    require_confirm_selection(staff, row)
    applications = applications_of_vacancy(session, vacancy_id)
    context = {
        "vacancy": Vacancy.model_validate(row.document),
        "id": vacancy_id,
        "pending": [a for a in applications if a.status in PENDING],
        "accepted": [a for a in applications if a.status == "accepted"],
        "ending": [a for a in applications if a.status not in KEPT],
    }
    return render(request, "selection/close.html", context)


@router.post("/review/vacancies/{vacancy_id}/close-recruitment", response_class=HTMLResponse)
def close(vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now) -> Response:
    """Close the recruitment; refused while a selection or an offer is pending (the board says why)."""
    try:
        close_recruitment(session, actor=staff, vacancy_id=vacancy_id, now=now)
    except ConflictError as error:
        return _board_page(
            request, session, staff, vacancy_id, now, error=REFUSED.get(error.code), status=409
        )
    return see_other(
        request, f"/review/vacancies/{vacancy_id}/selection", done="closed", lang=locale_of(request)
    )
