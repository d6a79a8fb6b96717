"""Programme admin pages: upload a ToR, review it beside its source, edit, publish;
a per-vacancy dashboard."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from jpo.applications.dashboard import vacancy_dashboard
from jpo.applications.moves import REASON_MAX_LENGTH
from jpo.contracts.text import forbidden_character
from jpo.contracts.vacancy import VacancyEdit
from jpo.db.models import User, VacancyRow
from jpo.db.session import is_writing
from jpo.errors import ConflictError, ForbiddenError, InputError, JpoError, TooLargeError
from jpo.geo.languages import language_name
from jpo.geo.zones import is_zone
from jpo.http.deps import AppSettings, DbSession, Id, Now, reads_first
from jpo.http.uploads import UploadedForm, read_capped
from jpo.matching.rank import CRITERIA
from jpo.matching.steering import WeightsError
from jpo.settings import Settings
from jpo.vacancies.checklists import replace_checklist
from jpo.vacancies.review import (
    corrected_fields,
    excerpt,
    managed_vacancy,
    segments,
    source_text,
    vacancies_of_admin,
)
from jpo.vacancies.search import country_of
from jpo.vacancies.service import close_vacancy, draft_vacancy, edit_vacancy, publish_vacancy
from jpo.vacancies.steering import set_ranking_weights, weights_of
from jpo.vacancy.extract import SUFFIXES
from jpo.web.admin_list import filtered, list_filter, sponsors_of
from jpo.web.auth import WebAdmin
from jpo.web.checklist_form import checklist_context, read_checklist
from jpo.web.errors import field_message
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
MAX_FIELD = 20_000  # characters in one form field; a ToR's longest list is far shorter
_NOT_A_ZONE = N_("Use a time-zone name such as Europe/Zurich or Asia/Seoul.")
_COUNTRY_HINT = N_("Its name or its two-letter code, e.g. Switzerland or CH.")
_NO_COUNTRY = N_("Give the country's name (English or French) or its code, e.g. Switzerland or CH.")
_DONE = {"saved": N_("Your corrections are saved."), "published": N_("The vacancy is published."),
         "closed": N_("The vacancy is closed."), "unchanged": N_("Nothing was changed."),
         "published-saved": N_("Your corrections are saved and the vacancy is published."),
         "closed-saved": N_("Your corrections are saved and the vacancy is closed.")}  # fmt: skip


class _InvalidError(ValueError):
    """A form value that cannot be read; `message` (English, translated on the page) says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Spec:
    """One field of the review form: its input `name`, its dotted `path` in jpo.vacancy/1, its kind."""

    name: str
    path: str
    kind: str
    label: str
    hint: str = ""


