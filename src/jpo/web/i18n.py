"""Languages of the web interface: which one a request gets, its messages (Babel catalogues read from
the shipped .po files), and dates and numbers written the way its readers write them."""

from __future__ import annotations

import io
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, get_datetime_format
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

LOCALES = ("en", "fr")
DEFAULT = "en"
COOKIE = "jpo_lang"
_CATALOGUES = Path(__file__).parent / "locale"


def _from_accept_language(header: str) -> str | None:
    """The most preferred of our languages in an Accept-Language header ("fr-CH,fr;q=0.9,en;q=0.8")."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        try:
            language = Locale.parse(tag.strip().replace("-", "_")).language if tag.strip() != "*" else None
        except (ValueError, UnknownLocaleError):
            continue
        if language in LOCALES and quality > 0:
            ranked.append((-quality, position, language))
    return min(ranked)[2] if ranked else None


def N_(message: str) -> str:  # noqa: N802 - gettext's name for "translated later, where it is shown"
    """Marks an English message that a template translates; the catalogue test finds it by this name."""
    return message


def negotiate(cookie: str | None, query: str | None, accept_language: str | None) -> str:
    """The switch's cookie first, else `?lang=`, else Accept-Language, else English."""
    for choice in (cookie, query):
        if choice in LOCALES:
            return str(choice)
    return _from_accept_language(accept_language or "") or DEFAULT


def _compiled(po: Path, locale: str) -> Translations:
    with po.open("rb") as handle:
        catalogue = read_po(handle, locale=locale)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Translations(compiled)


@cache
def translations(locale: str) -> NullTranslations:
    """The messages of `locale`, compiled in memory from its .po files, one per area of the interface
    (English is the source language)."""
    files = sorted((_CATALOGUES / locale / "LC_MESSAGES").glob("*.po"))
    if locale == DEFAULT or not files:
        return NullTranslations()
    merged = _compiled(files[0], locale)
    for po in files[1:]:
        merged.merge(_compiled(po, locale))
    return merged


def moment(value: datetime, locale: str, zone: str | None = None) -> str:
    """A date and a time to the minute as readers of `locale` write them, in `zone` (default UTC)."""
    local = value.astimezone(ZoneInfo(zone or "UTC"))
    pattern = str(get_datetime_format("medium", locale=locale)).replace("'", "")
    return pattern.format(format_time(local, "short", tzinfo=local.tzinfo, locale=locale),
                          format_date(local, "medium", locale=locale))  # fmt: skip


def number(value: float, locale: str) -> str:
    return format_decimal(value, locale=locale)
