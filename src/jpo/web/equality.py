"""Equality monitoring: a candidate's self-identification (optional, apart from the profile); the audits
that count it are in `jpo.web.fairness`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from jpo.errors import InputError
from jpo.fairness.categories import CATEGORIES
from jpo.http.deps import DbSession, Now
from jpo.monitoring.self_id import answers_of, save_answers
from jpo.web.auth import WebCandidate
from jpo.web.i18n import N_
from jpo.web.render import render, see_other

router = APIRouter(include_in_schema=False)

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
