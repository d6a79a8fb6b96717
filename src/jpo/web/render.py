"""Rendering a page: the reader's language (`<html lang>`, messages, dates and numbers, names of
countries and languages, eligibility reasons), the signed-in user for the navigation, and helpers
every template may use."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.units import format_unit
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import TypeAdapter, ValidationError

from jpo.applications import reasons
from jpo.contracts.eligibility import Criterion, Joiner, ReasonPhrase, ScalarKind
from jpo.eligibility.wording import English, spell
from jpo.geo.deadlines import deadline, moment_text
from jpo.geo.languages import language_name
from jpo.geo.zone_names import city_name, country_in
from jpo.matching.requirements import EXPERIENCE_IN
from jpo.web import i18n
from jpo.web.collation import collate
from jpo.web.i18n import N_

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.filters["collate"] = collate  # names in the order readers of English and French expect


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
    return country_in(code, locale) if code else ""


def language(code: str | None, locale: str = i18n.DEFAULT) -> str:
    """A language's name (ISO 639-1 `code`) in `locale`; else its English name; else the code."""
    if not code:
        return ""
    named = _babel(locale).languages.get(code.lower()) if locale != i18n.DEFAULT else None
    return str(named) if named else language_name(code)


def number(value: float, locale: str = i18n.DEFAULT, places: int | None = None) -> str:
    """`value` as readers of `locale` write numbers, with exactly `places` decimals if given (0.400,
    not 0.4); beyond what Babel can round (about 10^26, which a parsed or corrected vacancy may state),
    in Python's own short form."""
    pattern = None if places is None else "#,##0" + ("." + "0" * places if places else "")
    try:
        return str(format_decimal(value, format=pattern, locale=locale))
    except InvalidOperation:
        return f"{value:g}"


def _pattern(template: str) -> re.Pattern[str]:
    """A reason template ("Offer {offer} made.") as a pattern that captures each of its numbers."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>\\d+)" for i, p in enumerate(parts)))


# jpo's own reasons (`applications.reasons`), each with the message pages show in the reader's language.
_REASONS: dict[re.Pattern[str], str] = {
    _pattern(reasons.ASSESSMENT_MARKED): N_("The written assessment was marked."),
    _pattern(reasons.INTERVIEW_SCORED): N_("Every panel member scored the interview (%(sheets)s sheets)."),
    _pattern(reasons.OFFER_MADE): N_("Offer %(offer)s made."),
    _pattern(reasons.OFFER_LAPSED): N_("The offer lapsed: no answer by its reply-by date."),
}


def decision_reason(text: str, locale: str) -> str:
    """A decision's reason: a person's as they wrote it, one jpo wrote in the reader's language."""
    for pattern, message in _REASONS.items():
        if found := pattern.fullmatch(text):
            return str(i18n.translations(locale).gettext(message) % found.groupdict())
    return text


def requirement(text: str, locale: str) -> str:
    """A requirement the ranking quotes: the ToR's own words, or the one it writes itself, translated."""
    if text.startswith(EXPERIENCE_IN):
        areas = text.removeprefix(EXPERIENCE_IN)
        message = i18n.translations(locale).gettext("Professional experience in %(areas)s")
        return str(message % {"areas": areas})
    return text


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
        if kind == "moment":  # the time as the vacancy writes it, on its own clock, named
            return moment_text(value, self.locale)
        if kind == "language":
            return language(value, self.locale)
        return country(value, self.locale) if kind == "country" else value

    def join(self, items: list[str], joiner: Joiner) -> str:
        if joiner == "clauses":  # one sentence's clauses: the later ones start in lower case ("TOEFL" stays)
            later = [item[:1].lower() + item[1:] if item[1:2].islower() else item for item in items[1:]]
            return (" ; " if self.locale == "fr" else "; ").join(items[:1] + later)
        return str(format_list(items, style="or" if joiner == "or" else "standard", locale=self.locale))


class _EnglishPage(English):
    """Reasons on an English page: the `reason` field's words, with its deadline's clock named."""

    def scalar(self, kind: ScalarKind, value: int | float | str) -> str:
        return (
            moment_text(value, i18n.DEFAULT)
            if kind == "moment" and isinstance(value, str)
            else super().scalar(kind, value)
        )


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
    if locale == i18n.DEFAULT and not parts:
        return english
    try:
        return (
            spell(parts, _EnglishPage() if locale == i18n.DEFAULT else ReasonWording(locale))
            if parts
            else Markup('<span lang="en">%s</span>') % english
        )
    except (KeyError, ValueError, TypeError):  # parts that do not fit their templates: a stored document
        return Markup('<span lang="en">%s</span>') % english


