"""Equality monitoring pages: a candidate's self-identification (optional, apart from the profile) and a
vacancy's fairness audit, stage by stage, for the admins who manage it."""

from __future__ import annotations

from typing import Any, Final

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from jpo.errors import InputError
from jpo.fairness.categories import CATEGORIES
from jpo.http.deps import DbSession, Id, Now
from jpo.monitoring.audits import vacancy_fairness
from jpo.monitoring.self_id import answers_of, save_answers
from jpo.web.auth import WebAdmin, WebCandidate
from jpo.web.i18n import N_
from jpo.web.render import render, see_other

router = APIRouter(include_in_schema=False)

# Under this many people, a category's numbers are not shown on the page: with so few, they could tell
# who answered what. The auditor's CSV audit (`jpo fairness audit`) shows every number.
SMALLEST_SHOWN: Final = 5
_SAVED = N_("Your answers are saved. You can change or remove them at any time.")


@router.get("/me/equality", response_class=HTMLResponse)
def equality_form(request: Request, candidate: WebCandidate, session: DbSession) -> HTMLResponse:
    context = {"answers": answers_of(session, candidate.id), "categories": CATEGORIES, "errors": {}}
    if request.query_params.get("saved"):
        context["notice"] = _SAVED
    return render(request, "candidate/equality.html", context)


@router.post("/me/equality", response_class=HTMLResponse)
async def save_equality(request: Request, candidate: WebCandidate, session: DbSession, now: Now) -> Response:
    form = await request.form()
    answers: dict[str, Any] = {key: form.get(key) or None for key in CATEGORIES}
    try:
        save_answers(session, user=candidate, answers=answers, now=now)
    except InputError as error:
        errors = {error.field or "gender": N_("Choose one of the answers offered.")}
        context = {"answers": answers, "categories": CATEGORIES, "errors": errors}
        return render(request, "candidate/equality.html", context, 422)
    return see_other(request, "/me/equality?saved=1")


@router.get("/admin/vacancies/{vacancy_id}/fairness", response_class=HTMLResponse)
def fairness(vacancy_id: Id, request: Request, admin: WebAdmin, session: DbSession) -> HTMLResponse:
    result = vacancy_fairness(session, actor=admin, vacancy_id=vacancy_id)
    context = {"f": result, "vacancy": result.vacancy.document, "smallest": SMALLEST_SHOWN}
    return render(request, "admin/fairness.html", context)
