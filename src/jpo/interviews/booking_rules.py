"""Pure rules of interview slots and bookings: a time typed on a zone's clock as a moment (refusing the
times a change of clock skips or repeats), overlaps, and until when a slot may be booked or a booking
changed. No database, no web."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final, Literal
from zoneinfo import ZoneInfo

from jpo.geo.zones import is_zone

Mode = Literal["video", "phone", "in_person"]
MODES: Final = ("video", "phone", "in_person")
MIN_MINUTES: Final = 15
MAX_MINUTES: Final = 240
LOCATION_MAX: Final = 500
# Slots are booked, moved and cancelled online until this long before they start: the panel then knows
# its day, and a candidate is never given a time about to pass.
CUTOFF: Final = timedelta(hours=24)
# How far ahead a slot may be set: farther is a typing mistake (and years beyond any calendar's reach).
HORIZON: Final = timedelta(days=2 * 366)
FIRST_YEAR, LAST_YEAR = 2000, 2100  # a typed year outside: refused before any arithmetic on it


class ClockError(ValueError):
    """A local time that names no moment (`kind` "skipped") or two (`kind` "repeated") in its zone."""

    def __init__(self, kind: Literal["skipped", "repeated", "zone", "year"], message: str) -> None:
        super().__init__(message)
        self.kind = kind


def moment_of(local: datetime, zone: str) -> datetime:
    """The UTC moment `local` (a wall-clock time, naive) names on the clock of `zone`. ClockError when
    the zone is unknown, the year implausible, or the clock skips that time (spring forward) or reads it
    twice (fall back): a person must choose, not jpo."""
    if not is_zone(zone):
        raise ClockError("zone", f"{zone!r} is not a time zone (an IANA name such as Europe/Zurich)")
    if not FIRST_YEAR <= local.year <= LAST_YEAR:
        raise ClockError("year", f"{local.year} is not a plausible year for an interview")
    clock = ZoneInfo(zone)
    first, second = local.replace(tzinfo=clock, fold=0), local.replace(tzinfo=clock, fold=1)
    if first.utcoffset() != second.utcoffset():
        back = first.astimezone(UTC).astimezone(clock).replace(tzinfo=None)
        if back != local.replace(tzinfo=None, fold=0):
            raise ClockError(
                "skipped", f"{local:%Y-%m-%d %H:%M} does not exist in {zone}: the clock skips it"
            )
        raise ClockError("repeated", f"{local:%Y-%m-%d %H:%M} happens twice in {zone}: the clock goes back")
    return first.astimezone(UTC)


def overlaps(start: datetime, end: datetime, other_start: datetime, other_end: datetime) -> bool:
    """Whether two periods share any time (one ending as the other starts is no overlap)."""
    return start < other_end and other_start < end


def open_for_booking(starts_at: datetime, now: datetime) -> bool:
    """Whether a slot starting at `starts_at` may still be booked, or a booking on it moved or cancelled."""
    return now < starts_at - CUTOFF


def on_clock(moment: datetime, zone: str) -> datetime:
    """`moment` as the clock of `zone` reads it (UTC for an unknown zone)."""
    return moment.astimezone(ZoneInfo(zone if is_zone(zone) else "UTC"))