# The parser's warnings (jpo.vacancy: `ctx.warn`) are English sentences stored in the vacancy; each
# form the parser writes is read back here into its values and written from a catalogue template.
_WARNINGS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"the text says born (?P<relation>.+?) (?P<day>\S+), which sets a minimum age, not a maximum; "
            r"the birth-date rule was not used"
        ),
        N_(
            "the text says born %(relation)s %(day)s, which sets a minimum age, not a maximum; "
            "the birth-date rule was not used"
        ),
    ),
    (
        re.compile(
            r"age (?P<age>\S+) on (?P<day>\S+) admits people born on or after (?P<implied>\S+), but the "
            r"text gives (?P<given>\S+)"
        ),
        N_("age %(age)s on %(day)s admits people born on or after %(implied)s, but the text gives %(given)s"),
    ),
    (
        re.compile(
            r"the text gives more than one age limit \((?P<kept>\d+) and (?P<others>[\d, ]+)\); kept \d+, "
            r"check which applies"
        ),
        N_(
            "the text gives more than one age limit (%(kept)s and %(others)s); kept %(kept)s, "
            "check which applies"
        ),
    ),
    (
        re.compile(
            r"the text gives more than one cap on applications \((?P<kept>\d+) and (?P<others>[\d, ]+)\); "
            r"kept \d+, check which applies"
        ),
        N_(
            "the text gives more than one cap on applications (%(kept)s and %(others)s); kept %(kept)s, "
            "check which applies"
        ),
    ),
    (
        re.compile(
            r"the text allows (?P<n>\d+) applications per round and holds (?P<rounds>\d+) rounds a year"
        ),
        N_("the text allows %(n)s applications per round and holds %(rounds)s rounds a year"),
    ),
    (
        re.compile(r"the text allows (?P<n>\d+) applications per round and holds several rounds a year"),
        N_("the text allows %(n)s applications per round and holds several rounds a year"),
    ),
    (
        re.compile(r"the closing date (?P<day>\S+) is not a year from (?P<first>\d+) to (?P<last>\d+)"),
        N_("the closing date %(day)s is not a year from %(first)s to %(last)s"),
    ),
    (
        re.compile(r"different closing dates are stated: (?P<days>.+)"),
        N_("different closing dates are stated: %(days)s"),
    ),
    (
        re.compile(r"the deadline names no time zone; assumed the duty station's \((?P<zone>[^)]+)\)"),
        N_("the deadline names no time zone; assumed the duty station's (%(zone)s)"),
    ),
    (
        re.compile(r"the programme asks for (?P<programme>.+) but the post asks for (?P<post>.+)"),
        N_("the programme asks for %(programme)s but the post asks for %(post)s"),
    ),
    (
        re.compile(r"the sponsor (?P<sponsor>\S+) is not among the nationalities admitted"),
        N_("the sponsor %(sponsor)s is not among the nationalities admitted"),
    ),
]
_WARNING_PARTS = [
    N_("no closing date found"),
    N_("the closing date names no time zone"),
    N_(" and the duty station is unknown"),
    N_("the deadline gives no time of day; taken as the end of that day"),
    N_("no title found"),
    N_("no organization found"),
    N_("no duty station found"),
    N_("no sponsor country found"),
    N_("no minimum level found"),
    N_("no duties found"),
    N_("no required language found"),
    N_("the age limit gives no reference date; age is judged on the day of evaluation"),
]
_RELATIONS = {
    "before": N_("before"),
    "on or before": N_("on or before"),
    "after": N_("after"),
    "on or after": N_("on or after"),
    "not before": N_("on or after"),
    "later than": N_("after"),
}
_DEGREES = re.compile(r"(?P<level>[a-z_]+) \+ (?P<years>[\d.]+) years")


def _degrees(text: str, translate: Any) -> str:
    """ "master + 0 years or bachelor + 2 years" in the reader's words."""
    parts = [translate(N_("%(level)s + %(years)s years"), level=translate(m["level"]), years=m["years"])
             for m in _DEGREES.finditer(text)]  # fmt: skip
    return f" {translate(N_('or'))} ".join(parts) if parts else text


def parser_warning(message: str, locale: str = i18n.DEFAULT) -> str:
    """A parser's warning in `locale`; marked as English when it is not a form the parser writes."""
    if locale == i18n.DEFAULT:
        return message
    translate = translator(locale)
    if message in _WARNING_PARTS or message.removesuffix(_WARNING_PARTS[2]) in _WARNING_PARTS:
        known = message.removesuffix(_WARNING_PARTS[2])
        return str(translate(known)) + (str(translate(_WARNING_PARTS[2])) if known != message else "")
    for pattern, template in _WARNINGS:
        found = pattern.fullmatch(message)
        if found:
            values = found.groupdict()
            if "relation" in values:
                values["relation"] = translate(
                    _RELATIONS.get(values["relation"].casefold(), values["relation"])
                )
            for key in ("programme", "post"):
                if key in values:
                    values[key] = _degrees(values[key], translate)
            return str(translate(template, **values))
    return Markup('<span lang="en">%s</span>') % message


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
               "iso": machine_time, "number": lambda value, places=None: number(value, locale, places),
               "country": lambda code: country(code, locale), "language": lambda code: language(code, locale),
               "reason": lambda criterion: reason(criterion, locale),
               "deadline_of": lambda utc, vacancy: deadline(utc, vacancy, locale),
               "parser_warning": lambda message: parser_warning(message, locale),
               "city": lambda name, code=None: city_name(name, code, locale) if name else "",
               "requirement": lambda text: requirement(text, locale),
               "decision_reason": lambda text: decision_reason(text, locale),
               "user": getattr(request.state, "user", None)}  # fmt: skip
    response = templates.TemplateResponse(request, name, {**helpers, **context}, status_code=status)
    response.headers["Content-Language"] = locale
    return response
