"""Interview slots: the vacancy's panel members and whoever runs its recruitment propose times (each for
one interview, entered on a clock they choose, the duty station's by default) and remove them; a slot
someone booked is removed only once its booking is cancelled (the candidate is told). Flushes, never
commits; every change and every read of who booked is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.staff import pseudonym
from jpo.audit.trail import record
from jpo.authz import may_run_recruitment, require_visible
from jpo.db.models import Application, User, VacancyRow
from jpo.db.session import start_writing
from jpo.db.slot_tables import InterviewBooking, InterviewInvitation, InterviewSlot
from jpo.errors import ConflictError, ForbiddenError, InputError, NotFoundError
from jpo.geo.zones import is_zone
from jpo.interviews.booking_rules import (
    HORIZON,
    LOCATION_MAX,
    MAX_MINUTES,
    MIN_MINUTES,
    MODES,
    ClockError,
    moment_of,
    overlaps,
)
from jpo.notifications.letter import greeting_name
from jpo.vacancies.service import get_vacancy

READ_PURPOSE = "interview scheduling"  # recorded with each read of who booked a vacancy's slots


def may_schedule(session: Session, user: User | None, vacancy: VacancyRow) -> bool:
    """Propose and remove the vacancy's slots and see who booked them: its panel's members and the staff
    who run its recruitment."""
    return may_run_recruitment(user, vacancy)


def require_schedule(session: Session, user: User, vacancy: VacancyRow) -> None:
    require_visible(user, vacancy)
    if not may_schedule(session, user, vacancy):
        raise ForbiddenError(f"vacancy {vacancy.id}: its interview slots are set by its panel")


def station_zone(vacancy: VacancyRow) -> str:
    """The duty station's IANA zone, else UTC."""
    zone = ((vacancy.document or {}).get("duty_station") or {}).get("timezone")
    return zone if isinstance(zone, str) and is_zone(zone) else "UTC"


def _start(starts_at: datetime, zone: str) -> datetime:
    """The moment a slot starts: a wall-clock time on `zone`'s clock, or an aware moment as is."""
    if not is_zone(zone):
        raise InputError(
            f"zone: {zone[:64]!r} is not a time zone (an IANA name such as Europe/Zurich)", field="zone"
        )
    if starts_at.tzinfo is not None:
        if not 2000 <= starts_at.year <= 2100:
            raise InputError("starts_at: not a plausible year for an interview", field="starts_at")
        return starts_at.astimezone(UTC)
    try:
        return moment_of(starts_at, zone)
    except ClockError as error:
        raise InputError(f"starts_at: {error}", field="starts_at", code=f"time-{error.kind}") from error


def _check_details(minutes: int, mode: str, location: str) -> str:
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InputError(
            f"minutes: an interview lasts {MIN_MINUTES} to {MAX_MINUTES} minutes", field="minutes"
        )
    if mode not in MODES:
        raise InputError(f"mode: one of {', '.join(MODES)}", field="mode")
    location = location.strip()
    if not location or len(location) > LOCATION_MAX:
        raise InputError(
            f"location: say where (a link, a number, a place) in 1 to {LOCATION_MAX} characters",
            field="location",
        )
    if mode == "video" and (not location.startswith("https://") or any(c.isspace() for c in location)):
        raise InputError(
            "location: a video call's link starts with https:// and holds no spaces",
            field="location",
            code="not-a-link",
        )
    return location


def propose_slot(
    session: Session,
    *,
    actor: User,
    vacancy_id: int,
    starts_at: datetime,
    zone: str,
    minutes: int,
    mode: str,
    location: str,
    now: datetime,
) -> InterviewSlot:
    """A new slot of the vacancy. `starts_at` is a time on `zone`'s clock (or an aware moment). Refused:
    in the past or too far ahead (`slot-in-past`, 409; 422), overlapping another slot of the vacancy
    (`slot-overlaps`, 409), a time the zone's clock skips or repeats (422)."""
    vacancy = get_vacancy(session, vacancy_id)
    require_schedule(session, actor, vacancy)
    start = _start(starts_at, zone)
    location = _check_details(minutes, mode, location)
    if start <= now:
        raise ConflictError("starts_at: this time has already passed", code="slot-in-past", field="starts_at")
    if start > now + HORIZON:
        raise InputError("starts_at: a slot is set at most two years ahead", field="starts_at")
    end = start + timedelta(minutes=minutes)
    start_writing(session)
    # One writer at a time per vacancy (a row lock on PostgreSQL; SQLite's one write lock), so two
    # overlapping slots proposed at once cannot both pass the check.
    session.execute(select(VacancyRow.id).where(VacancyRow.id == vacancy_id).with_for_update())
    clash = session.scalars(
        select(InterviewSlot).where(
            InterviewSlot.vacancy_id == vacancy_id,
            InterviewSlot.starts_at < end,
            InterviewSlot.ends_at > start,
        )
    ).first()
    if clash is not None and overlaps(start, end, clash.starts_at, clash.ends_at):
        raise ConflictError(
            f"starts_at: this slot overlaps slot {clash.id} ({clash.starts_at:%Y-%m-%d %H:%M}–"
            f"{clash.ends_at:%H:%M} UTC)",
            code="slot-overlaps",
            field="starts_at",
            slot=clash.id,
        )
    slot = InterviewSlot(
        vacancy_id=vacancy_id,
        starts_at=start,
        ends_at=end,
        zone=zone,
        mode=mode,
        location=location,
        created_by=actor.id,
        created_at=now,
    )
    session.add(slot)
    session.flush()
    record(
        session,
        actor_id=actor.id,
        action="interview_slot.created",
        subject_type="interview_slot",
        subject_id=slot.id,
        detail={
            "vacancy": vacancy_id,
            "starts_at": start.isoformat(),
            "minutes": minutes,
            "zone": zone,
            "mode": mode,
        },
    )
    return slot


