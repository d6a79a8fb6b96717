"""Time-zone words of deadlines ("KST", "CET", "GMT+2", "Paris time") resolved to IANA names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from jpo.geo.countries import country_code
from jpo.geo.stations import timezone_for_city
from jpo.geo.zones import timezone_for_country

# Abbreviations and names, with the zone used when the duty station's own zone does not use them.
ABBREVIATIONS: dict[str, str] = {
    "KST": "Asia/Seoul", "JST": "Asia/Tokyo", "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "MEZ": "Europe/Berlin", "HEC": "Europe/Paris", "EET": "Europe/Athens", "EEST": "Europe/Athens",
    "WET": "Europe/Lisbon", "BST": "Europe/London", "EST": "America/New_York",
    "EDT": "America/New_York", "ET": "America/New_York", "CST": "America/Chicago",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "EAT": "Africa/Nairobi",
    "CAT": "Africa/Maputo", "WAT": "Africa/Lagos", "SAST": "Africa/Johannesburg",
    "IST": "Asia/Kolkata", "ICT": "Asia/Bangkok", "WIB": "Asia/Jakarta", "PHT": "Asia/Manila",
    "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong", "MSK": "Europe/Moscow",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "NZST": "Pacific/Auckland",
    "GMT": "Etc/GMT", "UTC": "Etc/UTC", "Z": "Etc/UTC",
}  # fmt: skip
NAMES: dict[str, str] = {
    "central european time": "CET", "central european summer time": "CEST",
    "eastern european time": "EET", "western european time": "WET",
    "eastern time": "ET", "eastern standard time": "EST", "east africa time": "EAT",
    "east african time": "EAT", "central africa time": "CAT", "west africa time": "WAT",
    "korea standard time": "KST", "korean standard time": "KST", "japan standard time": "JST",
    "greenwich mean time": "GMT", "coordinated universal time": "UTC",
    "heure d'europe centrale": "CET", "heure normale d'europe centrale": "CET",
    "temps universel coordonné": "UTC", "hora de europa central": "CET",
    "hora central europea": "CET", "tiempo universal coordinado": "UTC", "hora del este": "ET",
    "hora peninsular española": "Europe/Madrid", "hora peninsular espanola": "Europe/Madrid",
    "hora peninsular": "Europe/Madrid",
}  # fmt: skip

_OFFSET = r"(?P<sign>[+\-−–])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?"
_ABBREVIATION_WORDS = "|".join(sorted((a for a in ABBREVIATIONS if len(a) > 1), key=len, reverse=True))
_NAME_WORDS = "|".join(sorted(NAMES, key=len, reverse=True))
ZONE = re.compile(
    # a zone's name or abbreviation, its city in brackets: "Eastern Time (Washington, D.C.)", "CET (Geneva)"
    rf"\b(?:(?P<zone_br>{_NAME_WORDS}|{_ABBREVIATION_WORDS})\s*\((?=[^)]*[a-z])"
    rf"(?P<city_br>(?-i:[A-ZÀ-Ý])[\w'’.]*\w(?:,?\s+(?-i:[A-ZÀ-Ý])[\w'’.]*\w){{0,2}})(?=\.?\))"
    rf"|(?P<base>GMT|UTC)\s*(?:{_OFFSET})?"
    rf"|(?P<abbr>{_ABBREVIATION_WORDS})"
    rf"|(?P<name>{_NAME_WORDS})"
    # (not the hour's "p.m.": "5:00 p.m. Eastern Time")
    r"|(?<![\w.])(?P<city>(?![ap]\.m\.)[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+)?)\s+(?:local\s+)?time"
    r"|heure\s+(?:locale\s+)?(?:de\s+|d['’]\s*|des\s+|du\s+)(?P<city_fr>[A-ZÀ-Ý][\w'’-]+(?:[\s-][A-ZÀ-Ý][\w'’-]+)?)"
    # "hora de la Ciudad de México", "hora de Nueva York", "hora de los Países Bajos"
    r"|hora\s+(?:local\s+)?(?:de\s+|del\s+|en\s+)(?:la\s+|los\s+|las\s+)?(?P<city_es>[A-ZÀ-Ý][\w'’-]+(?:[\s-](?:de\s+)?[A-ZÀ-Ý][\w'’-]+)?)"
    r"|(?:heure|hora)\s+(?P<national>[a-zà-ÿ]{4,}))\b",  # "heure belge", "hora colombiana"
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Zone:
    """A deadline's zone: its IANA name, and the words that named it."""

    name: str
    start: int
    end: int
    by_place: bool = False  # named by a city or country ("Bonn time"), not by an abbreviation