GROUPS: list[tuple[str, list[Spec]]] = [
    (N_("The post"), [
        Spec("title", "title", "text", N_("Title")),
        Spec("reference", "reference", "text", N_("Reference")),
        Spec("organization", "organization", "text", N_("Organization")),
        Spec("unit", "unit", "text", N_("Unit")),
        Spec("duty_station_city", "duty_station.city", "text", N_("Duty station (city)")),
        Spec("duty_station_country", "duty_station.country", "country", N_("Duty station country"),
             _COUNTRY_HINT),
        Spec("duty_station_timezone", "duty_station.timezone", "zone", N_("Duty station time zone"),
             N_("An IANA name, e.g. Europe/Zurich or Asia/Seoul.")),
        Spec("grades", "grades", "words", N_("Grades"), N_("Separated by commas, e.g. P1, P2.")),
        Spec("duration_months", "duration_months", "int", N_("Duration (months)")),
        Spec("sponsor_country", "sponsor_country", "country", N_("Sponsor country"), _COUNTRY_HINT),
    ]),
    (N_("Deadline"), [Spec("closing", "closing", "closing", N_("Deadline (local time)"))]),
    (N_("Requirements"), [
        Spec("languages_required", "languages.required", "language_groups", N_("Required languages"),
             N_("Codes; “;” between languages that are all required, “/” between alternatives: "
                "“en/fr; ko” is English or French, and Korean.")),
        Spec("languages_desirable", "languages.desirable", "languages", N_("Desirable languages"),
             N_("Codes separated by commas, e.g. es, pt.")),
        Spec("education_minimum_level", "education.minimum_level", "level", N_("Minimum degree")),
        Spec("education_alternative", "education.alternative", "fixed", N_("Alternative to the degree")),
        Spec("education_fields", "education.fields", "lines", N_("Fields of study"), N_("One per line.")),
        Spec("education_enrolled_accepted", "education.enrolled_accepted", "flag",
             N_("Being enrolled in such a degree also qualifies")),
        Spec("education_graduated_within_months", "education.graduated_within_months", "int",
             N_("Degree obtained within the last (months)")),
        Spec("experience_min_years", "experience.min_years", "number", N_("Minimum years of experience")),
        Spec("experience_preferred", "experience.preferred", "flag", N_("Experience is only preferred")),
        Spec("experience_fields", "experience.fields", "lines", N_("Fields of experience"),
             N_("One per line.")),
    ]),
    (N_("Programme rules"), [
        Spec("eligibility_nationalities", "eligibility.nationalities", "countries",
             N_("Nationalities admitted"),
             N_("Country names or codes separated by commas, e.g. Republic of Korea, CH.")),
        Spec("eligibility_max_age", "eligibility.max_age", "int", N_("Maximum age")),
        Spec("eligibility_age_reference_date", "eligibility.age_reference_date", "date",
             N_("Age counted on")),
        Spec("eligibility_born_on_or_after", "eligibility.born_on_or_after", "date", N_("Born on or after")),
        Spec("eligibility_military_service_required", "eligibility.military_service_required", "maybe",
             N_("Military service must be completed")),
        Spec("eligibility_military_service_extension", "eligibility.military_service_extension", "fixed",
             N_("Age limit extended for military service")),
        Spec("eligibility_language_tests", "eligibility.language_tests", "fixed", N_("Language tests")),
        Spec("eligibility_test_validity_months", "eligibility.test_validity_months", "int",
             N_("Test scores valid for (months)")),
        Spec("eligibility_max_applications_per_year", "eligibility.max_applications_per_year", "int",
             N_("Applications allowed per year")),
        Spec("eligibility_excludes_former_jpo", "eligibility.excludes_former_jpo", "maybe",
             N_("Former JPOs are excluded")),
        Spec("eligibility_degree_experience", "eligibility.degree_experience", "fixed",
             N_("Degree and experience alternatives")),
    ]),
    (N_("Lists"), [
        Spec("duties", "duties", "lines", N_("Duties"), N_("One per line.")),
        Spec("competencies", "competencies", "lines", N_("Competencies"), N_("One per line.")),
        Spec("learning_elements", "learning_elements", "lines", N_("Learning elements"), N_("One per line.")),
        Spec("required_documents", "required_documents", "lines", N_("Required documents"),
             N_("One per line.")),
        Spec("skills", "skills", "lines", N_("Skills"), N_("One per line.")),
    ]),
]  # fmt: skip
SPECS = [spec for _, specs in GROUPS for spec in specs]
EDITABLE = [spec for spec in SPECS if spec.kind not in ("fixed", "closing")]


# Reading the form: each kind of field from its text, raising _InvalidError with the reason.


def _split(value: str, separators: str = r"[,\s]+") -> list[str]:
    return [part for part in re.split(separators, value.strip()) if part]


def _country(name: str) -> str:
    """A country by its name (English or French, accents folded) or its two-letter code."""
    try:
        code = country_of(name, field="country")
    except InputError:
        code = None
    if code is None:
        raise _InvalidError(_NO_COUNTRY)
    return code


def _language(code: str) -> str:
    if not re.fullmatch(r"[a-z]{2}", code.lower()) or language_name(code) == code:
        raise _InvalidError(N_("Use two-letter language codes, e.g. en, fr, ko."))
    return code.lower()


def _zone(value: str) -> str | None:
    if not value.strip():
        return None
    if not is_zone(value.strip()):
        raise _InvalidError(_NOT_A_ZONE)
    return value.strip()


def _whole(value: str) -> int | None:
    if not value.strip():
        return None
    if not (value.strip().isdecimal() and len(value.strip()) <= 5) or int(value) > 10_000:
        raise _InvalidError(N_("Enter a whole number, e.g. 12."))
    return int(value)


