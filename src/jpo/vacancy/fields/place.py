"""Where and how long: duty station (city, country, time zone), grades and duration."""

from __future__ import annotations

import re

from jpo.contracts.vacancy import DutyStation
from jpo.geo.countries import find_countries
from jpo.geo.stations import find_station, find_station_in
from jpo.vacancy.fields.context import Context, search
from jpo.vacancy.passage import Passage
from jpo.vacancy.quantities import DURATION, to_months, to_number

_GRADE = re.compile(r"\b(?P<cat>P|NO|L)\s?-?\s?(?P<n>[1-5])\b(?!\s*(?:years?|ans?|%))")
_GRADE_CONTEXT = re.compile(r"\b(?:grade|level|niveau|classe|category|cat[ée]gorie)\b", re.IGNORECASE)
_BASED_IN = re.compile(
    r"\b(?:based\s+in|duty\s+station\s+(?:is|will\s+be)|located\s+in|bas[ée]e?\s+[àa])\s+",
    re.IGNORECASE,
)
_GRADE_WORDS = ("grade", "level", "niveau", "classe", "categor", "catégor")
_DURATION_WORDS = (
    "appointment",
    "assignment",
    "contract",
    "engagement",
    "affectation",
    "contrat",
    "durée",
    "duree",
)
_BASED_WORDS = ("based", "duty station", "located", "basé")
_DURATION_CONTEXT = re.compile(
    r"\b(?:appointment|assignment|contract|engagement|affectation|contrat|dur[ée]e)\b",
    re.IGNORECASE,
)


def _station_from(value: Passage, ctx: Context) -> DutyStation | None:
    countries = find_countries(value.text)
    country = countries[-1][0] if countries else None
    found = find_station_in(value.text)
    if found:
        station, start, end = found
        if country and station.country != country:
            station = find_station(value.text[start:end], country) or station
        ctx.source("duty_station.city", value.span(start, end))
        if countries:
            ctx.source("duty_station.country", value.span(countries[-1][1], countries[-1][2]))
        return DutyStation(city=station.city, country=station.country, timezone=station.timezone)
    city = re.split(r"[,(/–-]", value.text, maxsplit=1)[0].strip()
    if country is None or not city or find_countries(city):
        return DutyStation(country=country) if country else None
    ctx.source("duty_station.city", value.span(0, len(city)))
    return DutyStation(city=city, country=country)


def duty_station(ctx: Context) -> DutyStation:
    """City, country and IANA time zone of the duty station."""
    candidates = [ctx.structure.value("duty_station")]
    candidates += [
        p.sub(m.end(), min(len(p.text), m.end() + 60))
        for p, m in search(_BASED_IN, ctx.sentences(having=_BASED_WORDS))
    ]
    for value in candidates:
        if value is not None and value.text:
            station = _station_from(value, ctx)
            if station and station.city:
                return _with_country_label(station, ctx)
    header = _header_station(ctx)
    if header is not None:
        return header
    country_value = ctx.structure.value("country")
    if country_value is not None:
        countries = find_countries(country_value.text)
        if countries:
            ctx.source("duty_station.country", country_value.span())
            return DutyStation(country=countries[0][0])
    return DutyStation()


def _header_station(ctx: Context) -> DutyStation | None:
    """A "City, Country" line among the first lines, as letterheads give the duty station."""
    for line in ctx.lines[:12]:
        found = find_station_in(line.text)
        countries = find_countries(line.text)
        if found and countries and found[0].country == countries[-1][0] and len(line.text.split()) <= 8:
            station, start, end = found
            passage = Passage(line.text, line.offsets)
            ctx.source("duty_station.city", passage.span(start, end))
            return DutyStation(city=station.city, country=station.country, timezone=station.timezone)
    return None


def _with_country_label(station: DutyStation, ctx: Context) -> DutyStation:
    """A separate "Country:" line confirms (or, for an unknown city, supplies) the country."""
    value = ctx.structure.value("country")
    if value is None or station.country:
        return station
    countries = find_countries(value.text)
    return station.model_copy(update={"country": countries[0][0]}) if countries else station


def grades(ctx: Context) -> list[str]:
    """Grades offered, e.g. ["P1", "P2"] for "P1 or P2"."""
    value = ctx.structure.value("grade")
    passages = (
        [value]
        if value is not None
        else [s for s in ctx.sentences(having=_GRADE_WORDS) if _GRADE_CONTEXT.search(s.text)]
    )
    found: list[str] = []
    for passage in passages:
        for m in _GRADE.finditer(passage.text):
            grade = f"{m.group('cat')}{m.group('n')}"
            if grade not in found:
                found.append(grade)
                ctx.source("grades", passage.span(*m.span()))
        if found:
            break
    return found


def duration_months(ctx: Context) -> int | None:
    """Length of the initial appointment in months."""
    value = ctx.structure.value("duration")
    passages = [value] if value is not None else []
    passages += [s for s in ctx.sentences(having=_DURATION_WORDS) if _DURATION_CONTEXT.search(s.text)]
    for passage in passages:
        m = DURATION.search(passage.text)
        number = to_number(m.group("number")) if m else None
        if m and number:
            ctx.source("duration_months", passage.span(*m.span()))
            return to_months(number, m.group("unit"))
    return None
