"""The offer: made by the donor programme to the confirmed candidate, answered by the candidate before its
reply-by moment, or lapsed after it (on any later action on it or its vacancy, and by `lapse_offers`);
each answer moves the application and tells the donor admins and the host's selector; flushes only."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.moves import move
from jpo.applications.reasons import OFFER_LAPSED, OFFER_MADE
from jpo.assignments.records import start_assignment
from jpo.audit.trail import record
from jpo.authz import may_confirm_selection, require_confirm_selection
from jpo.contracts.text import checked_text
from jpo.db.models import Application, User, VacancyRow
from jpo.db.offer_tables import Offer
from jpo.db.session import start_writing
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.geo.zones import is_zone
from jpo.selection.notices import donor_admins, selector_of, tell, tell_candidate
from jpo.selection.rules import (
    CONDITIONS_MAX,
    DECLINE_REASON_MAX,
    GRADE_MAX,
    STATION_MAX,
    effective_status,
    on_zone_clock,
)

LAPSED = OFFER_LAPSED


def offer_of(session: Session, application_id: int) -> Offer | None:
    return session.scalar(select(Offer).where(Offer.application_id == application_id))


def station_zone(vacancy: VacancyRow) -> str:
    """The duty station's IANA zone, else UTC."""
    zone = (vacancy.document.get("duty_station") or {}).get("timezone")
    return zone if isinstance(zone, str) and is_zone(zone) else "UTC"


def station_of(vacancy: VacancyRow) -> str:
    """The duty station as the offer proposes it: "Geneva, CH"."""
    station = vacancy.document.get("duty_station") or {}
    return ", ".join(str(part) for part in (station.get("city"), station.get("country")) if part)[
        :STATION_MAX
    ]


def _reply_by(reply_by: datetime, zone: str, now: datetime) -> datetime:
    if not is_zone(zone):
        raise InputError(f"reply_zone: {zone!r} is not an IANA time zone", field="reply_zone")
    try:
        moment = on_zone_clock(reply_by, zone)
    except ValueError as error:
        raise InputError(
            f"reply_by: the clock of {zone} skips or repeats that time", field="reply_by", code=str(error)
        ) from None
    if moment <= now:
        raise InputError(
            "reply_by: the reply-by moment must be ahead", field="reply_by", code="reply-by-past"
        )
    return moment


