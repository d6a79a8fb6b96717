"""Reviewer pages: the vacancies to review, a vacancy's ranked and pseudonymous applications with the
evidence behind each score, decisions with their reasons, and each application's decision history."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from jpo.applications.review import RankedApplication, decide_application, review_board, vacancies_to_review
from jpo.applications.staff import REASON_MAX_LENGTH
from jpo.contracts.text import Text, blank_controls, forbidden_character
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import User
from jpo.errors import ConflictError, InputError
from jpo.http.deps import MAX_ID, DbSession, Id
from jpo.web.auth import WebStaff
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
PURPOSE = "ranking"  # recorded with every read of a ranking, as the API's default
REASON_MAX = REASON_MAX_LENGTH  # as the API accepts
To = Annotated[Text, Form(max_length=24)]  # a status name: no form to show again for a forged one
Reason = Annotated[str, Form(max_length=REASON_MAX)]
Decided = Annotated[int | None, Query(ge=1, le=MAX_ID)]
GROUPS = (  # eligibility of a ranked application -> the section it is listed in, in this order
    (True, "eligible", N_("Eligible")),
    (None, "undecided", N_("Not decided by the screening")),
    (False, "ineligible", N_("Ineligible")),
)


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


def _grouped(applications: list[RankedApplication]) -> list[dict[str, Any]]:
    return [
        {"key": key, "title": title, "entries": [a for a in applications if a.ranked.eligible is eligible]}
        for eligible, key, title in GROUPS
    ]


def _ranking_page(
    request: Request, session: DbSession, staff: User, vacancy_id: int, *, decided: int | None = None,
    form: DecisionForm | None = None, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    board = review_board(session, actor=staff, vacancy_id=vacancy_id, purpose=PURPOSE)
    vacancy = Vacancy.model_validate(board.vacancy.document)
    context = {"id": vacancy_id, "vacancy": vacancy, "row": board.vacancy,
               "groups": _grouped(board.applications), "count": len(board.applications), "decided": decided,
               "form": form or DecisionForm(), "percent": percent, "spoken": spoken,
               "reason_max": REASON_MAX}  # fmt: skip
    return render(request, "review/vacancy.html", context, status=status)


@router.get("/review/vacancies/{vacancy_id}", response_class=HTMLResponse)
def ranking_page(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, decided: Decided = None
) -> HTMLResponse:
    """The ranking under pseudonyms; `decided` names the application whose decision was just recorded."""
    return _ranking_page(request, session, staff, vacancy_id, decided=decided)


@router.post("/review/vacancies/{vacancy_id}/applications/{application_id}/decision",
             response_class=HTMLResponse)  # fmt: skip
def decide(
    vacancy_id: Id, application_id: Id, request: Request, session: DbSession, staff: WebStaff,
    to: To = "", reason: Reason = "",
) -> Response:  # fmt: skip
    """Move one application on with a reason (the same transition service as the API), then back to
    the ranking at that application; an empty reason or a refused move shows the ranking again."""
    form = DecisionForm(application_id, blank_controls(reason))
    if forbidden_character(reason):
        form.errors[f"reason-{application_id}"] = N_(
            "Remove the control characters (such as NUL) from this text."
        )
        return _ranking_page(request, session, staff, vacancy_id, form=form, status=422)
    try:
        decide_application(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id, to=to,
                           reason=reason)  # fmt: skip
    except InputError:  # the only input the service refuses is a missing reason
        form.errors[f"reason-{application_id}"] = N_("Give the reason for this decision.")
        return _ranking_page(request, session, staff, vacancy_id, form=form, status=422)
    except ConflictError as error:
        form.refused = error.message
        return _ranking_page(request, session, staff, vacancy_id, form=form, status=409)
    back = f"/review/vacancies/{vacancy_id}"
    return see_other(request, back, decided=application_id, lang=locale_of(request),
                     fragment=f"application-{application_id}")  # fmt: skip
