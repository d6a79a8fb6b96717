"""The candidate's written assessment page: the window in their own and the duty station's time, Start,
answers saved as they type (htmx, a moment after they stop; without script, the Save button), a countdown,
Submit now; after the due time the page shows what was handed in."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from jpo.applications.service import own_application
from jpo.assessments.taking import (
    candidate_sitting,
    save_answer,
    sitting_of_application,
    start_sitting,
    submit_sitting,
)
from jpo.contracts.vacancy import Vacancy
from jpo.errors import ConflictError, InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.recruitment.assessment import ANSWER_MAX
from jpo.web.auth import WebCandidate
from jpo.web.i18n import N_
from jpo.web.render import render, see_other

router = APIRouter(include_in_schema=False)
_REFUSED = {
    "assessment-not-open": N_("The assessment is not open yet."),
    "assessment-closed": N_("The assessment's window has closed."),
    "not-shortlisted": N_("This application no longer takes part in the assessment."),
    "assessment-submitted": N_("Your answers are handed in: they can no longer change."),
    "assessment-not-started": N_("Start the assessment first."),
}
_BAD_ANSWER = N_("An answer is at most %(max)s characters, without control characters (such as NUL).")


def _page(request: Request, session: DbSession, user: WebCandidate, application_id: int, now: Now, *,
          refused: str | None = None, error: str | None = None, typed: dict[int, str] | None = None,
          status: int = 200) -> HTMLResponse:  # fmt: skip
    view = candidate_sitting(session, user=user, application_id=application_id, now=now)
    context = {"view": view, "vacancy": Vacancy.model_validate(view.vacancy.document),
               "answers": {**view.answers, **(typed or {})}, "refused": refused, "error": error,
               "answer_max": ANSWER_MAX, "saved": request.query_params.get("saved") == "1",
               "path": f"/me/applications/{application_id}/assessment"}  # fmt: skip
    return render(request, "assessment/take.html", context, status=status)


@router.get("/me/applications/{application_id}/assessment", response_class=HTMLResponse)
def take_page(
    application_id: Id, request: Request, session: DbSession, user: WebCandidate, now: Now
) -> HTMLResponse:
    application = own_application(session, user=user, application_id=application_id)  # another's: 404
    if sitting_of_application(session, application.id) is None:
        return render(request, "assessment/none.html", {"application": application})
    return _page(request, session, user, application_id, now)


@router.post("/me/applications/{application_id}/assessment/start", response_class=HTMLResponse)
def start(application_id: Id, request: Request, session: DbSession, user: WebCandidate, now: Now) -> Response:
    try:
        start_sitting(session, user=user, application_id=application_id, now=now)
    except ConflictError as refusal:
        session.rollback()
        return _page(
            request, session, user, application_id, now, refused=_REFUSED.get(refusal.code), status=409
        )
    return see_other(request, f"/me/applications/{application_id}/assessment")


@router.post("/me/applications/{application_id}/assessment/answers", response_class=HTMLResponse)
async def save(
    application_id: Id, request: Request, session: DbSession, user: WebCandidate, now: Now
) -> Response:
    """Every answer the form holds (`answer-N`); htmx gets the status line, a plain form the page."""
    form = await request.form()
    typed = {int(key[7:]): str(value) for key, value in form.multi_items()
             if key.startswith("answer-") and key[7:].isdigit() and isinstance(value, str)}  # fmt: skip
    htmx = request.headers.get("hx-request") == "true"
    try:
        for task, text in sorted(typed.items()):
            save_answer(session, user=user, application_id=application_id, task=task, text=text, now=now)
    except (InputError, ConflictError) as problem:
        session.rollback()
        refused = _REFUSED.get(problem.code) if isinstance(problem, ConflictError) else None
        if htmx:
            context = {"refused": refused or _BAD_ANSWER, "answer_max": ANSWER_MAX}
            return render(request, "assessment/_saved.html", context)  # htmx swaps 200s only
        return _page(request, session, user, application_id, now, refused=refused, typed=typed,
                     error=None if refused else _BAD_ANSWER, status=409 if refused else 422)  # fmt: skip
    if htmx:
        return render(
            request, "assessment/_saved.html", {"at": now, "refused": None, "answer_max": ANSWER_MAX}
        )
    return see_other(request, f"/me/applications/{application_id}/assessment", saved=1, fragment="answers")


@router.post("/me/applications/{application_id}/assessment/submit", response_class=HTMLResponse)
async def submit(
    application_id: Id, request: Request, session: DbSession, user: WebCandidate, now: Now
) -> Response:
    """Save what the form holds, then hand in."""
    form = await request.form()
    try:
        for key, value in form.multi_items():
            if key.startswith("answer-") and key[7:].isdigit() and isinstance(value, str):
                save_answer(session, user=user, application_id=application_id, task=int(key[7:]), text=value,
                            now=now)  # fmt: skip
        submit_sitting(session, user=user, application_id=application_id, now=now)
    except ConflictError as refusal:
        session.rollback()
        return _page(
            request, session, user, application_id, now, refused=_REFUSED.get(refusal.code), status=409
        )
    except InputError:
        session.rollback()
        return _page(request, session, user, application_id, now, error=_BAD_ANSWER, status=422)
    return see_other(request, f"/me/applications/{application_id}/assessment")
