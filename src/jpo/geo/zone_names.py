"""Places in the reader's language: a duty station's city and a time zone's city.

A city that names an IANA zone ("Asia/Seoul") has its name in every language in CLDR, read through
Babel (its "exemplar city": Séoul, Le Caire, Varsovie). The other duty stations whose French name
differs from the English one are listed in `data/duty_stations_fr.csv`: the names the French-language
pages of the United Nations use (UNTERM, un.org/fr), which are also those of the French Wikipedia's
articles; two rows (Tripoli, Almaty) override a CLDR form meant for zone lists ("Tripoli (Libye)",
"Alma Ata").
"""

from __future__ import annotations

from functools import cache

from babel import Locale
from babel.dates import get_timezone, get_timezone_location

from jpo.geo._text import read_csv
from jpo.geo.countries import country_name
from jpo.geo.stations import find_station

ENGLISH = "en"


@cache
def _french_names() -> dict[str, str]:
    return {row["city"]: row["fr"] for row in read_csv("duty_stations_fr.csv")}


@cache
def zone_city(zone: str, locale: str = ENGLISH) -> str | None:
    """The city a zone is named after, in `locale` ("Asia/Seoul" → "Séoul"); None for "UTC", "Etc/…"
    and names Babel does not know."""
    if zone == "UTC" or zone.startswith("Etc/") or "/" not in zone:
        return None
    try:
        return str(get_timezone_location(get_timezone(zone), locale=locale, return_city=True))
    except LookupError:
        return None


@cache
def city_name(city: str, country: str | None = None, locale: str = ENGLISH) -> str:
    """A duty station's name in `locale` ("Geneva" → "Genève"); the name as given when the gazetteer
    does not know the city or the language has no other name for it."""
    if locale == ENGLISH or not city:
        return city
    station = find_station(city, country)
    if station is None:
        return city
    if locale == "fr" and station.city in _french_names():
        return _french_names()[station.city]
    if zone_city(station.timezone) == station.city:  # the city names its zone: CLDR knows it
        return zone_city(station.timezone, locale) or city
    return city


@cache
def country_in(code: str, locale: str = ENGLISH) -> str:
    """A country's name (ISO 3166-1 alpha-2) in `locale` from CLDR, else its English name, else the code."""
    named = Locale.parse(locale).territories.get(code.upper()) if locale != ENGLISH else None
    if named:
        return str(named)
    try:
        return country_name(code)
    except KeyError:
        return code
