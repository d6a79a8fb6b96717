"""The public list of vacancies: filters on indexed columns, then words matched in the document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from jpo.db.models import VacancyRow
from jpo.db.repositories import public_vacancies
from jpo.errors import InputError
from jpo.geo.countries import country_code, is_country_code
from jpo.geo.stations import station_names
from jpo.matching.text import fold


@dataclass(frozen=True)
class VacancyFilter:
    sponsor: str | None = None
    organization: str | None = None
    country: str | None = None  # of the duty station
    text: str | None = None
    open_only: bool = False


def country_of(value: str | None, *, field: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country `value` names: its name in English or French (any
    case, accents or not: "Suisse", "switzerland", "Cote d'Ivoire"), a demonym, or its code; None when
    empty. An InputError naming `field` when no country has that name."""
    typed = (value or "").strip()
    if not typed:
        return None
    code = typed.upper() if len(typed) == 2 and is_country_code(typed.upper()) else country_code(typed)
    if code is None:
        raise InputError(
            f"{field}: no country is named {typed!r}; give its name in English or French, e.g. Switzerland "
            "or Suisse",
            code="unknown-country",
            field=field,
        )
    return code


def searchable_text(document: dict[str, Any]) -> str:
    """What text search looks in: title, reference, organization, unit, the duty station under each of
    its names, duties, skills."""
    station = document.get("duty_station") or {}
    parts = [document.get(key) or "" for key in ("title", "reference", "organization", "unit")]
    if station.get("city"):
        parts += station_names(station["city"], station.get("country"))
    parts.append(station.get("country") or "")
    parts += list(document.get("duties") or []) + list(document.get("skills") or [])
    return fold(" ".join(parts))


def matches_text(document: dict[str, Any], text: str) -> bool:
    """Every word of `text` occurs in the vacancy."""
    haystack = searchable_text(document)
    return all(word in haystack for word in fold(text).split())


def list_vacancies(
    session: Session, *, where: VacancyFilter, now: datetime, limit: int, offset: int
) -> list[VacancyRow]:
    """Published vacancies matching `where`, soonest deadline first (no deadline last)."""
    rows = public_vacancies(
        session,
        sponsor=where.sponsor.upper() if where.sponsor else None,
        organization=where.organization.upper() if where.organization else None,
        country=where.country.upper() if where.country else None,
        open_after=now if where.open_only else None,
    )
    if where.text:
        rows = [row for row in rows if matches_text(row.document, where.text)]
    return rows[offset : offset + limit]