def _number(value: str) -> int | float | None:
    if not value.strip():
        return None
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        number = -1.0
    if not 0 <= number <= 100:
        raise _InvalidError(N_("Enter a number of years, e.g. 2 or 1.5."))
    return int(number) if number.is_integer() else number


def _day(value: str) -> str | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise _InvalidError(N_("Enter a date as YYYY-MM-DD.")) from None


def _choice(options: dict[str, Any]) -> Callable[[str], Any]:
    def read(value: str) -> Any:
        if value not in options:
            raise _InvalidError(N_("Choose one of the options."))
        return options[value]

    return read


READ: dict[str, Callable[[str], Any]] = {
    "text": lambda v: v.strip() or None,
    "country": lambda v: _country(v.strip()) if v.strip() else None,
    "countries": lambda v: [_country(name) for name in _split(v, r"\s*[,;]\s*")],
    "languages": lambda v: [_language(code) for code in _split(v)],
    "language_groups": lambda v: [
        [_language(c) for c in _split(g, r"[/\s]+")] for g in _split(v, r"\s*[;,]\s*")
    ],
    "zone": _zone,
    "words": lambda v: _split(v, r"\s*,\s*"),
    "lines": lambda v: [line.strip() for line in v.splitlines() if line.strip()],
    "int": _whole,
    "number": _number,
    "date": _day,
    "level": _choice({"": None, "bachelor": "bachelor", "master": "master", "doctorate": "doctorate"}),
    "flag": lambda v: v == "yes",
    "maybe": _choice({"": None, "yes": True, "no": False}),
}
SHOW: dict[str, Callable[[Any], str]] = {
    "countries": ", ".join, "languages": ", ".join, "words": ", ".join, "lines": "\n".join,
    "language_groups": lambda groups: "; ".join("/".join(group) for group in groups),
    "flag": lambda v: "yes" if v else "",
    "maybe": lambda v: "" if v is None else ("yes" if v else "no"),
}  # fmt: skip


def _at(document: dict[str, Any], path: str) -> Any:
    value: Any = document
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _put(changes: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for key in parents:
        changes = changes.setdefault(key, {})
    changes[last] = value


def _closing_form(closing: dict[str, Any] | None, station_zone: str | None) -> dict[str, str]:
    if not closing:
        return {"closing": "", "closing_timezone": station_zone or ""}
    local = datetime.fromisoformat(closing["local"]).strftime("%Y-%m-%dT%H:%M")
    return {"closing": local, "closing_timezone": closing.get("timezone") or ""}


def form_of(document: dict[str, Any]) -> dict[str, str]:
    """What the review form shows for a vacancy's current values."""
    form = {spec.name: SHOW.get(spec.kind, lambda v: "" if v is None else str(v))(_at(document, spec.path))
            for spec in EDITABLE}  # fmt: skip
    return form | _closing_form(document.get("closing"), _at(document, "duty_station.timezone"))


def _closing(form: dict[str, str], errors: dict[str, str]) -> dict[str, Any] | None:
    """The deadline typed (local time and its zone) as jpo.vacancy/1 writes it; None when left empty."""
    if not form.get("closing", "").strip():
        return None
    try:
        zone = _zone(form.get("closing_timezone", ""))
    except _InvalidError as problem:
        errors["closing_timezone"] = problem.message
        return None
    if zone is None:
        errors["closing_timezone"] = N_("Give the time zone the deadline is in.")
        return None
    try:
        local = datetime.fromisoformat(form["closing"].strip()).replace(
            tzinfo=ZoneInfo(zone), second=0, microsecond=0
        )
        utc = local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError):
        errors["closing"] = N_("Enter the date and time, e.g. 2025-03-31 23:59.")
        return None
    return {"utc": utc, "local": local.isoformat(), "timezone": zone, "text": None,
            "timezone_assumed": False}  # fmt: skip


