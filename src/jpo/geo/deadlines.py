"""One way to write a deadline, on every page and document: the moment in the zone the ToR states,
named as such ("Aug 9, 2024, 11:59 PM Seoul time (Asia/Seoul)"), then in the duty station's zone when
it differs; the reader's own zone is added by the page's script when it differs again."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, get_datetime_format

from jpo.geo.zone_names import city_name, zone_city
from jpo.i18n import N_, translator

_ZONE_SUFFIX = re.compile(r"\[([^\]]+)\]$")  # RFC 9557: "2024-08-09T23:59:00+09:00[Asia/Seoul]"


@dataclass(frozen=True)
class Shown:
    """The deadline as the clock of one zone reads it."""

    when: str  # "Aug 9, 2024, 11:59 PM"
    label: str  # "Seoul time", "heure de Genève", "UTC"
    zone: str  # IANA name

    def __str__(self) -> str:
        return f"{self.when} {self.label}"


@dataclass(frozen=True)
class Deadline:
    utc: datetime
    stated: Shown  # in the zone the ToR states (else the duty station's, else UTC)
    station: Shown | None  # in the duty station's zone, when it is another clock
    station_note: str  # "duty station" when `stated` is the duty station's own zone, else ""

    @property
    def zones(self) -> tuple[str, ...]:
        return (self.stated.zone,) + ((self.station.zone,) if self.station else ())

    def text(self, locale: str = "en") -> str:
        """The whole deadline on one line, as a document writes it."""
        _ = translator(locale)
        first = f"{self.stated} ({', '.join(filter(None, (self.station_note, self.stated.zone)))})"
        if self.stated.zone == "UTC":
            first = str(self.stated)
        if self.station is None:
            return first
        return f"{first}; {self.station} ({_(N_('duty station'))})"


def wall_clock(value: datetime, locale: str) -> str:
    """A date and a time to the minute as readers of `locale` write them, on `value`'s own clock."""
    pattern = str(get_datetime_format("medium", locale=locale)).replace("'", "")
    return pattern.format(format_time(value, "short", tzinfo=value.tzinfo, locale=locale),
                          format_date(value, "medium", locale=locale))  # fmt: skip


def _contracted(text: str, locale: str) -> str:
    """French article contractions after "de": "de Abidjan" → "d’Abidjan", "de Le Caire" → "du Caire"."""
    if locale != "fr":
        return text
    text = re.sub(r"\bde Les ", "des ", re.sub(r"\bde Le ", "du ", text))
    return re.sub(r"\bde (?=[AEIOUYÂÊÎÔÛÉÈaeiouy])", "d’", text)


def zone_label(zone: str, locale: str, place: str | None = None) -> str:
    """How `locale` names a zone's clock: "Seoul time", "heure de Séoul", "UTC"; `place` names it
    instead of the zone's own city (a duty station in Geneva keeps the time of Europe/Zurich)."""
    place = place or zone_city(zone, locale)
    if not place:
        return "UTC" if zone in ("UTC", "Etc/UTC") else zone
    return _contracted(translator(locale)(N_("%(place)s time"), place=place), locale)


def _shown(utc: datetime, zone: str, locale: str, place: str | None = None) -> Shown:
    return Shown(wall_clock(utc.astimezone(ZoneInfo(zone)), locale), zone_label(zone, locale, place), zone)


def _get(document: Any, *path: str) -> Any:
    for key in path:
        document = document.get(key) if isinstance(document, Mapping) else getattr(document, key, None)
        if document is None:
            return None
    return document


def deadline(utc: datetime | str, vacancy: Any, locale: str = "en") -> Deadline:
    """`utc` (a vacancy's closing moment) written for readers of `locale`; `vacancy` is a jpo.vacancy/1
    document (JSON or model) whose `closing.timezone` and `duty_station` name the zones."""
    utc = datetime.fromisoformat(utc) if isinstance(utc, str) else utc
    utc = utc.replace(tzinfo=UTC) if utc.tzinfo is None else utc.astimezone(UTC)
    station_zone = _get(vacancy, "duty_station", "timezone")
    city = _get(vacancy, "duty_station", "city")
    place = city_name(city, _get(vacancy, "duty_station", "country"), locale) if city else None
    stated_zone = _get(vacancy, "closing", "timezone") or station_zone or "UTC"
    at_station = stated_zone == station_zone
    stated = _shown(utc, stated_zone, locale, place if at_station else None)
    note = translator(locale)(N_("duty station")) if at_station else ""
    station = None
    if station_zone and not at_station:
        shown = _shown(utc, station_zone, locale, place)
        station = shown if shown.when != stated.when else None  # another name for the same clock
    return Deadline(utc, stated, station, note)


def zoned(value: str) -> tuple[datetime, str | None]:
    """A moment written "2024-08-09T23:59:00+09:00[Asia/Seoul]" (or without its zone)."""
    found = _ZONE_SUFFIX.search(value)
    return datetime.fromisoformat(_ZONE_SUFFIX.sub("", value)), found.group(1) if found else None


def moment_text(value: str, locale: str) -> str:
    """A moment of a reason ("2024-08-09T23:59:00+09:00[Asia/Seoul]") on the clock it was stated in,
    named by its zone's city when the value names its zone: "Aug 9, 2024, 11:59 PM Seoul time"."""
    local, zone = zoned(value)
    when = wall_clock(local, locale)
    label = zone_label(zone, locale) if zone else ""
    return f"{when} {label}" if label and label != zone else when