def _offset_zone(m: re.Match[str]) -> str | None:
    if not m.group("sign"):
        return ABBREVIATIONS[m.group("base").upper()]
    hours, minutes = int(m.group("oh")), int(m.group("om") or 0)
    if minutes or hours > 14:
        return None
    sign = "-" if m.group("sign") == "+" else "+"  # POSIX-style Etc names invert the sign
    return f"Etc/GMT{sign}{hours}" if hours else "Etc/GMT"


def _uses(zone: str, abbreviation: str, on: datetime) -> bool:
    names = {ZoneInfo(zone).tzname(on.replace(month=1)), ZoneInfo(zone).tzname(on.replace(month=7))}
    return abbreviation in names or (abbreviation == "ET" and zone == "America/New_York")


def _abbreviation_zone(abbr: str, station_zone: str | None, on: datetime) -> str:
    if station_zone and _uses(station_zone, abbr, on):
        return station_zone
    return ABBREVIATIONS[abbr]


def _same_offset(zone: str, other: str | None, on: datetime) -> bool:
    if other is None:
        return False
    return on.replace(tzinfo=ZoneInfo(zone)).utcoffset() == on.replace(tzinfo=ZoneInfo(other)).utcoffset()


def _named_zone(words: str, station_zone: str | None, on: datetime) -> str | None:
    """The zone an abbreviation ("CEST", written in capitals) or a zone's name ("Eastern Time") stands for."""
    if words.upper() in ABBREVIATIONS:
        return _abbreviation_zone(words, station_zone, on) if words.isupper() else None
    named = NAMES[words.casefold()]  # an abbreviation, or a zone when the name is a country's
    return named if "/" in named else _abbreviation_zone(named, station_zone, on)


def _resolve(m: re.Match[str], station_zone: str | None, on: datetime) -> str | None:
    if m.group("base"):
        zone = _offset_zone(m)
        # "GMT+2" in Geneva in June is Geneva's own time: name the duty station's zone then
        return station_zone if zone and _same_offset(zone, station_zone, on) and m.group("sign") else zone
    if m.group("city_br"):  # the city's zone, else the zone the words name ("CET (Bol)")
        return timezone_for_city(m.group("city_br")) or _named_zone(m.group("zone_br"), station_zone, on)
    if m.group("abbr") or m.group("name"):
        return _named_zone(m.group("abbr") or m.group("name"), station_zone, on)
    place = m.group("city") or m.group("city_fr") or m.group("city_es") or m.group("national") or ""
    place = _KIND_OF_TIME.sub("", place)  # "Myanmar Standard Time": the country's zone
    return _place_zone(place) or _place_zone(place.split()[-1]) if place else None


_KIND_OF_TIME = re.compile(r"\s+(?:standard|daylight|summer)$", re.IGNORECASE)


def _place_zone(place: str) -> str | None:
    """ "Paris time", "New York time", or a country: "Finnish time", "heure de Suisse"."""
    zone = timezone_for_city(place)
    if zone is None:
        country = country_code(place)
        zone = timezone_for_country(country) if country else None
    return zone


def _by_place(m: re.Match[str]) -> bool:
    return not (m.group("base") or m.group("abbr"))


def find_zone(text: str, station_zone: str | None, on: datetime) -> Zone | None:
    """The time zone named in `text`: a place's time ("12:00 CEST (Dutch time)") over an abbreviation,
    else the first; abbreviations prefer the duty station's own zone."""
    found = [(m, name) for m in ZONE.finditer(text) if (name := _resolve(m, station_zone, on))]
    if not found:
        return None
    m, name = next((pair for pair in found if _by_place(pair[0])), found[0])
    place = any(m.group(group) for group in ("city", "city_fr", "city_es", "national", "city_br"))
    return Zone(name, m.start(), m.end(), by_place=place)