def changes_of(form: dict[str, str], document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The fields whose typed value differs from the document (a partial jpo.vacancy/1), and the
    errors of the fields that cannot be read, by input name."""
    changes: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for spec in EDITABLE:
        try:
            value = READ[spec.kind](form.get(spec.name, ""))
        except _InvalidError as problem:
            errors[spec.name] = problem.message
            continue
        if value != _at(document, spec.path):
            _put(changes, spec.path, value)
    if _deadline_changed(form, document.get("closing")):
        changes["closing"] = _closing(form, errors)
    return changes, errors


def _deadline_changed(form: dict[str, str], closing: dict[str, Any] | None) -> bool:
    typed = (form.get("closing", "").strip(), form.get("closing_timezone", "").strip())
    if closing is None:
        return bool(typed[0])  # the zone alone is only the duty station's, offered as a default
    current = _closing_form(closing, None)
    return typed != (current["closing"], current["closing_timezone"])


def _input_of(path: str | None) -> str | None:
    """The input a field of jpo.vacancy/1 ("eligibility.max_age", "duties.3") is shown in, if any."""
    matches = [spec for spec in SPECS if path and (path == spec.path or path.startswith(spec.path + "."))]
    return max(matches, key=lambda spec: len(spec.path)).name if matches else None


# What the contract's refusals of an edit say on the form (others are shown in the service's words).
_REFUSED = {
    "string_too_long": N_("This is too long."),
    "too_long": N_("This list is too long."),
    "control_character": N_("Remove the control characters (such as NUL) from this text."),
    "unknown_zone": _NOT_A_ZONE,
    "moment_range": N_("Choose a deadline from the year 2000 to the year 2100."),
}


def _edit_of(changes: dict[str, Any]) -> tuple[VacancyEdit | None, dict[str, str], str | None]:
    """The changes as the contract's `VacancyEdit`, or the errors by input (and one for the page)."""
    try:
        return VacancyEdit.model_validate(changes), {}, None
    except ValidationError as invalid:
        errors: dict[str, str] = {}
        for item in invalid.errors():
            path = ".".join(str(part) for part in item["loc"])
            message = _REFUSED.get(item["type"]) or field_message(item)
            errors.setdefault(_input_of(path) or "", message)
        return None, {k: v for k, v in errors.items() if k}, errors.get("")


# Pages.


def _see(request: Request, path: str, done: str | None = None) -> RedirectResponse:
    return see_other(request, path, lang=locale_of(request), done=done)


def _upload_limit(settings: Settings) -> dict[str, Any]:
    suffixes = sorted(SUFFIXES)
    return {"max_mb": settings.max_upload_mb, "accept": ",".join(suffixes),
            "kinds": ", ".join(suffixes)}  # fmt: skip


def _list_page(
    request: Request, session: Session, admin: User, settings: Settings, status: int = 200, **upload: Any
) -> HTMLResponse:
    items, where = vacancies_of_admin(session, actor=admin), list_filter(request.query_params)
    context = {"items": filtered(items, where), "all_count": len(items), "where": where,
               "sponsors": sponsors_of(items), "admin": admin, **_upload_limit(settings),
               "errors": upload.get("errors", {}), "detail": upload.get("detail")}  # fmt: skip
    return render(request, "admin/list.html", context, status=status)


@router.get("/admin", response_class=HTMLResponse)
def vacancy_list(
    request: Request, admin: WebAdmin, session: DbSession, settings: AppSettings
) -> HTMLResponse:
    return _list_page(request, session, admin, settings)


def _upload_problem(error: JpoError) -> tuple[str, str | None]:
    """What to say beside the file control (translated) and the service's own one-line detail."""
    if isinstance(error, TooLargeError):
        return N_("The file is over the size limit."), None
    if isinstance(error, ForbiddenError):
        return N_("This ToR is for a sponsor outside your scope."), str(error)
    return N_("This file could not be read as a ToR."), str(error)


@router.post("/admin/vacancies", response_class=HTMLResponse)
@reads_first
def upload_tor(
    request: Request, admin: WebAdmin, form: UploadedForm, session: DbSession, settings: AppSettings
) -> Response:
    """A draft from the uploaded ToR, by the same service as POST /api/v1/vacancies: the form is read
    once the admin is known, and the ToR parsed before the unit of work takes the write lock."""
    file = form.get("file")
    if not isinstance(file, UploadFile) or not file.filename:
        errors = {"file": N_("Choose the ToR file to upload.")}
        return _list_page(request, session, admin, settings, 422, errors=errors)
    try:
        data = read_capped(file, settings.max_upload_bytes)
        row = draft_vacancy(session, actor=admin, filename=file.filename, data=data,
                            data_dir=settings.data_dir, max_bytes=settings.max_upload_bytes)  # fmt: skip
    except JpoError as error:
        if is_writing(session):  # refused after writing began: the unit of work rolls it all back
            raise
        message, detail = _upload_problem(error)
        return _list_page(request, session, admin, settings, error.http_status, errors={"file": message},
                          detail=detail)  # fmt: skip
    return _see(request, f"/admin/vacancies/{row.id}")


def _field_view(
    spec: Spec, document: dict[str, Any], text: str | None, corrected: set[str]
) -> dict[str, Any]:
    spans = {key: (span["start"], span["end"]) for key, span in (document.get("sources") or {}).items()
             if key == spec.path or key.startswith(spec.path + ".")}  # fmt: skip
    order = sorted(spans, key=lambda key: [int(p) if p.isdigit() else 0 for p in key.split(".")])
    found = (
        [excerpt(text, key, *spans[key], 40 if spec.kind == "lines" else 80) for key in order] if text else []
    )
    return {"spec": spec, "value": _at(document, spec.path), "excerpts": [e for e in found if e],
            "has_source": bool(spans), "corrected": spec.path.split(".")[0] in corrected,
            "confidence": _confidence(spec, document)}  # fmt: skip


def _confidence(spec: Spec, document: dict[str, Any]) -> dict[str, Any] | None:
    """How sure the parser was of this field (the least sure of its parts), in words an admin reads."""
    path = spec.path
    levels = [level for key, level in (document.get("confidence") or {}).items()
              if key == path or key.startswith(path + ".") or path.startswith(key + ".")]  # fmt: skip
    if not levels:
        return None
    level = min(levels)
    for floor, band, words in _SURENESS:
        if level >= floor:
            return {"level": level, "band": band, "words": words}
    return None


# Bands of `jpo.vacancy.confidence`'s levels, surest first.
_SURENESS = (
    (0.85, "high", N_("Read from its own label")),
    (0.7, "medium", N_("Found in the running text")),
    (0.45, "low", N_("Inferred, not stated: check it")),
    (0.0, "doubt", N_("The document says something else too: check it")),
)


def _least_sure_first(
    groups: list[tuple[str, list[dict[str, Any]]]], warned: set[str]
) -> list[tuple[str, list[dict[str, Any]]]]:
    """A first group of the fields a warning names or the parser was unsure of, least sure first; the
    other groups keep the rest in their usual order."""

    def doubtful(view: dict[str, Any]) -> bool:
        sure = view["confidence"]
        return view["spec"].name in warned or (sure is not None and sure["level"] < 0.6)

    first = sorted((v for _, views in groups for v in views if doubtful(v)),
                   key=lambda v: v["confidence"]["level"] if v["confidence"] else 0.0)  # fmt: skip
    if not first:
        return groups
    rest = [(legend, [v for v in views if not doubtful(v)]) for legend, views in groups]
    return [(N_("Fields to check first"), first), *[(legend, views) for legend, views in rest if views]]


def _warning_target(field: str) -> dict[str, str]:
    """The input a parser warning ("closing.timezone", "duty_station") points at, and its label."""
    for spec in SPECS:
        if field == spec.path or field.startswith(spec.path + ".") or spec.path.startswith(field + "."):
            return {"target": spec.name, "label": spec.label}
    return {"target": "", "label": ""}


def _review_page(
    request: Request, session: Session, settings: Settings, row: VacancyRow, status: int = 200, **more: Any
) -> HTMLResponse:
    document = row.document
    text = source_text(row, data_dir=settings.data_dir, max_bytes=settings.max_upload_bytes)
    corrected = corrected_fields(session, row.id)
    warnings = [{**w, **_warning_target(str(w.get("field", "")))} for w in document.get("warnings") or []]
    groups = _least_sure_first(
        [(legend, [_field_view(s, document, text, corrected) for s in specs]) for legend, specs in GROUPS],
        {w["target"] for w in warnings if w["target"]},
    )
    spans = {key: (span["start"], span["end"]) for key, span in (document.get("sources") or {}).items()}
    context = {"row": row, "vacancy": document, "groups": groups, "warnings": warnings,
               "segments": segments(text, spans) if text else None, "form": form_of(document), "errors": {},
               "error": None, "done": _DONE.get(request.query_params.get("done", "")),
               "unsaved": "form" in more}  # fmt: skip
    saved = _CHECKLIST_SAVED if request.query_params.get("done") == "checklist" else None
    checklist = checklist_context(row, saved)
    return render(request, "admin/review.html", {**context, **checklist, **more}, status=status)


@router.get("/admin/vacancies/{vacancy_id}", response_class=HTMLResponse)
def review(
    vacancy_id: Id, request: Request, admin: WebAdmin, session: DbSession, settings: AppSettings
) -> HTMLResponse:
    row = managed_vacancy(session, actor=admin, vacancy_id=vacancy_id)
    return _review_page(request, session, settings, row)


async def _posted(request: Request) -> dict[str, str]:
    """The review form's text fields (a value over MAX_FIELD characters is cut, then refused)."""
    form = await request.form()
    return {key: value[: MAX_FIELD + 1] for key, value in form.items() if isinstance(value, str)}


@dataclass
class _Saved:
    """What saving the review form did: the changes made, or the errors by input and for the page."""

    changes: dict[str, Any]
    errors: dict[str, str]
    error: str | None = None
    status: int = 422

    @property
    def refused(self) -> bool:
        return bool(self.errors or self.error)


def _save_form(session: Session, admin: User, row: VacancyRow, form: dict[str, str]) -> _Saved:
    """The corrections typed, through the same service as PATCH /api/v1/vacancies/{id} (audited), in a
    savepoint: a refused correction leaves the vacancy as it was."""
    changes, errors = changes_of(form, row.document)
    errors |= {key: N_("This is too long.") for key, value in form.items() if len(value) > MAX_FIELD}
    errors |= {
        key: _REFUSED["control_character"] for key, value in form.items() if forbidden_character(value)
    }
    edit, invalid, error = _edit_of(changes) if not errors else (None, {}, None)
    saved = _Saved(changes, errors | invalid, error)
    if edit is not None and changes:
        try:
            with session.begin_nested():
                edit_vacancy(session, actor=admin, vacancy_id=row.id, changes=edit)
        except (InputError, ForbiddenError) as refused:
            field = "sponsor_country" if isinstance(refused, ForbiddenError) else _input_of(refused.field)
            saved.errors, saved.error = ({field: str(refused)}, None) if field else ({}, str(refused))
        except ConflictError as refused:
            saved.error, saved.status = str(refused), refused.http_status
    return saved


@router.post("/admin/vacancies/{vacancy_id}", response_class=HTMLResponse)
def correct(
    vacancy_id: Id,
    request: Request,
    admin: WebAdmin,
    session: DbSession,
    settings: AppSettings,
    form: Annotated[dict[str, str], Depends(_posted)],
) -> Response:
    """The corrections typed, through the same service as PATCH /api/v1/vacancies/{id} (audited)."""
    row = managed_vacancy(session, actor=admin, vacancy_id=vacancy_id)
    saved = _save_form(session, admin, row, form)
    if saved.refused:
        return _review_page(request, session, settings, row, saved.status, form=form, errors=saved.errors,
                            error=saved.error)  # fmt: skip
    return _see(request, f"/admin/vacancies/{vacancy_id}", "saved" if saved.changes else "unchanged")


_REFUSALS = {  # the services' refusals of a move, in words the page translates
    "no-deadline": N_("Set the deadline before publishing: candidates must know when the post closes."),
    "past-deadline": N_("The deadline has passed: set a later one before publishing."),
    "conflict": N_("This cannot be done to the vacancy in its present status."),
}
_FORM_KEYS = frozenset({"confirm"})  # the confirmation step's own inputs, not fields of the vacancy


def _changed_labels(changes: dict[str, Any]) -> list[str]:
    """The labels (English, translated on the page) of the fields a save would change, in form order."""

    def changed(path: str) -> bool:
        value: Any = changes
        for key in path.split("."):
            if not isinstance(value, dict) or key not in value:
                return False
            value = value[key]
        return True

    return [spec.label for spec in SPECS if changed(spec.path)]


def _move(
    request: Request, session: Session, settings: Settings, admin: User, vacancy_id: int,
    mover: Callable[..., VacancyRow], done: str, form: dict[str, str],
) -> Response:  # fmt: skip
    """Publish or close with the review form's values: the pending corrections are saved first, in the
    same savepoint (so a refusal of either keeps neither). Without `confirm=yes`, a dry run: the
    confirmation page says what will happen, or the form comes back with what stops it."""
    row = managed_vacancy(session, actor=admin, vacancy_id=vacancy_id)
    fields = {key: value for key, value in form.items() if key not in _FORM_KEYS}
    step = form.get("confirm", "")
    if step == "back":  # "keep editing": the form again with what was typed, nothing saved
        return _review_page(request, session, settings, row, form=fields)
    editable = row.status != "closed" and any(spec.name in fields for spec in EDITABLE)
    savepoint = session.begin_nested()
    saved = _save_form(session, admin, row, fields) if editable else _Saved({}, {})
    refusal = None
    if not saved.refused:
        try:
            mover(session, actor=admin, vacancy_id=vacancy_id)
        except (ConflictError, InputError) as refused:
            refusal = refused
    if saved.refused or refusal is not None or step != "yes":
        savepoint.rollback()
        session.expire(row)
    else:
        savepoint.commit()
        return _see(request, f"/admin/vacancies/{vacancy_id}", f"{done}-saved" if saved.changes else done)
    kept = {"form": fields} if editable else {}  # what was typed stays in the form
    if saved.refused:
        return _review_page(request, session, settings, row, saved.status, errors=saved.errors,
                            error=saved.error, **kept)  # fmt: skip
    if refusal is not None:
        error = _REFUSALS.get(refusal.code, str(refusal))
        return _review_page(request, session, settings, row, refusal.http_status, error=error, **kept)
    context = {"row": row, "vacancy": row.document, "action": done, "fields": fields,
               "changed": _changed_labels(saved.changes)}  # fmt: skip
    return render(request, "admin/confirm.html", context)


@router.post("/admin/vacancies/{vacancy_id}/publish", response_class=HTMLResponse)
def publish(
    vacancy_id: Id,
    request: Request,
    admin: WebAdmin,
    session: DbSession,
    settings: AppSettings,
    now: Now,
    form: Annotated[dict[str, str], Depends(_posted)],
) -> Response:
    """Make the draft public with the corrections still in the form (the same services as PATCH and
    POST /api/v1/vacancies/{id}/publish), once the admin has confirmed."""
    mover = partial(publish_vacancy, now=now)
    return _move(request, session, settings, admin, vacancy_id, mover, "published", form)


@router.post("/admin/vacancies/{vacancy_id}/close", response_class=HTMLResponse)
def close(
    vacancy_id: Id,
    request: Request,
    admin: WebAdmin,
    session: DbSession,
    settings: AppSettings,
    form: Annotated[dict[str, str], Depends(_posted)],
) -> Response:
    """Stop taking applications (the same service as POST /api/v1/vacancies/{id}/close), saving the
    corrections still in the form first, once the admin has confirmed."""
    return _move(request, session, settings, admin, vacancy_id, close_vacancy, "closed", form)


_WEIGHT_ERRORS = {
    "number": N_("Write each weight as a number from 0 to 1."),
    "range": N_("Each weight is from 0 to 1."),
    "missing": N_("Write each weight as a number from 0 to 1."),
    "unknown": N_("Write each weight as a number from 0 to 1."),
    "too_few": N_("At least two criteria must count: give at least two of them a weight above 0."),
    "too_heavy": N_("One criterion would make more than 70 % of the score: lower it or raise the others."),
}
_REASON_ERROR = N_("Say why the weights change (at most 4,000 characters, no control characters).")
_WEIGHTS_SAVED = N_("The ranking's weights are saved. Every ranking of this vacancy uses them from now on.")


def _dashboard(
    request: Request, session: Session, admin: User, vacancy_id: int, *, typed: dict[str, str] | None = None,
    error: tuple[str, str] | None = None, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    numbers = vacancy_dashboard(session, actor=admin, vacancy_id=vacancy_id)
    weights = weights_of(numbers.vacancy)
    shown = typed or {name: f"{value:g}" for name, value in weights.weights.items()}
    context = {"d": numbers, "vacancy": numbers.vacancy.document, "scale": max(numbers.screened, 1),
               "weights": weights, "typed": shown, "weights_error": error, "reason_max": REASON_MAX_LENGTH,
               "notice": _WEIGHTS_SAVED if request.query_params.get("weights") else None}  # fmt: skip
    return render(request, "admin/dashboard.html", context, status)


@router.get("/admin/vacancies/{vacancy_id}/dashboard", response_class=HTMLResponse)
def dashboard(vacancy_id: Id, request: Request, admin: WebAdmin, session: DbSession) -> HTMLResponse:
    return _dashboard(request, session, admin, vacancy_id)


@router.post("/admin/vacancies/{vacancy_id}/ranking-weights", response_class=HTMLResponse)
async def steer_ranking(vacancy_id: Id, request: Request, admin: WebAdmin, session: DbSession) -> Response:
    """Set the vacancy's criterion weights (or, with `reset`, return to the shipped ones), with a reason."""
    form = await request.form()
    typed = {name: str(form.get(name) or "")[:32] for name in CRITERIA}
    reason = str(form.get("reason") or "")[: REASON_MAX_LENGTH + 1]
    try:
        weights = None if form.get("reset") else {name: _weight(name, typed[name]) for name in CRITERIA}
        set_ranking_weights(session, actor=admin, vacancy_id=vacancy_id, weights=weights, reason=reason)
    except InputError as error:
        return _dashboard(request, session, admin, vacancy_id, typed=typed, error=_refusal(error), status=422)
    return see_other(
        request, f"/admin/vacancies/{vacancy_id}/dashboard", fragment="weights-title", weights="saved"
    )


def _refusal(error: InputError) -> tuple[str, str]:
    """What the page says of a refusal, and beside which criterion: the bound the weights broke (the
    WeightsError the refusal was raised from), else what the reason must be."""
    bound = error.__cause__
    if isinstance(bound, WeightsError) and bound.code in _WEIGHT_ERRORS:
        return _WEIGHT_ERRORS[bound.code], bound.criterion or ""
    return _REASON_ERROR, ""


def _weight(name: str, text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        bound = WeightsError(f"weights: {name} must be a number", "number", name)
        raise InputError(str(bound), field=f"weights.number.{name}") from bound


# --- the document checklist (admin/_checklist.html) ---------------------------------------------------

_CHECKLIST_SAVED = N_("The document checklist is confirmed. Candidates are held to it from now on.")


async def _posted_lists(request: Request) -> dict[str, list[str]]:
    """The checklist form's fields, each with all its values (ticked conditions come as several)."""
    form = await request.form()
    values: dict[str, list[str]] = {}
    for key, value in form.multi_items():
        if isinstance(value, str):
            values.setdefault(key, []).append(value[: MAX_FIELD + 1])
    return values


@router.post("/admin/vacancies/{vacancy_id}/checklist", response_class=HTMLResponse)
def save_checklist(
    vacancy_id: Id,
    request: Request,
    admin: WebAdmin,
    session: DbSession,
    settings: AppSettings,
    form: Annotated[dict[str, list[str]], Depends(_posted_lists)],
) -> Response:
    """Confirm the checklist as shown or edited, through the same service as PUT
    /api/v1/vacancies/{id}/checklist (audited)."""
    row = managed_vacancy(session, actor=admin, vacancy_id=vacancy_id)
    checklist, rows, errors = read_checklist(form)
    error, status = None, 422
    if checklist is not None:
        try:
            replace_checklist(session, actor=admin, vacancy_id=row.id, checklist=checklist)
            return see_other(request, f"/admin/vacancies/{row.id}", lang=locale_of(request), done="checklist",
                             fragment="checklist-title")  # fmt: skip
        except ConflictError as refused:
            error, status = _REFUSALS["conflict"], refused.http_status
    letter = (form.get("motivation_letter") or ["optional"])[0]
    shown = checklist_context(row, rows=rows, errors=errors, error=error, letter=letter)
    return _review_page(request, session, settings, row, status, **shown)
