"""The assignment's evaluation pages: the calendar of mid-point reviews and end-of-cycle evaluations, and
one evaluation with the form of whoever's turn it is (the JPO's self-assessment, the supervisor's rating,
the JPO's acknowledgement or rebuttal, the donor's answer), over the same services as the API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from babel.dates import format_date
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from jpo.assignment.performance import TEXT_MAX, may_rate, may_rebut, self_assessment_due
from jpo.assignment.scale import RATING_NAMES, RATINGS
from jpo.assignments.performance import (
    acknowledge,
    answer_rebuttal,
    competencies_of,
    evaluation,
    evaluations,
    rate,
    rated_objectives,
    rebut,
    save_self_assessment,
    self_assessment_shown,
)
from jpo.assignments.performance_pdf import KIND_NAMES, OUTCOME_NAMES, evaluation_pdf
from jpo.db.models import User
from jpo.errors import ConflictError, InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.web.auth import WebPerson
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
# Room above the service's limit: a browser sends each line break as two characters; a text a little too
# long comes back on the page with its error rather than as a bare 422.
LongText = Annotated[str, Form(max_length=2 * TEXT_MAX)]
Short = Annotated[str, Form(max_length=32)]
STATUS_NAMES = {
    "open": N_("awaiting the self-assessment"),
    "self_assessed": N_("awaiting the supervisor's rating"),
    "rated": N_("awaiting the JPO's acknowledgement"),
    "acknowledged": N_("acknowledged"),
    "rebutted": N_("rebutted: awaiting the donor programme's answer"),
    "closed": N_("closed: the rebuttal answered"),
}
DONE = {
    "saved": N_("Your draft is saved. Only you can read it until you submit it."),
    "submitted": N_("Your self-assessment is submitted; your supervisor has been told."),
    "rated": N_("The rating is saved; the JPO has been told."),
    "acknowledged": N_("You have acknowledged the evaluation."),
    "rebutted": N_("Your rebuttal is sent to the donor programme."),
    "answered": N_("The answer is saved; the JPO and the supervisor have been told."),
}
# What a refused field needs, in the reader's language (the service's message is English, for the API).
FIELD_ERRORS = {
    "self_assessment": N_(
        "Write your self-assessment: at most 10,000 characters, without control characters."
    ),
    "comment": N_("Write the comments: at most 10,000 characters, without control characters."),
    "objectives": N_("Rate every objective of the work plan on the scale."),
    "competencies": N_("Rate every competency of the ToR on the scale."),
    "overall": N_("Choose the overall rating."),
    "rebuttal": N_("Say why you disagree: at most 10,000 characters, without control characters."),
    "reason": N_("Give the reason: at most 10,000 characters, without control characters."),
    "outcome": N_("Choose whether the rating is upheld or revised."),
}
REFUSED = {
    "evaluation-step": N_("This step is not open now: the page shows where the evaluation stands."),
    "rebuttal-closed": N_("An end-of-cycle rating can be rebutted within 30 days of it; this one cannot."),
    "assignment-ended": N_("The assignment has ended."),
}


def _day(value: date | datetime | None, locale: str) -> str:
    if value is None:
        return ""
    return str(format_date(value.date() if isinstance(value, datetime) else value, "long", locale=locale))


@router.get("/assignments/{assignment_id}/evaluations", response_class=HTMLResponse)
def evaluation_list(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> HTMLResponse:
    """The calendar: each evaluation with its dates and where it stands."""
    locale = locale_of(request)
    found, listed = evaluations(session, user=user, assignment_id=assignment_id, now=now)
    rows = []
    for item in listed:
        when, row = item.scheduled, item.row
        late = row is not None and row.status in ("open", "self_assessed") and now.date() > when.due_on
        rows.append({"item": item, "opens": _day(when.opens_on, locale), "due": _day(when.due_on, locale),
                     "status": STATUS_NAMES[row.status] if row else None, "overdue": late})  # fmt: skip
    context = {"assignment": found.assignment, "vacancy": found.vacancy.document, "rows": rows,
               "kind_names": KIND_NAMES}  # fmt: skip
    return render(request, "assignment/performance_list.html", context)


def _page(
    request: Request, session: Session, user: User, assignment_id: int, evaluation_id: int, now: datetime, *,
    form: dict[str, Any] | None = None, error: str | None = None, field: str | None = None,
    refused: str | None = None, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    locale = locale_of(request)
    found, row = evaluation(session, user=user, assignment_id=assignment_id, evaluation_id=evaluation_id)
    roles = found.roles
    turn = {
        "self": "jpo" in roles and row.status == "open",
        "rate": "supervisor" in roles and may_rate(row.status, row.due_on, now.date()),
        "acknowledge": "jpo" in roles and row.status == "rated",
        "rebut": "jpo" in roles and may_rebut(row.kind, row.status, row.rated_at, now),
        "answer": "donor" in roles and row.status == "rebutted",
    }
    context = {
        "assignment": found.assignment, "vacancy": found.vacancy.document, "row": row, "turn": turn,
        "kind_name": KIND_NAMES[row.kind], "status_name": STATUS_NAMES[row.status],
        "self_assessment": self_assessment_shown(found, row), "due": _day(row.due_on, locale),
        "self_due": _day(self_assessment_due(row.due_on), locale), "rated_on": _day(row.rated_at, locale),
        "acknowledged_on": _day(row.acknowledged_at, locale),
        "answered_on": _day(row.rebuttal_answered_at, locale),
        "objectives": rated_objectives(session, assignment_id), "competencies": competencies_of(found),
        "ratings": RATINGS, "rating_names": RATING_NAMES, "outcome_names": OUTCOME_NAMES,
        "form": form or {}, "error": error, "field": field, "refused": refused, "text_max": TEXT_MAX,
        "message": DONE.get(request.query_params.get("done") or ""),
    }  # fmt: skip
    return render(request, "assignment/performance.html", context, status=status)


@router.get("/assignments/{assignment_id}/evaluations/{evaluation_id}", response_class=HTMLResponse)
def evaluation_page(
    assignment_id: Id, evaluation_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> HTMLResponse:
    """One evaluation: what was written and rated, and the form of whoever's turn it is."""
    return _page(request, session, user, assignment_id, evaluation_id, now)


