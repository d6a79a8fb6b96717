"""A candidate's explanation of their own application (eligibility reasons, the ranking's criteria and
weights with their own evidence, every decision with its reason), contesting a decision, and the staff's
page of contests to answer."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from jpo.applications.contests import CONTEST_DAYS, answer_contest, contests_to_answer, open_contest
from jpo.applications.explanation import explain
from jpo.applications.moves import REASON_MAX_LENGTH
from jpo.contracts.text import blank_controls, forbidden_character
from jpo.db.models import User
from jpo.errors import JpoError
from jpo.http.deps import MAX_ID, DbSession, Id, Now
from jpo.web.auth import WebCandidate, WebStaff
from jpo.web.i18n import N_
from jpo.web.render import render, see_other

router = APIRouter(include_in_schema=False)
# A textarea's maxlength counts a line break as one character and the browser sends it as two (CRLF):
# twice the limit comes through, so the text is counted as typed and kept on the page when too long.
Text = Annotated[str, Form(max_length=2 * REASON_MAX_LENGTH)]
DecisionId = Annotated[int, Form(ge=1, le=MAX_ID)]  # an audit event's id (a larger one is no row: 422)
_CONTROL = N_("Remove the control characters (such as NUL) from this text.")
_OPENED = N_(
    "Your contest is sent. A staff member who did not take the decision will answer it with a reason."
)
_ANSWERED = N_("The contest is answered. The candidate can read your answer.")
_MESSAGES = {
    "not-contestable": N_("This decision can no longer be contested."),
    "already-contested": N_("You have already contested this decision."),
    "not-the-decider": N_("You took this decision: someone else must answer the contest."),
    "already-answered": N_("This contest is already answered."),
}


def _explanation(request: Request, session: Session, candidate: User, application_id: int, now: datetime,
                 status: int = 200, **more: Any) -> HTMLResponse:  # fmt: skip
    found = explain(session, candidate=candidate, application_id=application_id, now=now)
    context = {"e": found, "application": found.application, "vacancy": found.vacancy,
               "verdict": found.application.eligibility, "errors": {}, "typed": {},
               "reason_max": REASON_MAX_LENGTH,
               "notice": _OPENED if request.query_params.get("contested") else None, **more}  # fmt: skip
    return render(request, "candidate/explanation.html", context, status)


@router.get("/me/applications/{application_id}/explanation", response_class=HTMLResponse)
def explanation(
    application_id: Id, request: Request, candidate: WebCandidate, session: DbSession, now: Now
) -> HTMLResponse:
    return _explanation(request, session, candidate, application_id, now)


@router.post("/me/applications/{application_id}/contests", response_class=HTMLResponse)
def contest(
    application_id: Id, request: Request, candidate: WebCandidate, session: DbSession, now: Now,
    decision: DecisionId, grounds: Text = "",
) -> Response:  # fmt: skip
    grounds = grounds.replace("\r\n", "\n")
    try:
        open_contest(session, candidate=candidate, application_id=application_id, decision_id=decision,
                     grounds=grounds, now=now)  # fmt: skip
    except JpoError as error:
        if error.http_status == 404:
            raise
        message = _MESSAGES.get(
            error.code, N_("Say why you contest this decision (at most 4,000 characters).")
        )
        if error.code not in _MESSAGES and forbidden_character(grounds):
            message = _CONTROL
        return _explanation(request, session, candidate, application_id, now, 422,
                            errors={f"grounds-{decision}": message},
                            typed={decision: blank_controls(grounds)})  # fmt: skip
    return see_other(
        request, f"/me/applications/{application_id}/explanation", contested=1, fragment=f"d-{decision}"
    )


def _contests_page(
    request: Request, session: Session, staff: User, status: int = 200, **more: Any
) -> HTMLResponse:
    listed = contests_to_answer(session, staff=staff)
    shown = {f"answer-{c.contest.id}" for c in listed}
    # A refusal about a contest not on the list (the staff member's own decision, one answered since)
    # is said above the list: there is no form of it to say it beside.
    refused = [message for key, message in more.get("errors", {}).items() if key not in shown]
    context = {"contests": listed, "errors": {}, "typed": {}, "chosen": {}, "refused": refused,
               "reason_max": REASON_MAX_LENGTH, "days": CONTEST_DAYS,
               "notice": _ANSWERED if request.query_params.get("answered") else None, **more}  # fmt: skip
    return render(request, "review/contests.html", context, status)


@router.get("/review/contests", response_class=HTMLResponse)
def contests(request: Request, staff: WebStaff, session: DbSession) -> HTMLResponse:
    return _contests_page(request, session, staff)


@router.post("/review/contests/{contest_id}/answer", response_class=HTMLResponse)
def answer(
    contest_id: Id, request: Request, staff: WebStaff, session: DbSession, now: Now,
    outcome: Annotated[str, Form(max_length=16)] = "", reason: Text = "",
) -> Response:  # fmt: skip
    reason = reason.replace("\r\n", "\n")
    try:
        answer_contest(session, staff=staff, contest_id=contest_id, outcome=outcome, answer=reason, now=now)
    except JpoError as error:
        if error.http_status == 404 or error.code == "forbidden":  # out of their scope: the error page
            raise
        message = _MESSAGES.get(
            error.code, N_("Give the reason for your answer, and choose whether the decision stands.")
        )
        if error.code not in _MESSAGES and error.field == "answer" and forbidden_character(reason):
            message = _CONTROL
        status = 403 if error.http_status == 403 else 422
        return _contests_page(request, session, staff, status, errors={f"answer-{contest_id}": message},
                              typed={contest_id: blank_controls(reason)},
                              chosen={contest_id: outcome})  # fmt: skip
    return see_other(request, "/review/contests", answered=1)
