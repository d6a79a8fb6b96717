"""Reviewer pages: the vacancies to review, a vacancy's ranked and pseudonymous applications with the
evidence behind each score, decisions with their reasons, and each application's decision history; one
application's page, its letter masked and its documents closed until it is shortlisted (blind review)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from jpo.applications.documents import MEDIA_TYPES
from jpo.applications.downloads import document_download
from jpo.applications.export import csv_headers, export_applications
from jpo.applications.moves import REASON_MAX_LENGTH
from jpo.applications.ranking import undecided_criteria
from jpo.applications.review import (
    PER_PAGE,
    decide_application,
    decide_applications,
    decided_by,
    decision_history,
    review_board,
    review_table,
    vacancies_to_review,
)
from jpo.applications.staff import pseudonym, staff_application, transition_application
from jpo.applications.states import TRANSITIONS
from jpo.authz import may_see_identity
from jpo.contracts.text import Text, blank_controls, forbidden_character
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import Application, User
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.http.deps import MAX_ID, AppSettings, DbSession, Id
from jpo.vacancies.service import get_vacancy
from jpo.vacancies.steering import last_steering, weights_of
from jpo.web.auth import WebStaff
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other
from jpo.web.review_table import STAFF_TARGETS, BulkForm, parse_query, sort_link, table_link

router = APIRouter(include_in_schema=False)
PURPOSE = "ranking"  # recorded with every read of a ranking, as the API's default
EXPORT_PURPOSE = "exporting the ranked applications"  # recorded with every CSV download
REASON_MAX = REASON_MAX_LENGTH  # as the API accepts
To = Annotated[Text, Form(max_length=24)]  # a status name: no form to show again for a forged one
Reason = Annotated[str, Form(max_length=REASON_MAX)]
Decided = Annotated[int | None, Query(ge=1, le=MAX_ID)]


@dataclass
class DecisionForm:
    """What was sent for one application when it is shown again: the reason as typed, the problems."""

    application_id: int | None = None
    reason: str = ""
    errors: dict[str, str] = field(default_factory=dict)
    refused: str | None = None  # the service's message when the move is not allowed


def percent(value: float) -> int:
    """A score or weight in [0, 1] as a whole number out of 100."""
    return round(value * 100)


def spoken(candidate_text: str) -> list[tuple[str, str]]:
    """The languages evidence ("ko (native), en (fluent)") as (code, level) pairs; [] when none is spoken."""
    pairs = []
    for part in candidate_text.split(", "):
        code, _, level = part.partition(" (")
        if level.endswith(")") and len(code) == 2:
            pairs.append((code, level[:-1]))
    return pairs


@router.get("/review", response_class=HTMLResponse)
def review_home(request: Request, session: DbSession, staff: WebStaff) -> HTMLResponse:
    items = [
        {"id": item.vacancy.id, "vacancy": Vacancy.model_validate(item.vacancy.document), "row": item.vacancy,
         "counts": item.counts, "total": item.total}
        for item in vacancies_to_review(session, actor=staff)
    ]  # fmt: skip
    return render(request, "review/index.html", {"items": items})


def _ranking_page(
    request: Request, session: DbSession, staff: User, vacancy_id: int, *, bulk: BulkForm | None = None,
    done: int | None = None, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    """The table of the vacancy's applications: one page, filtered and sorted as the query string says."""
    parsed = parse_query(request.query_params)
    table = review_table(session, actor=staff, vacancy_id=vacancy_id, purpose=PURPOSE, query=parsed.query)
    locale, path = locale_of(request), f"/review/vacancies/{vacancy_id}"
    context = {"id": vacancy_id, "vacancy": Vacancy.model_validate(table.board.vacancy.document),
               "row": table.board.vacancy, "table": table, "count": len(table.board.applications),
               "values": parsed.values, "filter_errors": parsed.errors, "bulk": bulk or BulkForm(),
               "done": done, "done_to": request.query_params.get("to", ""), "percent": percent,
               "decided_by": decided_by, "statuses": list(TRANSITIONS), "targets": STAFF_TARGETS,
               "reason_max": REASON_MAX, "path": path, "weights": weights_of(table.board.vacancy),
               "steering": last_steering(session, vacancy_id),
               "may_see_identity": may_see_identity(staff, table.board.vacancy),
               "table_link": lambda **changes: table_link(path, parsed.values, locale, **changes),
               "sort_link": lambda column: sort_link(path, parsed.values, locale, column)}  # fmt: skip
    return render(request, "review/vacancy.html", context, status=status)


