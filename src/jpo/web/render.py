"""Rendering a page: the reader's language (`<html lang>`, messages, dates and numbers, names of
countries and languages, eligibility reasons), the signed-in user for the navigation, and helpers
every template may use."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date, format_time, get_datetime_format
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.units import format_unit
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import TypeAdapter, ValidationError

from jpo.contracts.eligibility import Criterion, Joiner, ReasonPhrase, ScalarKind
from jpo.eligibility.wording import spell
from jpo.geo.countries import country_name
from jpo.geo.languages import language_name
from jpo.web import i18n

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def locale_of(request: Request) -> str:
    return i18n.negotiate(request.cookies.get(i18n.COOKIE), request.query_params.get("lang"),
                          request.headers.get("accept-language"))  # fmt: skip


def translator(locale: str) -> Any:
    messages = i18n.translations(locale)

    def translate(message: str, **values: object) -> str:
        text = messages.gettext(message)
        return text % values if values else text

    return translate


@cache
def _babel(locale: str) -> Locale:
    return Locale.parse(locale)


def country(code: str | None, locale: str = i18n.DEFAULT) -> str:
    """A country's name (ISO 3166-1 alpha-2 `code`) in `locale`; else its English name; else the code."""
    if not code:
        return ""
    named = _babel(locale).territories.get(code.upper()) if locale != i18n.DEFAULT else None
    if named:
        return str(named)
    try:
        return country_name(code)
    except KeyError:
        return code


def language(code: str | None, locale: str = i18n.DEFAULT) -> str:
    """A language's name (ISO 639-1 `code`) in `locale`; else its English name; else the code."""
    if not code:
        return ""
    named = _babel(locale).languages.get(code.lower()) if locale != i18n.DEFAULT else None
    return str(named) if named else language_name(code)


def number(value: float, locale: str = i18n.DEFAULT) -> str:
    """`value` as readers of `locale` write numbers; beyond what Babel can round (about 10^26, which a
    parsed or corrected vacancy may state), in Python's own short form."""
    try:
        return str(format_decimal(value, locale=locale))
    except InvalidOperation:
        return f"{value:g}"


def _years(value: float, locale: str) -> str:
    try:
        return str(format_unit(value, "duration-year", length="long", locale=locale))
    except InvalidOperation:
        return f"{value:g}"


class ReasonWording:
    """Eligibility reasons for readers of `locale`: templates from the catalogues, numbers, dates and
    lists by Babel, countries and languages by their names in `locale`."""

    def __init__(self, locale: str):
        self.locale = locale
        self.messages = i18n.translations(locale)

    def template(self, english: str) -> str:
        return str(self.messages.gettext(english))

    def scalar(self, kind: ScalarKind, value: int | float | str) -> str:
        if isinstance(value, str):
            return self._named(kind, value)
        if kind == "years":
            return _years(value, self.locale)
        return number(value, self.locale) if kind == "number" else str(value)

    def _named(self, kind: ScalarKind, value: str) -> str:
        if kind == "date":
            return str(format_date(date.fromisoformat(value), "long", locale=self.locale))
        if kind == "moment":  # the time as the vacancy writes it, in its own zone
            local = datetime.fromisoformat(value)
            pattern = str(get_datetime_format("long", locale=self.locale)).replace("'", "")
            return pattern.format(format_time(local, "short", locale=self.locale),
                                  format_date(local, "long", locale=self.locale))  # fmt: skip
        if kind == "language":
            return language(value, self.locale)
        return country(value, self.locale) if kind == "country" else value

    def join(self, items: list[str], joiner: Joiner) -> str:
        if joiner == "clauses":  # one sentence's clauses: the later ones start in lower case ("TOEFL" stays)
            later = [item[:1].lower() + item[1:] if item[1:2].islower() else item for item in items[1:]]
            return (" ; " if self.locale == "fr" else "; ").join(items[:1] + later)
        return str(format_list(items, style="or" if joiner == "or" else "standard", locale=self.locale))


_PARTS = TypeAdapter(list[ReasonPhrase])


def reason(criterion: Criterion | Mapping[str, Any], locale: str = i18n.DEFAULT) -> str:
    """A criterion's reason (a `Criterion` or its JSON, e.g. a verdict stored with an application)
    in `locale`; in English, or marked as English, when its parts are missing or cannot be written."""
    if isinstance(criterion, Criterion):
        english, parts = criterion.reason, criterion.reason_parts
    else:
        english = str(criterion.get("reason") or "")
        try:
            parts = _PARTS.validate_python(criterion.get("reason_parts") or [])
        except ValidationError:
            parts = []
    if locale == i18n.DEFAULT:
        return english
    try:
        return spell(parts, ReasonWording(locale)) if parts else Markup('<span lang="en">%s</span>') % english
    except (KeyError, ValueError, TypeError):  # parts that do not fit their templates: a stored document
        return Markup('<span lang="en">%s</span>') % english


def see_other(
    request: Request, path: str, *, fragment: str = "", **params: str | int | None
) -> RedirectResponse:
    """The 303 after a form: `path` with `params` (None ones left out), then the page's own `?lang=`
    unless `lang` is given, then `#fragment`."""
    if "lang" not in params and request.query_params.get("lang") in i18n.LOCALES:
        params["lang"] = request.query_params["lang"]
    query = "&".join(f"{key}={value}" for key, value in params.items() if value is not None)
    return RedirectResponse(path + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else ""), 303)


def machine_time(value: datetime) -> str:
    """A `<time datetime>` value: ISO 8601 to the second (HTML refuses microseconds)."""
    return value.replace(microsecond=0).isoformat()


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """`name` filled with `context` in the reader's language; `user` is who is signed in, if anyone."""
    locale = locale_of(request)

    def link(path: str) -> str:  # the language goes along, so htmx calls and links keep it
        return f"{path}{'&' if '?' in path else '?'}lang={locale}"

    helpers = {"_": translator(locale), "locale": locale, "locales": i18n.LOCALES, "link": link,
               "moment": lambda value, zone=None: i18n.moment(value, locale, zone),
               "iso": machine_time, "number": lambda value: number(value, locale),
               "country": lambda code: country(code, locale), "language": lambda code: language(code, locale),
               "reason": lambda criterion: reason(criterion, locale),
               "user": getattr(request.state, "user", None)}  # fmt: skip
    response = templates.TemplateResponse(request, name, {**helpers, **context}, status_code=status)
    response.headers["Content-Language"] = locale
    return response
