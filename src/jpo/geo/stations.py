"""Gazetteer of UN duty stations: look a city up by name or find the first one named in a text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from jpo.geo._matcher import NameMatcher
from jpo.geo._text import read_csv, split_list
from jpo.geo.countries import country_code


@dataclass(frozen=True, slots=True)
class DutyStation:
    """A city hosting UN offices, with its country and IANA time zone."""

    city: str  # canonical city name from the CSV
    country: str  # ISO 3166-1 alpha-2
    timezone: str  # IANA time zone name


@cache
def stations() -> tuple[DutyStation, ...]:
    """Return every known duty station, in the order of the shipped gazetteer."""
    return tuple(
        DutyStation(row["city"], row["country"], row["timezone"]) for row in read_csv("duty_stations.csv")
    )


def _names() -> Iterator[tuple[str, DutyStation, bool]]:
    aliases = (split_list(row["aliases"]) for row in read_csv("duty_stations.csv"))
    for station, others in zip(stations(), aliases, strict=True):
        for name in (station.city, *others):
            yield name, station, name[:1].islower()


@cache
def _matcher() -> NameMatcher[DutyStation]:
    return NameMatcher(_names())


def _country_code(country: str) -> str:
    if len(country) == 2:
        return country.upper()
    return country_code(country) or country


def find_station(name: str, country: str | None = None) -> DutyStation | None:
    """Return the duty station called `name` (case-, accent- and spacing-insensitive).

    A leading "the"/"la"/"le" is ignored when no station's name starts with it. When several
    stations share the name, the one in `country` (alpha-2 code or country name) is preferred.
    """
    candidates = _matcher().lookup(name)
    if not candidates:
        return None
    if country:
        code = _country_code(country)
        for station in candidates:
            if station.country == code:
                return station
    return candidates[0]


@cache
def station_names(city: str, country: str | None = None) -> tuple[str, ...]:
    """Every name the gazetteer knows for the duty station called `city` ("Geneva", "Genève", ...)."""
    station = find_station(city, country)
    if station is None:
        return (city,)
    return tuple(name for name, known, _ in _names() if known == station)


def find_station_in(text: str) -> tuple[DutyStation, int, int] | None:
    """Return the first duty station named in `text` with the `[start, end)` offsets of its name.

    Names match as whole words, the longest at a position winning ("New York City" over
    "New York"); capitalised names must keep their capitals ("GENEVA" matches, "geneva" not).
    """
    return next(_matcher().finditer(text), None)


def find_stations_in(text: str) -> list[tuple[DutyStation, int, int]]:
    """Every duty station named in `text`, in text order, with the offsets of its name."""
    return list(_matcher().finditer(text))


def timezone_for_city(name: str) -> str | None:
    """Return the IANA time zone of the duty station called `name`, or None when unknown."""
    station = find_station(name)
    return station.timezone if station is not None else None