def _evidence_page(
    request: Request, session: DbSession, staff: User, vacancy_id: int, application_id: int, *,
    decided: bool = False, form: DecisionForm | None = None, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    """One ranked application of the vacancy: its score, evidence, decisions and the decision form."""
    board = review_board(session, actor=staff, vacancy_id=vacancy_id, purpose=PURPOSE)
    entry = next((a for a in board.applications if a.ranked.application_id == application_id), None)
    if entry is None:
        raise NotFoundError(f"application {application_id} of vacancy {vacancy_id} not found")
    application = session.get_one(Application, application_id)  # what its screening left undecided
    entry = replace(entry, undecided=undecided_criteria(application.eligibility))
    context = {"id": vacancy_id, "vacancy": Vacancy.model_validate(board.vacancy.document),
               "row": board.vacancy, "entry": entry, "decided": application_id if decided else None,
               "form": form or DecisionForm(), "percent": percent, "spoken": spoken,
               "reason_max": REASON_MAX}  # fmt: skip
    return render(request, "review/evidence.html", context, status=status)


@router.get("/review/vacancies/{vacancy_id}", response_class=HTMLResponse)
def ranking_page(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, done: Decided = None
) -> HTMLResponse:
    """The ranked applications as a table under pseudonyms (filters, sort and page in the query string);
    `done` counts the applications a bulk decision just moved."""
    return _ranking_page(request, session, staff, vacancy_id, done=done)


@router.get("/review/vacancies/{vacancy_id}/applications.csv")
def ranking_csv(vacancy_id: Id, session: DbSession, staff: WebStaff, identity: bool = False) -> Response:
    """The ranked applications as a CSV file (pseudonyms; name and e-mail only for the vacancy's
    programme admins who ask), the export audited."""
    text = export_applications(session, actor=staff, vacancy_id=vacancy_id, purpose=EXPORT_PURPOSE,
                               identity=identity)  # fmt: skip
    return Response(text, media_type="text/csv; charset=utf-8", headers=csv_headers(vacancy_id))


@router.post("/review/vacancies/{vacancy_id}/decisions", response_class=HTMLResponse)
def decide_many(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff,
    application: Annotated[list[int], Form(max_length=PER_PAGE)] = [],  # noqa: B006 (FastAPI copies it)
    to: To = "", reason: Reason = "",
) -> Response:  # fmt: skip
    """One decision with one reason on the selected applications, each its own transition; all or
    nothing (a move one of them may not make records none). Back to the table as it was filtered."""
    bulk = BulkForm(set(application), to, blank_controls(reason))
    if forbidden_character(reason):
        bulk.errors["bulk-reason"] = N_("Remove the control characters (such as NUL) from this text.")
    elif not application:
        bulk.errors["bulk-select"] = N_("Select at least one application.")
    elif to not in STAFF_TARGETS:
        bulk.errors["bulk-to"] = N_("Choose the decision to record.")
    elif not reason.strip():
        bulk.errors["bulk-reason"] = N_("Give the reason for this decision.")
    if bulk.errors:
        return _ranking_page(request, session, staff, vacancy_id, bulk=bulk, status=422)
    try:
        moved = decide_applications(session, actor=staff, vacancy_id=vacancy_id, application_ids=application,
                                    to=to, reason=reason)  # fmt: skip
    except ConflictError as error:
        bulk.refused = error.message
        return _ranking_page(request, session, staff, vacancy_id, bulk=bulk, status=409)
    kept = {key: value for key, value in parse_query(request.query_params).values.items() if value}
    return see_other(request, f"/review/vacancies/{vacancy_id}", done=len(moved), to=to, **kept,
                     lang=locale_of(request), fragment="table")  # fmt: skip


@router.get("/review/vacancies/{vacancy_id}/applications/{application_id}", response_class=HTMLResponse)
def evidence_page(
    vacancy_id: Id, application_id: Id, request: Request, session: DbSession, staff: WebStaff,
    decided: bool = False,
) -> HTMLResponse:  # fmt: skip
    """One application's place in the ranking: its score, the evidence behind it, its decisions."""
    return _evidence_page(request, session, staff, vacancy_id, application_id, decided=decided)


@router.post("/review/vacancies/{vacancy_id}/applications/{application_id}/decision",
             response_class=HTMLResponse)  # fmt: skip
def decide(
    vacancy_id: Id, application_id: Id, request: Request, session: DbSession, staff: WebStaff,
    to: To = "", reason: Reason = "",
) -> Response:  # fmt: skip
    """Move one application on with a reason (the same transition service as the API), then back to
    its evidence page; an empty reason or a refused move shows that page again with the problem."""
    form = DecisionForm(application_id, blank_controls(reason))
    again = partial(_evidence_page, request, session, staff, vacancy_id, application_id, form=form)
    if forbidden_character(reason):
        form.errors[f"reason-{application_id}"] = N_(
            "Remove the control characters (such as NUL) from this text."
        )
        return again(status=422)
    try:
        decide_application(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id, to=to,
                           reason=reason)  # fmt: skip
    except InputError:  # the only input the service refuses is a missing reason
        form.errors[f"reason-{application_id}"] = N_("Give the reason for this decision.")
        return again(status=422)
    except ConflictError as error:
        form.refused = error.message
        return again(status=409)
    back = f"/review/vacancies/{vacancy_id}/applications/{application_id}"
    return see_other(request, back, decided="true", lang=locale_of(request),
                     fragment=f"application-{application_id}")  # fmt: skip


# The reviewer's page of one application: the letter masked until shortlisting, the documents from then on.
LETTER_PURPOSE = "reading the application"  # recorded with every read of the page
DOCUMENT_PURPOSE = "reading a document of a shortlisted application"


def _application_page(
    request: Request, session: DbSession, staff: User, application_id: int, *, decided: bool = False,
    form: DecisionForm | None = None, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    view = staff_application(session, actor=staff, application_id=application_id, purpose=LETTER_PURPOSE)
    application = view.application
    row = get_vacancy(session, application.vacancy_id)
    order = list(TRANSITIONS)
    context = {"view": view, "application": application, "row": row,
               "vacancy": Vacancy.model_validate(row.document),
               "code": pseudonym(application).removeprefix("Candidate "),
               "history": decision_history(session, application_ids=[application.id]).get(application.id, []),
               "moves": sorted(view.next_statuses, key=order.index), "decided": decided,
               "form": form or DecisionForm(), "reason_max": REASON_MAX,
               "formats": {media: name.upper() for name, media in MEDIA_TYPES.items()}}  # fmt: skip
    return render(request, "review/application.html", context, status=status)


@router.get("/review/applications/{application_id}", response_class=HTMLResponse)
def application_page(
    application_id: Id, request: Request, session: DbSession, staff: WebStaff, decided: bool = False
) -> HTMLResponse:
    """One application for staff who review its vacancy (the read audited with its purpose): the letter
    with the candidate's identity masked and the documents listed but closed until it is shortlisted."""
    return _application_page(request, session, staff, application_id, decided=decided)


@router.post("/review/applications/{application_id}/decision", response_class=HTMLResponse)
def decide_on_application(
    application_id: Id, request: Request, session: DbSession, staff: WebStaff, to: To = "",
    reason: Reason = "",
) -> Response:  # fmt: skip
    """A decision taken on the application's own page, then back to it."""
    form = DecisionForm(application_id, blank_controls(reason))
    if forbidden_character(reason):
        form.errors[f"reason-{application_id}"] = N_(
            "Remove the control characters (such as NUL) from this text."
        )
        return _application_page(request, session, staff, application_id, form=form, status=422)
    try:
        transition_application(session, actor=staff, application_id=application_id, to=to, reason=reason)
    except InputError:  # the only input the service refuses is a missing reason
        form.errors[f"reason-{application_id}"] = N_("Give the reason for this decision.")
        return _application_page(request, session, staff, application_id, form=form, status=422)
    except ConflictError as error:
        form.refused = error.message
        return _application_page(request, session, staff, application_id, form=form, status=409)
    back = f"/review/applications/{application_id}"
    return see_other(request, back, decided="true", lang=locale_of(request), fragment="decision")


@router.get("/review/applications/{application_id}/documents/{document_id}")
def application_document(
    application_id: Id, document_id: Id, staff: WebStaff, session: DbSession, settings: AppSettings
) -> Response:
    """A document of a shortlisted application (before that, blind review: 403), its read audited."""
    download = document_download(
        session, viewer=staff, application_id=application_id, document_id=document_id,
        purpose=DOCUMENT_PURPOSE, data_dir=settings.data_dir,
    )  # fmt: skip
    return Response(download.content, media_type=download.media_type, headers=download.headers())
