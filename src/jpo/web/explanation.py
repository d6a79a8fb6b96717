"""A candidate's explanation of their own application: eligibility reasons, the ranking's criteria and
weights with their own evidence, every decision with its reason."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from jpo.applications.explanation import explain
from jpo.http.deps import DbSession, Id
from jpo.web.auth import WebCandidate
from jpo.web.render import render

router = APIRouter(include_in_schema=False)


@router.get("/me/applications/{application_id}/explanation", response_class=HTMLResponse)
def explanation(
    application_id: Id, request: Request, candidate: WebCandidate, session: DbSession
) -> HTMLResponse:
    found = explain(session, candidate=candidate, application_id=application_id)
    context = {"e": found, "application": found.application, "vacancy": found.vacancy,
               "verdict": found.application.eligibility}  # fmt: skip
    return render(request, "candidate/explanation.html", context)
