"""The demo's selection and offer on the past OHCHR round: the host agency's selector selects the first
candidate the panel recommended, the donor admin confirms and makes an offer still open, so a visitor can
sign in as that candidate (`offer_holder`, with the applicants' password) and accept or decline it."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.db.models import Application, User, VacancyRow
from jpo.db.offer_tables import Offer
from jpo.selection.offers import make_offer, station_of, station_zone
from jpo.selection.service import confirm_selection, select_candidate

SELECTOR = "selector.ohchr@demo.jpo.example"
ADMIN = "admin@demo.jpo.example"
REPLY_DAYS = 45  # the offer stays open this long after the stage is played (the stage is played in the past)
CONDITIONS = (
    "A two-year JPO assignment at the P-2 level, renewable for a third year subject to performance and "
    "funding, on the conditions of the sponsoring donor's JPO Programme: salary and entitlements under "
    "the UN common system, a duty-related learning allowance and the Programme's pre-deployment training."
)


def carry(session: Session, *, vacancy: VacancyRow, users: dict[str, User], now: datetime) -> None:
    """Select, confirm and offer on `vacancy` at `now` (nothing when no candidate is recommended, or an
    offer was made on an earlier run)."""
    if session.scalar(select(Offer.id).where(Offer.vacancy_id == vacancy.id)) is not None:
        return
    query = select(Application).where(
        Application.vacancy_id == vacancy.id, Application.status == "recommended"
    )
    recommended = session.scalars(query.order_by(Application.submitted_at, Application.id)).first()
    if recommended is None:
        return
    selector, admin = users[SELECTOR], users[ADMIN]
    select_candidate(
        session,
        actor=selector,
        application_id=recommended.id,
        now=now,
        reason="The strongest interview, with the panel's full recommendation.",
    )
    confirm_selection(
        session, actor=admin, application_id=recommended.id, reason="Within the Programme's budget and rules."
    )
    zone = station_zone(vacancy)
    day = (now.astimezone(ZoneInfo(zone)) + timedelta(days=REPLY_DAYS)).date()
    make_offer(
        session,
        actor=admin,
        application_id=recommended.id,
        conditions=CONDITIONS,
        start_date=day + timedelta(days=60),
        duty_station=station_of(vacancy),
        grade="P-2, step 1",
        reply_by=datetime.combine(day, time(17, 0)),
        reply_zone=zone,
        now=now,
    )


def offer_holder(session: Session, vacancy: VacancyRow) -> str | None:
    """The e-mail address of the candidate whose offer on `vacancy` is open, for the demo to print."""
    query = (
        select(User.email)
        .join(Application, Application.user_id == User.id)
        .join(Offer, Offer.application_id == Application.id)
        .where(Offer.vacancy_id == vacancy.id, Offer.status == "open")
    )
    return session.scalar(query)