@router.get("/assignments/{assignment_id}/evaluations/{evaluation_id}/evaluation.pdf")
def evaluation_download(
    assignment_id: Id, evaluation_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> Response:
    data, name = evaluation_pdf(session, actor=user, assignment_id=assignment_id, evaluation_id=evaluation_id,
                                locale=locale_of(request), now=now)  # fmt: skip
    return Response(data, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip


def _act(
    request: Request, session: Session, user: User, assignment_id: int, evaluation_id: int, now: datetime,
    form: dict[str, Any], done: str, act: Any,
) -> Response:  # fmt: skip
    try:
        act()
    except InputError as error:
        field = error.field if error.field in FIELD_ERRORS else "comment"
        return _page(request, session, user, assignment_id, evaluation_id, now, form=form,
                     error=FIELD_ERRORS[field], field=field, status=422)  # fmt: skip
    except ConflictError as error:
        if error.code not in REFUSED:
            raise
        return _page(request, session, user, assignment_id, evaluation_id, now, form=form,
                     refused=REFUSED[error.code], status=409)  # fmt: skip
    return see_other(request, f"/assignments/{assignment_id}/evaluations/{evaluation_id}", done=done)


@router.post("/assignments/{assignment_id}/evaluations/{evaluation_id}/self-assessment")
def self_assessment_form(
    assignment_id: Id, evaluation_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now,
    self_assessment: LongText = "", submit: Short = "",
) -> Response:  # fmt: skip
    """Save the draft, or submit it (`submit=1`)."""
    sending, text = bool(submit), self_assessment
    return _act(request, session, user, assignment_id, evaluation_id, now, {"self_assessment": text},
                "submitted" if sending else "saved",
                lambda: save_self_assessment(session, actor=user, assignment_id=assignment_id,
                                             evaluation_id=evaluation_id, text=text.replace("\r\n", "\n"),
                                             submit=sending, now=now))  # fmt: skip


@router.post("/assignments/{assignment_id}/evaluations/{evaluation_id}/rating")
async def rating_form(
    assignment_id: Id, evaluation_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> Response:
    """The supervisor's rating: a select per objective (`objective:<id>`) and competency
    (`competency:<n>`, by its place in the ToR), an overall rating and comments."""
    data = await request.form()
    found, _row = evaluation(session, user=user, assignment_id=assignment_id, evaluation_id=evaluation_id)
    names = competencies_of(found)
    fields = {str(key): str(value)[:64] for key, value in list(data.items())[:200]}
    ratings = {
        "objectives": {key.removeprefix("objective:"): value for key, value in fields.items()
                       if key.startswith("objective:")},
        "competencies": {names[int(key.removeprefix("competency:"))]: value for key, value in fields.items()
                         if key.startswith("competency:") and key.removeprefix("competency:").isdigit()
                         and int(key.removeprefix("competency:")) < len(names)},
    }  # fmt: skip
    comment = str(data.get("comment") or "")[: 2 * TEXT_MAX].replace("\r\n", "\n")
    overall = fields.get("overall") or None
    form = {**fields, "comment": comment}
    return _act(request, session, user, assignment_id, evaluation_id, now, form, "rated",
                lambda: rate(session, actor=user, assignment_id=assignment_id, evaluation_id=evaluation_id,
                             ratings=ratings, overall=overall, comment=comment, now=now))  # fmt: skip


@router.post("/assignments/{assignment_id}/evaluations/{evaluation_id}/acknowledgement")
def acknowledgement_form(
    assignment_id: Id, evaluation_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now,
    comment: LongText = "",
) -> Response:  # fmt: skip
    form = {"comment": comment}
    return _act(request, session, user, assignment_id, evaluation_id, now, form, "acknowledged",
                lambda: acknowledge(session, actor=user, assignment_id=assignment_id,
                                    evaluation_id=evaluation_id, comment=comment.replace("\r\n", "\n"),
                                    now=now))  # fmt: skip


@router.post("/assignments/{assignment_id}/evaluations/{evaluation_id}/rebuttal")
def rebuttal_form(
    assignment_id: Id, evaluation_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now,
    rebuttal: LongText = "",
) -> Response:  # fmt: skip
    form = {"rebuttal": rebuttal}
    return _act(request, session, user, assignment_id, evaluation_id, now, form, "rebutted",
                lambda: rebut(session, actor=user, assignment_id=assignment_id, evaluation_id=evaluation_id,
                              text=rebuttal.replace("\r\n", "\n"), now=now))  # fmt: skip


@router.post("/assignments/{assignment_id}/evaluations/{evaluation_id}/rebuttal-answer")
def rebuttal_answer_form(
    assignment_id: Id, evaluation_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now,
    outcome: Short = "", overall: Short = "", reason: LongText = "",
) -> Response:  # fmt: skip
    form = {"outcome": outcome, "overall": overall, "reason": reason}
    return _act(request, session, user, assignment_id, evaluation_id, now, form, "answered",
                lambda: answer_rebuttal(session, actor=user, assignment_id=assignment_id,
                                        evaluation_id=evaluation_id, outcome=outcome, overall=overall or None,
                                        reason=reason.replace("\r\n", "\n"), now=now))  # fmt: skip
