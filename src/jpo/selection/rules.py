"""The offer's rules, pure: the limits of its terms, the reply-by moment read on a zone's clock, and
whether an offer is still open at a moment (an open offer past its reply-by date has lapsed)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final, Literal
from zoneinfo import ZoneInfo

CONDITIONS_MAX: Final = 10_000  # characters of an offer's conditions
STATION_MAX: Final = 200  # the duty station as the offer writes it
GRADE_MAX: Final = 32  # "P-2, step 1"
DECLINE_REASON_MAX: Final = 2_000  # the candidate's optional reason for declining
# Applications of a vacancy holding its one selection: selected, confirmed, offered (one at a time).
PENDING: Final = frozenset({"selected", "confirmed", "offered"})
OfferStatus = Literal["open", "accepted", "declined", "lapsed"]


def on_zone_clock(moment: datetime, zone: str) -> datetime:
    """`moment` as an aware UTC datetime: a naive one is read on the clock of `zone`. ValueError when that
    clock skips the time (a change of hour) or repeats it (ambiguous)."""
    if moment.tzinfo is not None:
        return moment.astimezone(UTC)
    tz = ZoneInfo(zone)
    first, second = moment.replace(tzinfo=tz, fold=0), moment.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        raise ValueError("time-repeated")
    if first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != moment:
        raise ValueError("time-skipped")
    return first.astimezone(UTC)


def effective_status(status: str, reply_by: datetime, now: datetime) -> str:
    """An offer's status at `now`: an open one whose reply-by moment has come has lapsed."""
    return "lapsed" if status == "open" and now >= reply_by else status
