"""Errors on web pages: the same problem the API would send, shown as a page in the reader's language
(friendly 403, 404, 422, 500) to browsers; API paths and non-HTML clients keep the problem document."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response

from jpo.errors import JpoError
from jpo.web import i18n
from jpo.web.auth import SignInRequiredError, to_sign_in
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, translator

Handler = Callable[[Request, Exception], Any]
# What a validation error of a form or a request says, by pydantic's error type, in words a reader can
# act on (pydantic's own messages are English only); the templates translate them.
_INVALID: dict[str, str] = {
    "missing": N_("This field is required."),
    "string_too_long": N_("This is too long."),
    "too_long": N_("This list is too long."),
    "string_too_short": N_("This is too short."),
    "too_short": N_("This list is too short."),
    "int_parsing": N_("Enter a whole number."),
    "int_type": N_("Enter a whole number."),
    "int_from_float": N_("Enter a whole number."),
    "float_parsing": N_("Enter a number."),
    "float_type": N_("Enter a number."),
    "decimal_parsing": N_("Enter a number."),
    "finite_number": N_("Enter a number."),
    "greater_than": N_("This number is too small."),
    "greater_than_equal": N_("This number is too small."),
    "less_than": N_("This number is too large."),
    "less_than_equal": N_("This number is too large."),
    "date_parsing": N_("Enter a date as YYYY-MM-DD."),
    "date_from_datetime_parsing": N_("Enter a date as YYYY-MM-DD."),
    "date_type": N_("Enter a date as YYYY-MM-DD."),
    "datetime_parsing": N_("Enter a date and a time."),
    "datetime_from_date_parsing": N_("Enter a date and a time."),
    "literal_error": N_("Choose one of the options offered."),
    "enum": N_("Choose one of the options offered."),
    "bool_parsing": N_("Answer yes or no."),
    "string_pattern_mismatch": N_("This is not written in the expected form."),
    "url_parsing": N_("Enter a web address."),
}
_NOT_VALID = N_("This value is not valid.")
# What a problem of ours means, by its stable code, for readers of another language than the detail's
# (details are English sentences with values in them; these say the same without the values).
_BY_CODE: dict[str, str] = {
    "already-applied": N_("You have already applied to this vacancy."),
    "application-limit": N_("You have already made as many applications as this programme allows this year."),
    "deadline-passed": N_("The deadline for applications has passed."),
    "past-deadline": N_("The deadline for applications has passed."),
    "no-deadline": N_("This vacancy has no deadline yet, so it cannot be published."),
    "ineligible": N_("You do not meet this vacancy's eligibility rules."),
    "incomplete-application": N_("Your application is missing a required document or letter."),
    "idempotency-key-reused": N_("This form was already sent for another vacancy. Please start again."),
    "transition-not-allowed": N_("This decision is not possible from the application's present status."),
    "blind-review": N_("Documents open once the application is shortlisted (blind review)."),
    "document-locked": N_("This document can no longer be changed."),
    "document-format": N_("This file is not in an accepted format (PDF, Word or an image)."),
    "document-limit": N_("This application already holds as many documents as it may."),
    "document-kind": N_("Choose what kind of document this is."),
    "document-item": N_("This document does not answer an item of the vacancy's list."),
    "document-empty": N_("This file is empty."),
    "too-large": N_("The file is over the size limit."),
    "unknown-country": N_("This country is not known. Write its name in English or French."),
    "too-many-attempts": N_("Too many attempts. Please wait a few minutes and try again."),
    "too-many-attempts-from-address": N_("Too many attempts. Please wait a few minutes and try again."),
    "not-found": N_("This page does not exist."),
    "forbidden": N_("You may not see this page."),
}


def field_message(error: Mapping[str, Any]) -> str:
    """What a pydantic error (one item of `ValidationError.errors()`) says to a reader, in English to be
    translated where it is shown; its own message when it is one of ours that has a translation."""
    return _INVALID.get(str(error.get("type")), _NOT_VALID)


def _detail(request: Request, error: Exception, detail: str) -> str:
    """The problem's detail in the reader's language: its translation, or the fields' messages of a
    refused request; else nothing, the headline saying what happened (never English on a French page)."""
    locale = locale_of(request)
    if locale == i18n.DEFAULT:
        return detail
    _ = translator(locale)
    if _(detail) != detail:
        return str(_(detail))
    if isinstance(error, RequestValidationError):
        return " ".join(dict.fromkeys(str(_(field_message(item))) for item in error.errors()))
    if isinstance(error, JpoError) and error.code in _BY_CODE:
        return str(_(_BY_CODE[error.code]))
    return ""


_TITLES = {
    403: N_("You may not see this page."),
    404: N_("This page does not exist."),
    422: N_("Something in the request was not right."),
    500: N_("Something went wrong on our side."),
    503: N_("The service is busy. Please try again in a moment; nothing was lost."),
}


def _wants_page(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _as_page(problem_handler: Handler) -> Handler:
    def handle(request: Request, error: Exception) -> Response:
        problem: Response = problem_handler(request, error)
        if not _wants_page(request):
            return problem
        detail = json.loads(bytes(problem.body)).get("detail", "")
        status = problem.status_code
        headline = _TITLES.get(status) or (_TITLES[500] if status >= 500 else _TITLES[422])
        context = {
            "status": status,
            "headline": headline,
            "detail": _detail(request, error, detail) if status < 500 else "",
        }
        page = render(request, "error.html", context, status=status)
        if "retry-after" in problem.headers:
            page.headers["Retry-After"] = problem.headers["retry-after"]
        return page

    return handle


def install(app: FastAPI) -> None:
    """Wrap the problem handlers installed by `jpo.api.problems`."""
    for kind in (JpoError, RequestValidationError, HTTPException, Exception):
        app.add_exception_handler(kind, _as_page(app.exception_handlers[kind]))
    app.add_exception_handler(SignInRequiredError, to_sign_in)
