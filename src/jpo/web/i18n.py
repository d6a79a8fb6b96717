"""Languages of the web interface: which one a request gets (`jpo.i18n` holds the catalogues), and
dates and numbers written the way its readers write them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, get_datetime_format
from babel.numbers import format_decimal

from jpo.i18n import DEFAULT, LOCALES, N_, from_accept_language, translations

__all__ = ["COOKIE", "DEFAULT", "LOCALES", "N_", "moment", "negotiate", "number", "translations"]
COOKIE = "jpo_lang"


def negotiate(cookie: str | None, query: str | None, accept_language: str | None) -> str:
    """The switch's cookie first, else `?lang=`, else Accept-Language, else English."""
    for choice in (cookie, query):
        if choice in LOCALES:
            return str(choice)
    return from_accept_language(accept_language or "") or DEFAULT


def moment(value: datetime, locale: str, zone: str | None = None) -> str:
    """A date and a time to the minute as readers of `locale` write them, in `zone` (default UTC)."""
    local = value.astimezone(ZoneInfo(zone or "UTC"))
    pattern = str(get_datetime_format("medium", locale=locale)).replace("'", "")
    return pattern.format(format_time(local, "short", tzinfo=local.tzinfo, locale=locale),
                          format_date(local, "medium", locale=locale))  # fmt: skip


def number(value: float, locale: str) -> str:
    return format_decimal(value, locale=locale)
