"""Rendering a page: the reader's language (`<html lang>`, messages, dates and numbers), the signed-in
user for the navigation, and helpers every template may use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from jpo.geo.countries import country_name
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


def country(code: str | None) -> str:
    if not code:
        return ""
    try:
        return country_name(code)
    except KeyError:
        return code


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """`name` filled with `context` in the reader's language; `user` is who is signed in, if anyone."""
    locale = locale_of(request)

    def link(path: str) -> str:  # the language goes along, so htmx calls and links keep it
        return f"{path}{'&' if '?' in path else '?'}lang={locale}"

    helpers = {"_": translator(locale), "locale": locale, "locales": i18n.LOCALES, "link": link,
               "moment": lambda value, zone=None: i18n.moment(value, locale, zone),
               "number": lambda value: i18n.number(value, locale), "country": country,
               "user": getattr(request.state, "user", None)}  # fmt: skip
    response = templates.TemplateResponse(request, name, {**helpers, **context}, status_code=status)
    response.headers["Content-Language"] = locale
    return response
