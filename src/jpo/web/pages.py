"""Public pages: the list of vacancies, a vacancy, and the "Am I eligible?" self-check (no account)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from jpo.contracts.profile import Profile
from jpo.contracts.text import blank_controls, forbidden_character
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import VacancyRow
from jpo.eligibility import check
from jpo.http.deps import DbSession, Id, Now
from jpo.vacancies.search import VacancyFilter, list_vacancies
from jpo.vacancies.service import visible_vacancy
from jpo.web import i18n
from jpo.web.auth import WebViewer
from jpo.web.i18n import N_
from jpo.web.render import render

router = APIRouter(include_in_schema=False)
UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
_NO_CONTROLS = N_("The search holds a control character (such as NUL); remove it and search again.")


def _language_options(vacancy: Vacancy) -> list[str]:
    """The codes of the six UN languages and of any other the vacancy asks for (the page names them in
    the reader's language)."""
    asked = [code for group in vacancy.languages.required for code in group] + vacancy.languages.desirable
    return list(dict.fromkeys([*UN_LANGUAGES, *asked]))


def _deadline(row: VacancyRow, now: datetime) -> dict[str, Any]:
    """The vacancy's closing moment (UTC) and whether it is still taking applications."""
    closing = row.closing_utc.astimezone(UTC) if row.closing_utc else None
    return {"closing": closing, "open": closing is None or closing > now}


def _vacancy_context(row: VacancyRow, now: datetime, **more: Any) -> dict[str, Any]:
    """What the vacancy page shows, with the self-check's form, verdict and error in `more`."""
    vacancy = Vacancy.model_validate(row.document)
    context = {"id": row.id, "vacancy": vacancy, "languages": _language_options(vacancy), "form": {},
               "verdict": None, "error": None}  # fmt: skip
    return {**context, **_deadline(row, now), **more}


@router.get("/", response_class=HTMLResponse)
def vacancy_list(
    request: Request,
    session: DbSession,
    now: Now,
    viewer: WebViewer,
    sponsor: Annotated[str | None, Query(max_length=2)] = None,
    organization: Annotated[str | None, Query(max_length=64)] = None,
    country: Annotated[str | None, Query(max_length=2)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    open: bool = False,
) -> HTMLResponse:
    typed = {"sponsor": sponsor, "organization": organization, "country": country, "text": q}
    if any(forbidden_character(value or "") for value in typed.values()):  # NUL and the like: no search
        shown = VacancyFilter(**{key: blank_controls(value or "") or None for key, value in typed.items()},
                              open_only=open)  # fmt: skip
        context = {"items": [], "where": shown, "now": now, "error": _NO_CONTROLS}
        return render(request, "vacancies/list.html", context, status=422)
    where = VacancyFilter(**{key: value or None for key, value in typed.items()}, open_only=open)
    rows = list_vacancies(session, where=where, now=now, limit=200, offset=0)
    items = [{"id": r.id, "vacancy": Vacancy.model_validate(r.document), **_deadline(r, now)} for r in rows]
    return render(request, "vacancies/list.html", {"items": items, "where": where, "now": now, "error": None})


@router.get("/vacancies/{vacancy_id}", response_class=HTMLResponse)
def vacancy_page(
    vacancy_id: Id, request: Request, session: DbSession, now: Now, viewer: WebViewer
) -> HTMLResponse:
    row = visible_vacancy(session, viewer=viewer, vacancy_id=vacancy_id)
    return render(request, "vacancies/page.html", _vacancy_context(row, now))


def _self_check_profile(form: dict[str, str], languages: list[str], today: date) -> Profile:
    education = []
    if form.get("degree"):
        completed = f"{form['degree_year']}-07-01" if form.get("degree_year") else None
        education.append(
            {"level": form["degree"], "completed": completed, "enrolled": form.get("enrolled") == "yes"}
        )
    experience = []
    years = float(form.get("experience_years") or 0)
    if years > 0:
        start = today - timedelta(days=round(min(years, 60) * 365))  # the request's clock, as the check's
        experience.append({"start": start.isoformat(), "end": None, "full_time": True})
    return Profile.model_validate({
        "birth_date": form.get("birth_date") or None,
        "nationalities": [form["nationality"]] if form.get("nationality") else None,
        "education": education, "experience": experience,
        "languages": [{"code": code, "level": "fluent"} for code in languages],
    })  # fmt: skip


@router.post("/vacancies/{vacancy_id}/check", response_class=HTMLResponse)
def self_check(
    vacancy_id: Id,
    request: Request,
    session: DbSession,
    now: Now,
    viewer: WebViewer,
    nationality: Annotated[str, Form(max_length=2)] = "",
    birth_date: Annotated[str, Form(max_length=10)] = "",
    degree: Annotated[str, Form(max_length=16)] = "",
    degree_year: Annotated[str, Form(max_length=4)] = "",
    enrolled: Annotated[str, Form(max_length=3)] = "",
    experience_years: Annotated[str, Form(max_length=4)] = "",
    languages: Annotated[list[str] | None, Form()] = None,
) -> HTMLResponse:
    """Each criterion with its reason; nothing typed here is stored."""
    row = visible_vacancy(session, viewer=viewer, vacancy_id=vacancy_id)
    vacancy = Vacancy.model_validate(row.document)
    form = {"nationality": nationality.upper(), "birth_date": birth_date, "degree": degree,
            "degree_year": degree_year, "enrolled": enrolled,
            "experience_years": experience_years}  # fmt: skip
    error, verdict = None, None
    try:
        verdict = check(_self_check_profile(form, languages or [], now.date()), vacancy, on=now)
    except (ValidationError, ValueError):
        error = N_("Please check the dates and numbers you entered.")
    context = _vacancy_context(row, now, form={**form, "languages": languages or []}, verdict=verdict,
                               error=error)  # fmt: skip
    name = "vacancies/_check.html" if request.headers.get("hx-request") else "vacancies/page.html"
    return render(request, name, context, status=422 if error else 200)


@router.get("/language/{locale}")
def switch_language(locale: str, request: Request) -> Response:
    """Remember the reader's language in a cookie and go back to where they were."""
    back = request.headers.get("referer") or "/"
    if not back.startswith(str(request.base_url)):
        back = "/"  # never redirect off the site
    response = RedirectResponse(back, status_code=303)
    if locale in i18n.LOCALES:
        response.set_cookie(i18n.COOKIE, locale, max_age=365 * 24 * 3600, samesite="lax")
    return response
