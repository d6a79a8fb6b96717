"""Language names in English, French and Spanish, resolved to ISO 639-1 codes for a vetted set."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from jpo.geo._matcher import NameMatcher
from jpo.geo._text import read_csv, split_list
from jpo.geo.snapshot import snapshot

_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def _pycountry_names(code: str) -> Iterator[str]:
    """English names as written (capitalised), French and Spanish ones in lower case, as those
    languages write them."""
    names = snapshot()["languages"][code]
    for english, french, spanish in zip(names["en"], names["fr"], names["es"], strict=True):
        yield _PARENTHESES.sub("", english).strip()
        for translated in (french, spanish):
            yield _PARENTHESES.sub("", translated).strip().lower()


def _names() -> Iterator[tuple[str, str, bool]]:
    for row in read_csv("languages.csv"):
        code = row["code"]
        for name in (*_pycountry_names(code), *split_list(row["extra_names"])):
            yield name, code, name[:1].islower()


@cache
def _matcher() -> NameMatcher[str]:
    return NameMatcher(_names())


def language_code(name: str) -> str | None:
    """Return the ISO 639-1 code of a language named in English or French, or None."""
    found = _matcher().lookup(name)
    return found[0] if found else None


def find_languages(text: str) -> list[tuple[str, int, int]]:
    """Return `(code, start, end)` for every language named in `text`, in text order.

    English names count only when capitalised ("French", "FRENCH"); French names, which are
    written in lower case ("anglais"), count in any case. Only the languages listed in
    `data/languages.csv` are known, which keeps obscure names that are also words out.
    """
    return list(_matcher().finditer(text))


def _iso639_1() -> dict[str, str]:
    names: dict[str, str] = snapshot()["iso639_1"]
    return names


@cache
def _alpha_2() -> frozenset[str]:
    return frozenset(_iso639_1())


def is_language_code(code: str) -> bool:
    """Whether `code` is an ISO 639-1 code as written in documents: two small letters ("ko")."""
    return code in _alpha_2()


def language_codes() -> frozenset[str]:
    """Every ISO 639-1 code."""
    return _alpha_2()


@cache
def language_name(code: str) -> str:
    """The English name of an ISO 639-1 code ("ko" -> "Korean"); the code itself when unknown."""
    return _iso639_1().get(code.lower(), code)
