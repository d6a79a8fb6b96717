"""The assignment's extension review page (each step with who answered what and when, the form for the
party whose turn it is, past reviews) and the end-of-assignment report page (the JPO's draft and its
submission, read-only for the supervisor and the donor's admins, its PDF), over the same services as the
API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from babel.dates import format_date
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from jpo.assignment.extension import (
    MAX_EXTENSION_MONTHS,
    REASON_MAX,
    REPORT_SECTION_MAX,
    REPORT_SECTIONS,
    STEPS,
    Step,
    next_step,
    step_due,
)
from jpo.assignments.end_report import SECTION_NAMES, read_report, report_pdf, save_report, submit_report
from jpo.assignments.extension import (
    answer,
    current_review,
    may_answer,
    past_reviews,
    read_extension,
    shows_answers,
    suggested_months,
)
from jpo.db.assignment_tables import Extension
from jpo.db.models import User
from jpo.errors import ConflictError, InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.web.auth import WebPerson
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
# Room above the services' limits: a browser sends each line break as two characters, and a text a little
# too long comes back on the page with its error rather than as a bare 422.
LongText = Annotated[str, Form(max_length=2 * REPORT_SECTION_MAX)]
Reason = Annotated[str, Form(max_length=2 * REASON_MAX)]
Short = Annotated[str, Form(max_length=8)]

STEP_TITLES = {
    "recommend": N_("The supervisor's recommendation"),
    "priorities": N_("The host agency's priorities"),
    "funding": N_("The donor programme's funding"),
}
QUESTIONS = {
    "recommend": N_("Do you recommend extending the assignment?"),
    "priorities": N_("Is the post still among the host agency's priorities?"),
    "funding": N_("Does the donor programme fund the extension?"),
}
STATUS_NAMES = {"open": N_("under review"), "extended": N_("extended"), "ending": N_("not extended")}
DONE = {
    "recommend": N_("Your recommendation is recorded. The host agency has been told it is their turn."),
    "priorities": N_("Your answer is recorded. The donor programme has been told it is their turn."),
    "funding": N_("Your answer is recorded and everyone has been told the outcome."),
    "draft": N_("Your draft is saved."),
    "submitted": N_("Your report is submitted. The supervisor and the donor programme can read it."),
}
ERRORS = {
    "reason": N_("Give your reasons (at most 2,000 characters, no control characters)."),
    "extend": N_("Choose yes or no."),
    "months": N_("Give a number of months from 1 to 12 that keeps the assignment within 36 months in all."),
    "section": N_("Write this section (at most 10,000 characters, no control characters)."),
}
REFUSED = {
    "review-not-open": N_("The review is not open: it opens 90 days before the end date and closes on it."),
    "review-decided": N_("The review is already decided."),
    "already-answered": N_("This step has already been answered."),
    "out-of-order": N_("It is not this step's turn yet."),
    "assignment-ended": N_("The assignment has ended."),
    "report-submitted": N_("The report is already submitted and can no longer be changed."),
    "report-not-open": N_("The report can be submitted from 90 days before the end date."),
}


def _day(day: date | datetime | None, locale: str) -> str:
    if day is None:
        return ""
    return str(format_date(day.date() if isinstance(day, datetime) else day, "long", locale=locale))


def _steps(session: Session, row: Extension | None, visible: bool, locale: str) -> list[dict[str, Any]]:
    steps = []
    for step in STEPS:
        by_id = getattr(row, "recommended_by" if step == "recommend" else f"{step}_by") if row else None
        at = getattr(row, "recommended_at" if step == "recommend" else f"{step}_at") if row else None
        by = session.get(User, by_id) if by_id else None
        steps.append(
            {
                "step": step,
                "title": STEP_TITLES[step],
                "by": by.email if by else None,
                "at": _day(at, locale),
                "answered": at is not None,
                "visible": visible,
                "extend": getattr(row, step) if row else None,
                "reason": getattr(row, f"{step}_reason") if row else None,
            }
        )
    return steps


def _extension_page(
    request: Request,
    session: Session,
    user: User,
    assignment_id: int,
    today: date,
    *,
    typed: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    refused: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    locale = locale_of(request)
    found = read_extension(session, actor=user, assignment_id=assignment_id)
    assignment = found.assignment
    review = current_review(session, assignment, today)
    current = None
    if review is not None:
        turn = next_step(review.answers)
        mine = turn is not None and review.open_now and may_answer(session, found, turn)
        current = {
            "review": review,
            "turn": turn,
            "mine": mine,
            "question": QUESTIONS.get(turn or ""),
            "steps": _steps(session, review.row, shows_answers(found, review.row), locale),
            "ends": _day(review.ends_on, locale),
            "opens": _day(review.opens_on, locale),
            "due": _day(step_due(review.ends_on, turn), locale) if turn else "",
        }
    past = [
        {"row": row, "steps": _steps(session, row, True, locale), "new_ends": _day(row.new_ends_on, locale)}
        for row in past_reviews(session, assignment_id)
    ]
    context = {
        "assignment": assignment,
        "vacancy": found.vacancy.document,
        "current": current,
        "past": past,
        "status_names": STATUS_NAMES,
        "ends": _day(assignment.ends_on, locale),
        "typed": typed or {"months": str(suggested_months(assignment))},
        "errors": errors or {},
        "refused": refused,
        "message": DONE.get(request.query_params.get("done") or ""),
        "reason_max": REASON_MAX,
        "months_max": MAX_EXTENSION_MONTHS,
    }
    return render(request, "assignment/extension.html", context, status=status)


@router.get("/assignments/{assignment_id}/extension", response_class=HTMLResponse)
def extension_page(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> HTMLResponse:
    """The extension review for its four parties; 404 for anyone else."""
    return _extension_page(request, session, user, assignment_id, now.date())


def _months(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or len(text) > 3:
        raise InputError("months: a whole number", field="months")
    return int(text)


@router.post("/assignments/{assignment_id}/extension/{step}", response_class=HTMLResponse)
def extension_answer(
    assignment_id: Id,
    step: Step,
    request: Request,
    user: WebPerson,
    session: DbSession,
    now: Now,
    extend: Short = "",
    reason: Reason = "",
    months: Short = "",
) -> Response:
    """The party whose turn it is answers yes or no with reasons (the donor: and for how many months)."""
    reason = reason.replace("\r\n", "\n")
    typed = {"extend": extend, "reason": reason, "months": months}
    try:
        if extend not in ("yes", "no"):
            raise InputError("extend: yes or no", field="extend")
        given = _months(months) if step == "funding" and extend == "yes" else None
        answer(
            session,
            actor=user,
            assignment_id=assignment_id,
            step=step,
            extend=extend == "yes",
            reason=reason,
            months=given,
            now=now,
        )
    except InputError as error:
        session.rollback()
        field = error.field if error.field in ERRORS else "reason"
        return _extension_page(
            request,
            session,
            user,
            assignment_id,
            now.date(),
            typed=typed,
            errors={field: ERRORS[field]},
            status=422,
        )
    except ConflictError as error:
        session.rollback()
        return _extension_page(
            request,
            session,
            user,
            assignment_id,
            now.date(),
            typed=typed,
            refused=REFUSED.get(error.code, REFUSED["review-decided"]),
            status=409,
        )
    return see_other(request, f"/assignments/{assignment_id}/extension", done=step)


def _report_page(
    request: Request,
    session: Session,
    user: User,
    assignment_id: int,
    today: date,
    *,
    typed: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    refused: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    locale = locale_of(request)
    view = read_report(session, actor=user, assignment_id=assignment_id)
    assignment = view.found.assignment
    context = {
        "assignment": assignment,
        "vacancy": view.found.vacancy.document,
        "view": view,
        "sections": [(name, SECTION_NAMES[name]) for name in REPORT_SECTIONS],
        "typed": typed if typed is not None else (view.sections or {}),
        "errors": errors or {},
        "refused": refused,
        "message": DONE.get(request.query_params.get("done") or ""),
        "may_submit": assignment.status != "active" or today >= view.may_submit_from,
        "submit_from": _day(view.may_submit_from, locale),
        "ends": _day(assignment.ends_on, locale),
        "submitted": _day(view.row.submitted_at if view.row else None, locale),
        "section_max": REPORT_SECTION_MAX,
    }
    return render(request, "assignment/report.html", context, status=status)


@router.get("/assignments/{assignment_id}/report", response_class=HTMLResponse)
def report_page(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> HTMLResponse:
    """The report: the JPO's form, or the submitted report for the supervisor and the donor's admins."""
    return _report_page(request, session, user, assignment_id, now.date())


@router.post("/assignments/{assignment_id}/report", response_class=HTMLResponse)
def report_save(
    assignment_id: Id,
    request: Request,
    user: WebPerson,
    session: DbSession,
    now: Now,
    achievements: LongText = "",
    learning: LongText = "",
    challenges: LongText = "",
    advice: LongText = "",
    submit: Short = "",
    confirm: Short = "",
) -> Response:
    """Save the draft, or (`submit`) save and submit it once confirmed."""
    texts = {"achievements": achievements, "learning": learning, "challenges": challenges, "advice": advice}
    typed = {name: text.replace("\r\n", "\n") for name, text in texts.items()}
    try:
        if submit and confirm != "yes":
            raise InputError("confirm: required", field="confirm")
        if submit:
            submit_report(session, actor=user, assignment_id=assignment_id, sections=typed, now=now)
        else:
            save_report(session, actor=user, assignment_id=assignment_id, sections=typed, now=now)
    except InputError as error:
        session.rollback()
        field = error.field or "achievements"
        message = (
            N_("Confirm that you want to submit the report.") if field == "confirm" else ERRORS["section"]
        )
        return _report_page(
            request,
            session,
            user,
            assignment_id,
            now.date(),
            typed=typed,
            errors={field: message},
            status=422,
        )
    except ConflictError as error:
        session.rollback()
        return _report_page(
            request,
            session,
            user,
            assignment_id,
            now.date(),
            typed=typed,
            refused=REFUSED.get(error.code, REFUSED["report-submitted"]),
            status=409,
        )
    return see_other(request, f"/assignments/{assignment_id}/report", done="submitted" if submit else "draft")


@router.get("/assignments/{assignment_id}/report.pdf")
def report_download(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> Response:
    """The submitted report as a PDF in the page's language."""
    data = report_pdf(session, actor=user, assignment_id=assignment_id, locale=locale_of(request), now=now)
    return Response(
        data,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="end-of-assignment-report-{assignment_id}.pdf"'
        },
    )
