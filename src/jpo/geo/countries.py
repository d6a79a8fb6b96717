"""Country names, codes and demonyms in English, French and Spanish, resolved to ISO 3166-1 alpha-2."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from jpo.geo._matcher import NameMatcher
from jpo.geo._text import read_csv, split_list
from jpo.geo.snapshot import snapshot

_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_CONNECTORS = frozenset({"of", "the", "de", "du", "des", "la"})
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)

# Phrases that contain a country name or demonym without naming the country; consumed unmatched.
_NOT_COUNTRIES = (
    "Latin America",
    "Latin American",
    "North America",
    "North American",
    "South America",
    "South American",
    "Central America",
    "Central American",
    "Indian Ocean",
    "océan Indien",
    "latino-américain",
    "latino-américaine",
    "sud-américain",
    "sud-américaine",
    "nord-américain",
    "nord-américaine",
    "New Jersey",
    "New Mexico",
    "New Guinea",
    "Gulf of Guinea",
    "golfe de Guinée",
    "Guinea worm",
    "Guinea pig",
    "Maurice",
    "Dominique",
)


def _inverted(name: str) -> str | None:
    """Turn "Korea, Republic of" into "Republic of Korea" (None when not of that form)."""
    head, comma, tail = name.partition(", ")
    words = tail.split()
    if not comma or not words:
        return None
    if tail.endswith("'"):
        return tail + head
    if len(words) == 1 or words[-1].lower() in _CONNECTORS:
        return f"{tail} {head}"
    return None


def _variants(name: str) -> list[str]:
    base = _PARENTHESES.sub("", name).strip()
    inverted = _inverted(base)
    names = [name, base] if inverted is None else [name, base, inverted]
    return list(dict.fromkeys(names))


def _countries() -> dict[str, dict[str, Any]]:
    countries: dict[str, dict[str, Any]] = snapshot()["countries"]
    return countries


def _pycountry_names() -> Iterator[tuple[str, str]]:
    for code, names in _countries().items():
        for english, french, spanish in zip(names["en"], names["fr"], names["es"], strict=True):
            yield code, english
            yield code, french
            yield code, spanish


def _csv_names(file: str, column: str) -> Iterator[tuple[str, str]]:
    for row in read_csv(file):
        for name in split_list(row[column]):
            yield row["code"], name


def _names() -> Iterator[tuple[str, str | None, bool]]:
    for phrase in _NOT_COUNTRIES:
        yield phrase, None, phrase[:1].islower()
    for code, name in _pycountry_names():
        for variant in _variants(name):
            yield variant, code, variant[:1].islower()
    for code, name in (
        *_csv_names("country_aliases.csv", "aliases"),
        *_csv_names("demonyms.csv", "demonyms"),
    ):
        yield name, code, name[:1].islower()


@cache
def _matcher() -> NameMatcher[str]:
    return NameMatcher(_names(), strict_acronyms=True)


@cache
def _codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for code, names in _countries().items():
        codes[code] = code
        codes[str(names["alpha_3"])] = code
    return codes


def is_country_code(code: str) -> bool:
    """Whether `code` is an ISO 3166-1 alpha-2 code as written in documents: two capitals ("KR")."""
    return code in _alpha_2()


def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code."""
    return _alpha_2()


@cache
def _alpha_2() -> frozenset[str]:
    return frozenset(_countries())


def country_code(name: str) -> str | None:
    """Return the alpha-2 code of a country named in English or French, by code or demonym.

    Case-, accent- and spacing-insensitive; a leading "the"/"la"/"le"/"les"/"l'" is ignored.
    Codes and all-capital aliases ("US", "UK", "USA", "U.S.") count only in capitals.
    """
    code = _codes().get(name.strip())
    if code is not None:
        return code
    found = _matcher().lookup(name)
    return found[0] if found else None


def find_countries(text: str) -> list[tuple[str, int, int]]:
    """Return `(alpha2, start, end)` for every country name, alias or demonym in `text`.

    Mentions are whole words, in text order, non-overlapping, the longest winning at a
    position. Capitalised names must keep their capitals ("China", "CHINA", not "china");
    names written in lower case (French demonyms like "coréenne") match in any case.
    """
    return list(_matcher().finditer(text))


def country_name(code: str) -> str:
    """Return the English short name of the country with alpha-2 or alpha-3 `code`.

    Names are given in natural order ("KR" gives "Republic of Korea"); raises KeyError when
    the code is unknown.
    """
    wanted = _codes().get(code.strip().upper())
    if wanted is None:
        raise KeyError(code)
    name = _countries()[wanted]["en"][0]
    inverted = _inverted(name)
    return name if inverted is None else _LEADING_THE.sub("", inverted)


@cache
def _names_by_code() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for name, code, _ in _names():
        if code is not None:
            found.setdefault(code, set()).add(name)
    return {code: frozenset(names) for code, names in found.items()}


def names_of_country(code: str) -> frozenset[str]:
    """Every name, alias and demonym of the country with alpha-2 `code` in English and French, as
    `find_countries` knows them (empty for an unknown code)."""
    return _names_by_code().get(code.strip().upper(), frozenset())