def make_offer(
    session: Session,
    *,
    actor: User,
    application_id: int,
    conditions: str,
    start_date: date,
    duty_station: str | None,
    grade: str | None,
    reply_by: datetime,
    reply_zone: str | None,
    now: datetime,
) -> Offer:
    """The donor programme's offer to the confirmed candidate; they are told by e-mail with its terms."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    vacancy = session.get(VacancyRow, application.vacancy_id)
    assert vacancy is not None
    require_confirm_selection(actor, vacancy)
    start_writing(session)
    terms = checked_text(conditions, "conditions", CONDITIONS_MAX, required=True)
    station = checked_text(duty_station or station_of(vacancy), "duty_station", STATION_MAX, required=True)
    level = checked_text(grade, "grade", GRADE_MAX, required=False) or None
    zone = reply_zone or station_zone(vacancy)
    moment = _reply_by(reply_by, zone, now)
    if start_date < moment.date():
        raise InputError("start_date: the post starts after the reply-by date", field="start_date")
    if application.status != "confirmed" or offer_of(session, application.id) is not None:
        raise ConflictError(
            f"application {application.id} is {application.status}: only a confirmed "
            "selection is offered, once",
            code="transition-not-allowed",
        )
    offer = Offer(
        vacancy_id=vacancy.id,
        application_id=application.id,
        conditions=terms,
        start_date=start_date,
        duty_station=station,
        grade=level,
        reply_by=moment,
        reply_zone=zone,
        status="open",
        made_by=actor.id,
        made_at=now,
    )
    session.add(offer)
    session.flush()
    move(
        session,
        application=application,
        to="offered",
        actor="donor",
        by=actor.id,
        reason=OFFER_MADE.format(offer=offer.id),
    )
    tell_candidate(
        session,
        kind="offer_made",
        key=str(offer.id),
        application=application,
        context={"offer_id": offer.id},
        now=now,
    )
    return offer


def _tell_answer(session: Session, offer: Offer, application: Application, now: datetime) -> None:
    vacancy = session.get(VacancyRow, offer.vacancy_id)
    assert vacancy is not None
    staff = donor_admins(session, vacancy)
    selector = selector_of(session, application)
    tell(
        session,
        kind="offer_answered",
        key=str(offer.id),
        users=staff + ([selector] if selector else []),
        context={"offer_id": offer.id},
        now=now,
    )


def _lapse(session: Session, offer: Offer, now: datetime) -> None:
    start_writing(session)
    application = session.get(Application, offer.application_id)
    assert application is not None
    offer.status, offer.answered_at = "lapsed", offer.reply_by
    if application.status == "offered":
        move(session, application=application, to="not_selected", actor="system", by=None, reason=LAPSED)
    _tell_answer(session, offer, application, now)


def lapse_due(session: Session, *, vacancy_id: int | None = None, now: datetime) -> int:
    """Lapse the open offers (of one vacancy, or all) whose reply-by moment has come; how many."""
    query = select(Offer).where(Offer.status == "open", Offer.reply_by <= now)
    if vacancy_id is not None:
        query = query.where(Offer.vacancy_id == vacancy_id)
    due = list(session.scalars(query.order_by(Offer.id)))
    for offer in due:
        _lapse(session, offer, now)
    return len(due)


def lapse_offers(session: Session, *, now: datetime) -> int:
    """Every offer past its reply-by date lapses (for `jpo worker` or a scheduled command)."""
    return lapse_due(session, now=now)


def get_offer(session: Session, *, user: User, offer_id: int) -> Offer:
    """An offer for its candidate, or for the donor admins of its vacancy; anyone else: not found."""
    offer = session.get(Offer, offer_id)
    application = session.get(Application, offer.application_id) if offer else None
    vacancy = session.get(VacancyRow, offer.vacancy_id) if offer else None
    if (
        offer is None
        or application is None
        or vacancy is None
        or not (application.user_id == user.id or may_confirm_selection(user, vacancy))
    ):
        raise NotFoundError(f"offer {offer_id} not found")
    return offer


def answer_offer(
    session: Session, *, user: User, offer_id: int, accept: bool, reason: str | None, now: datetime
) -> Offer:
    """The candidate accepts or declines their offer (a reason for declining optional), before its reply-by
    moment: `offer-lapsed` (409) after it, `offer-answered` (409) once answered."""
    start_writing(session)
    offer = session.scalar(select(Offer).where(Offer.id == offer_id).with_for_update())
    application = session.get(Application, offer.application_id) if offer else None
    if offer is None or application is None or application.user_id != user.id:
        raise NotFoundError(f"offer {offer_id} not found")
    why = checked_text(reason, "reason", DECLINE_REASON_MAX, required=False) if not accept else ""
    status = effective_status(offer.status, offer.reply_by, now)
    if status == "lapsed":
        raise ConflictError("the offer lapsed: its reply-by date has passed", code="offer-lapsed")
    if status != "open":
        raise ConflictError(f"the offer was already {status}", code="offer-answered")
    offer.status, offer.answered_at = ("accepted" if accept else "declined"), now
    offer.decline_reason = why or None
    move(
        session,
        application=application,
        to="accepted" if accept else "declined",
        actor="candidate",
        by=user.id,
        reason=why or None,
    )
    record(
        session, actor_id=user.id, action=f"offer.{offer.status}", subject_type="offer", subject_id=offer.id
    )
    if accept:
        start_assignment(session, offer, jpo_id=user.id, now=now)
    _tell_answer(session, offer, application, now)
    return offer
