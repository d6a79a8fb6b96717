"""Time zones: the IANA names the tzdata package ships, and each country's first zone."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def _zones_by_country() -> dict[str, list[str]]:
    table = files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    zones: dict[str, list[str]] = {}
    for row in table.splitlines():
        if row and not row.startswith("#"):
            code, _, zone = row.split("\t")[:3]
            zones.setdefault(code, []).append(zone)
    return zones


def timezone_for_country(code: str) -> str | None:
    """The country's first zone in the IANA table (its most populous), e.g. "FI" -> "Europe/Helsinki"."""
    zones = _zones_by_country().get(code.upper())
    return zones[0] if zones else None


def sole_timezone(code: str) -> str | None:
    """The country's zone when it has only one ("BO" -> "America/La_Paz"); None for "MX", "US", "BR", …"""
    zones = _zones_by_country().get(code.upper(), [])
    return zones[0] if len(zones) == 1 else None


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(files("tzdata").joinpath("zones").read_text(encoding="utf-8").split())


def is_zone(name: str) -> bool:
    """Whether `name` is an IANA time-zone name ("Asia/Seoul", "UTC"), exactly as the database spells it;
    the same on every machine (the shipped tzdata, not the system's files)."""
    return name in _zone_names()
