"""Country and language pickers in the reader's language: each name as `render` writes it in that
language, the list sorted as its readers expect (in French "Égypte" among the E's, not after "Zambie")."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from jpo.geo.countries import country_codes
from jpo.geo.languages import language_codes
from jpo.web.collation import collation_key
from jpo.web.render import country, language

Choices = tuple[tuple[str, str], ...]  # (code, name) pairs, in the order a picker shows them


def by_name(pairs: Iterable[tuple[str, str]]) -> Choices:
    """(code, name) pairs sorted by name."""
    return tuple(sorted(pairs, key=lambda pair: collation_key(pair[1])))


def _capitalised(name: str) -> str:
    # French writes language names in lower case ("anglais"); a list of choices starts each with a capital
    return name[:1].upper() + name[1:]


@cache
def country_choices(locale: str) -> Choices:
    """Every country (ISO 3166-1 alpha-2) named in `locale`, sorted by name."""
    return by_name((code, country(code, locale)) for code in country_codes())


@cache
def language_choices(locale: str) -> Choices:
    """Every language (ISO 639-1) named in `locale`, sorted by name."""
    return by_name((code, _capitalised(language(code, locale))) for code in language_codes())