def slot_in_scope(session: Session, *, actor: User, slot_id: int, lock: bool = False) -> InterviewSlot:
    """A slot of a vacancy `actor` schedules (locked for the rest of the transaction when `lock`)."""
    query = select(InterviewSlot).where(InterviewSlot.id == slot_id)
    if lock:
        start_writing(session)
        query = query.with_for_update().execution_options(populate_existing=True)
    slot = session.scalars(query).first()
    if slot is None:
        raise NotFoundError(f"interview slot {slot_id} not found")
    require_schedule(session, actor, get_vacancy(session, slot.vacancy_id))
    return slot


def holder(session: Session, slot_id: int) -> InterviewBooking | None:
    """The booking that holds the slot, if any."""
    return session.scalars(select(InterviewBooking).where(InterviewBooking.slot_id == slot_id)).first()


def remove_slot(session: Session, *, actor: User, slot_id: int) -> None:
    """Remove an unbooked slot; a booked one is `slot-booked` (409): cancel its booking first."""
    slot = slot_in_scope(session, actor=actor, slot_id=slot_id, lock=True)
    booking = holder(session, slot.id)
    if booking is not None:
        raise ConflictError(
            f"slot {slot_id} is booked: cancel its booking first (the candidate is told)", code="slot-booked"
        )
    record(
        session,
        actor_id=actor.id,
        action="interview_slot.removed",
        subject_type="interview_slot",
        subject_id=slot.id,
        detail={"vacancy": slot.vacancy_id, "starts_at": slot.starts_at.isoformat()},
    )
    session.delete(slot)
    session.flush()


@dataclass(frozen=True)
class BookedBy:
    """Who holds a slot, as its panel sees them: the application, its pseudonym and the name."""

    booking: InterviewBooking
    application: Application
    candidate: str  # the pseudonym
    name: str | None


@dataclass(frozen=True)
class SlotView:
    slot: InterviewSlot
    booked_by: BookedBy | None


def _booked_by(session: Session, booking: InterviewBooking) -> BookedBy:
    invitation = session.get_one(InterviewInvitation, booking.invitation_id)
    application = session.get_one(Application, invitation.application_id)
    return BookedBy(booking, application, pseudonym(application), greeting_name(session, application.user_id))


def vacancy_slots(session: Session, *, actor: User, vacancy_id: int) -> list[SlotView]:
    """The vacancy's slots, soonest first, each with who booked it (the read of names audited)."""
    vacancy = get_vacancy(session, vacancy_id)
    require_schedule(session, actor, vacancy)
    slots = list(
        session.scalars(
            select(InterviewSlot)
            .where(InterviewSlot.vacancy_id == vacancy_id)
            .order_by(InterviewSlot.starts_at, InterviewSlot.id)
        )
    )
    held = {
        b.slot_id: b
        for b in session.scalars(
            select(InterviewBooking).where(InterviewBooking.slot_id.in_([s.id for s in slots]))
        )
    }
    views = [SlotView(s, _booked_by(session, held[s.id]) if s.id in held else None) for s in slots]
    shown = [view.booked_by.application.id for view in views if view.booked_by]
    if shown:
        record(
            session,
            actor_id=actor.id,
            action="personal_data.read",
            subject_type="vacancy",
            subject_id=vacancy_id,
            reason=READ_PURPOSE,
            detail={"applications": shown},
        )
    return views


def slot_detail(slot: InterviewSlot) -> dict[str, Any]:
    """What an audit event says of a slot."""
    return {"slot": slot.id, "starts_at": slot.starts_at.isoformat()}
