"""Public pages: the list of vacancies, a vacancy, and the "Am I eligible?" self-check (no account)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from jpo.contracts.text import blank_controls, forbidden_character
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import VacancyRow
from jpo.db.session import start_writing
from jpo.eligibility.engine import Screening
from jpo.errors import InputError
from jpo.geo.countries import country_codes
from jpo.http.deps import DbSession, Id, Now
from jpo.vacancies.search import VacancyFilter, country_of, list_vacancies
from jpo.vacancies.service import visible_vacancy
from jpo.web import i18n
from jpo.web.auth import WebViewer
from jpo.web.i18n import N_
from jpo.web.render import render
from jpo.web.self_check import FIELDS, UNKNOWN_COUNTRY, AnswerError, languages_of, profile_of, questions

router = APIRouter(include_in_schema=False)
UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
_NO_CONTROLS = N_("The search holds a control character (such as NUL); remove it and search again.")
_NO_CONTROLS_CHECK = N_("An answer holds a control character (such as NUL); remove it and check again.")


def _deadline(row: VacancyRow, now: datetime) -> dict[str, Any]:
    """The vacancy's closing moment (UTC), whether it is still taking applications, and whether an admin
    closed it (before its deadline, or after)."""
    closing = row.closing_utc.astimezone(UTC) if row.closing_utc else None
    closed = row.status == "closed"
    return {"closing": closing, "closed": closed, "open": not closed and (closing is None or closing > now)}


def _vacancy_context(row: VacancyRow, now: datetime, **more: Any) -> dict[str, Any]:
    """What the vacancy page shows, with the self-check's form, verdict and error in `more`."""
    vacancy = Vacancy.model_validate(row.document)
    asked = questions(Screening(vacancy, now).rules)
    context = {"id": row.id, "vacancy": vacancy, "languages": languages_of(vacancy, UN_LANGUAGES),
               "form": {}, "verdict": None, "error": None, "errors": {}, "asked": asked,
               "country_codes": sorted(country_codes())}  # fmt: skip
    return {**context, **_deadline(row, now), **more}


def _countries(typed: dict[str, str | None]) -> tuple[dict[str, str | None], dict[str, str]]:
    """The filters with their country names as ISO codes, and what could not be read, by filter."""
    where, errors = dict(typed), {}
    for key in ("sponsor", "country"):
        try:
            where[key] = country_of(typed[key], field=key)
        except InputError:
            where[key], errors[key] = None, UNKNOWN_COUNTRY
    return where, errors


@router.get("/", response_class=HTMLResponse)
def vacancy_list(
    request: Request,
    session: DbSession,
    now: Now,
    viewer: WebViewer,
    sponsor: Annotated[str | None, Query(max_length=64)] = None,
    organization: Annotated[str | None, Query(max_length=64)] = None,
    country: Annotated[str | None, Query(max_length=64)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    open: bool = False,
) -> HTMLResponse:
    """Published vacancies; the countries are typed by name (either language) or picked from the list."""
    typed = {"sponsor": sponsor, "organization": organization, "country": country, "text": q}
    context: dict[str, Any] = {"items": [], "now": now, "error": None, "errors": {}, "typed": typed,
                               "country_codes": sorted(country_codes())}  # fmt: skip
    if any(forbidden_character(value or "") for value in typed.values()):  # NUL and the like: no search
        shown = VacancyFilter(**{key: blank_controls(value or "") or None for key, value in typed.items()},
                              open_only=open)  # fmt: skip
        context |= {"where": shown, "error": _NO_CONTROLS, "typed": asdict(shown)}
        return render(request, "vacancies/list.html", context, status=422)
    resolved, errors = _countries(typed)
    where = VacancyFilter(**{key: value or None for key, value in resolved.items()}, open_only=open)
    if errors:
        context |= {"where": where, "errors": errors, "error": next(iter(errors.values()))}
        return render(request, "vacancies/list.html", context, status=422)
    rows = list_vacancies(session, where=where, now=now, limit=200, offset=0)
    items = [{"id": r.id, "vacancy": Vacancy.model_validate(r.document), **_deadline(r, now)} for r in rows]
    return render(request, "vacancies/list.html", context | {"items": items, "where": where})


@router.get("/vacancies/{vacancy_id}", response_class=HTMLResponse)
def vacancy_page(
    vacancy_id: Id, request: Request, session: DbSession, now: Now, viewer: WebViewer
) -> HTMLResponse:
    row = visible_vacancy(session, viewer=viewer, vacancy_id=vacancy_id)
    return render(request, "vacancies/page.html", _vacancy_context(row, now))


async def _answers(request: Request) -> tuple[dict[str, str], list[str]]:
    """The self-check's answers (each cut to 64 characters) and the languages ticked."""
    form = await request.form()
    answers = {key: str(form.get(key) or "")[:64] for key in FIELDS}
    languages = [str(code)[:8] for code in form.getlist("languages")][:20]
    return answers, languages


@router.post("/vacancies/{vacancy_id}/check", response_class=HTMLResponse)
def self_check(
    vacancy_id: Id,
    request: Request,
    session: DbSession,
    now: Now,
    viewer: WebViewer,
    answers: Annotated[tuple[dict[str, str], list[str]], Depends(_answers)],
) -> HTMLResponse:
    """Each criterion with its reason; nothing typed here is stored. Unanswered questions are unknown."""
    row = visible_vacancy(session, viewer=viewer, vacancy_id=vacancy_id)
    vacancy = Vacancy.model_validate(row.document)
    screening = Screening(vacancy, now)
    form, languages = answers
    error, errors, verdict = None, {}, None
    if any(forbidden_character(value) for value in [*form.values(), *languages]):
        error = _NO_CONTROLS_CHECK
        form = {key: blank_controls(value) for key, value in form.items()}
    else:
        try:
            verdict = screening.check(profile_of(form, languages, questions(screening.rules), now.date()))
        except AnswerError as problem:
            error, errors = problem.message, {problem.field: problem.message}
    context = _vacancy_context(row, now, form={**form, "languages": languages}, verdict=verdict,
                               error=error, errors=errors)  # fmt: skip
    name = "vacancies/_check.html" if request.headers.get("hx-request") else "vacancies/page.html"
    return render(request, name, context, status=422 if error else 200)


@router.get("/language/{locale}")
def switch_language(locale: str, request: Request, viewer: WebViewer, session: DbSession) -> Response:
    """Remember the reader's language in a cookie and go back to where they were; a signed-in reader's
    e-mails follow it from now on."""
    back = request.headers.get("referer") or "/"
    if not back.startswith(str(request.base_url)):
        back = "/"  # never redirect off the site
    response = RedirectResponse(back, status_code=303)
    if locale in i18n.LOCALES:
        response.set_cookie(i18n.COOKIE, locale, max_age=365 * 24 * 3600, samesite="lax")
        if viewer is not None and viewer.locale != locale:
            start_writing(session)
            viewer.locale = locale
    return response
