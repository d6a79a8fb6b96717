"""The candidate's offer page: the terms, the reply-by moment on the offer's clock and on the clock the
candidate reads (one they choose, else the offer's), accepting or declining before it; over the same
services as the API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, get_timezone_location
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.service import own_application
from jpo.contracts.text import forbidden_character
from jpo.contracts.vacancy import Vacancy
from jpo.db.assignment_tables import Assignment
from jpo.db.models import Application, User
from jpo.db.offer_tables import Offer
from jpo.errors import ConflictError, NotFoundError
from jpo.geo.zones import is_zone
from jpo.http.deps import DbSession, Id, Now
from jpo.selection.offers import answer_offer, offer_of
from jpo.selection.rules import DECLINE_REASON_MAX, effective_status
from jpo.vacancies.service import get_vacancy
from jpo.web.auth import WebCandidate
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other
from jpo.web.selection import zone_list

router = APIRouter(include_in_schema=False)
ZoneQuery = Annotated[str | None, Query(max_length=64)]
DeclineReason = Annotated[str, Form(max_length=DECLINE_REASON_MAX)]

DONE = {
    "accepted": N_(
        "You accepted the offer. Congratulations! The programme will be in touch about the next steps."
    ),
    "declined": N_("You declined the offer. Thank you for letting us know."),
}
REFUSED = {
    "offer-lapsed": N_("The reply-by date has passed: the offer can no longer be answered online."),
    "offer-answered": N_("You have already answered this offer."),
}


def _own_offer(session: Session, candidate: User, offer_id: int) -> tuple[Offer, Application]:
    offer = session.get(Offer, offer_id)
    application = session.get(Application, offer.application_id) if offer else None
    if offer is None or application is None or application.user_id != candidate.id:
        raise NotFoundError(f"offer {offer_id} not found")
    return offer, application


def on_clock(moment: datetime, zone: str, locale: str) -> str:
    """A moment as readers of `locale` write it on the clock of `zone`, the zone named."""
    written = format_datetime(moment, "full", tzinfo=ZoneInfo(zone), locale=locale)
    return str(written) if zone != "UTC" else f"{written}"


def _page(
    request: Request,
    session: Session,
    candidate: User,
    offer_id: int,
    now: datetime,
    zone: str | None,
    *,
    error: str | None = None,
    reason: str = "",
    status: int = 200,
    reason_error: str | None = None,
) -> HTMLResponse:
    offer, application = _own_offer(session, candidate, offer_id)
    locale = locale_of(request)
    reader = zone if zone and is_zone(zone) else offer.reply_zone
    context = {
        "offer": offer,
        "application": application,
        "state": effective_status(offer.status, offer.reply_by, now),
        "vacancy": Vacancy.model_validate(get_vacancy(session, application.vacancy_id).document),
        "reply_by": on_clock(offer.reply_by, offer.reply_zone, locale),
        "reply_place": get_timezone_location(ZoneInfo(offer.reply_zone), locale=locale),
        "reply_by_yours": on_clock(offer.reply_by, reader, locale) if reader != offer.reply_zone else "",
        "start_date": format_date(offer.start_date, "long", locale=locale),
        "zone": reader,
        "zones": zone_list(),
        "message": DONE.get(request.query_params.get("done") or ""),
        "error": error,
        "reason": reason,
        "reason_error": reason_error,
        "reason_max": DECLINE_REASON_MAX,
        "assignment_id": session.scalar(select(Assignment.id).where(Assignment.offer_id == offer.id)),
    }
    return render(request, "selection/offer.html", context, status=status)


@router.get("/me/applications/{application_id}/offer", response_class=HTMLResponse)
def application_offer(
    application_id: Id, request: Request, candidate: WebCandidate, session: DbSession
) -> Response:
    """From an application's page: its offer, or back to the application when none was made."""
    application = own_application(session, user=candidate, application_id=application_id)
    offer = offer_of(session, application.id)
    if offer is None:
        return see_other(request, f"/me/applications/{application.id}")
    return see_other(request, f"/me/offers/{offer.id}")


@router.get("/me/offers/{offer_id}", response_class=HTMLResponse)
def offer_page(
    offer_id: Id,
    request: Request,
    candidate: WebCandidate,
    session: DbSession,
    now: Now,
    zone: ZoneQuery = None,
) -> HTMLResponse:
    """The offer and its answer; another's offer is a 404."""
    return _page(request, session, candidate, offer_id, now, zone)


def _answer(
    request: Request,
    session: Session,
    candidate: User,
    offer_id: int,
    now: datetime,
    accept: bool,
    reason: str,
) -> Response:
    if forbidden_character(reason):
        return _page(
            request,
            session,
            candidate,
            offer_id,
            now,
            None,
            reason=reason,
            status=422,
            reason_error=N_("Remove the control characters (such as NUL) from this text."),
        )
    try:
        answer_offer(session, user=candidate, offer_id=offer_id, accept=accept, reason=reason, now=now)
    except ConflictError as error:
        if error.code not in REFUSED:
            raise
        return _page(request, session, candidate, offer_id, now, None, error=REFUSED[error.code], status=409)
    return see_other(request, f"/me/offers/{offer_id}", done="accepted" if accept else "declined")


@router.post("/me/offers/{offer_id}/accept", response_class=HTMLResponse)
def accept(offer_id: Id, request: Request, candidate: WebCandidate, session: DbSession, now: Now) -> Response:
    return _answer(request, session, candidate, offer_id, now, True, "")


@router.post("/me/offers/{offer_id}/decline", response_class=HTMLResponse)
def decline(
    offer_id: Id,
    request: Request,
    candidate: WebCandidate,
    session: DbSession,
    now: Now,
    reason: DeclineReason = "",
) -> Response:
    return _answer(request, session, candidate, offer_id, now, False, reason)
