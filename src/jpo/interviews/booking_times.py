"""An interview's time as people read it, in their language: the day spelled out, the time on a named
clock ("Tuesday, January 12, 2027, 10:00 AM Geneva time"), the duty station's clock named by its city.
Pages and e-mails both write times with these."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from babel.dates import format_date, format_time, get_datetime_format

from jpo.geo.deadlines import zone_label
from jpo.geo.zone_names import city_name
from jpo.interviews.booking_rules import on_clock


def station_place(document: Mapping[str, Any] | None, locale: str) -> str | None:
    """The duty station's city in `locale`, which names its clock."""
    station = (document or {}).get("duty_station") or {}
    city = station.get("city")
    return city_name(city, station.get("country"), locale) if isinstance(city, str) and city else None


def day_and_time(moment: datetime, zone: str, locale: str) -> str:
    """The weekday, date and time on `zone`'s clock: "Tuesday, January 12, 2027, 10:00 AM"."""
    local = on_clock(moment, zone)
    pattern = str(get_datetime_format("medium", locale=locale)).replace("'", "")
    return pattern.format(
        format_time(local, "short", tzinfo=local.tzinfo, locale=locale),
        format_date(local, "full", locale=locale),
    )


def time_of_day(moment: datetime, zone: str, locale: str) -> str:
    """The time alone on `zone`'s clock: "10:45 AM"."""
    local = on_clock(moment, zone)
    return str(format_time(local, "short", tzinfo=local.tzinfo, locale=locale))


def clock_name(zone: str, locale: str, *, station_zone: str | None = None, place: str | None = None) -> str:
    """How `locale` names `zone`'s clock; the duty station's zone by the station's city (`place`)."""
    return zone_label(zone, locale, place if zone == station_zone else None)


def on_named_clock(
    moment: datetime, zone: str, locale: str, *, station_zone: str | None = None, place: str | None = None
) -> str:
    """ "Tuesday, January 12, 2027, 10:00 AM Geneva time"."""
    clock = clock_name(zone, locale, station_zone=station_zone, place=place)
    return f"{day_and_time(moment, zone, locale)} {clock}"
