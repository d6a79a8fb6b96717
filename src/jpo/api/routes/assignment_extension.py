"""The assignment's yearly extension review (the supervisor recommends, the host agency confirms the
priorities, the donor programme the funding) and the JPO's end-of-assignment report and its PDF."""

from __future__ import annotations

from datetime import date, datetime

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field

from jpo.api.deps import AnyUser
from jpo.api.schemas import Body
from jpo.assignment.extension import (
    MAX_EXTENSION_MONTHS,
    REASON_MAX,
    REPORT_SECTION_MAX,
    Answers,
    Step,
    next_step,
    step_due,
)
from jpo.assignments.end_report import ReportView, read_report, report_pdf, save_report, submit_report
from jpo.assignments.extension import (
    answer,
    current_review,
    past_reviews,
    read_extension,
    shows_answers,
    suggested_months,
)
from jpo.contracts.text import Text
from jpo.db.assignment_tables import Extension
from jpo.db.models import User
from jpo.http.deps import DbSession, Id, Now
from jpo.i18n import DEFAULT, from_accept_language

router = APIRouter(tags=["assignments"])


class AnswerRead(BaseModel):
    extend: bool | None = Field(description="yes or no; null when not answered, or hidden from the JPO")
    reason: str | None
    by: str | None = Field(description="who answered (e-mail address)")
    at: datetime | None


class ReviewRead(BaseModel):
    id: int | None = Field(description="null until the review's first answer")
    cycle: int
    status: str = Field(description="open | extended | ending")
    ends_on: date | None = Field(description="the end date under review (the open review's only)")
    opens_on: date | None
    open_now: bool
    turn: str | None = Field(description="recommend | priorities | funding: whose turn it is")
    due_on: date | None = Field(description="the day the current step is due")
    suggested_months: int | None = Field(description="the donor's default length (the open review's)")
    recommend: AnswerRead
    priorities: AnswerRead
    funding: AnswerRead
    new_ends_on: date | None


class ExtensionRead(BaseModel):
    current: ReviewRead | None = Field(description="the review under way or to come; null when none")
    past: list[ReviewRead] = Field(description="the decided reviews, latest first")


class AnswerCreate(Body):
    extend: bool
    reason: Text = Field(max_length=REASON_MAX)
    months: int | None = Field(
        default=None,
        ge=1,
        le=MAX_EXTENSION_MONTHS,
        description="the donor's yes only: the extension's length (default 12)",
    )


class ReportWrite(Body):
    achievements: Text | None = Field(default=None, max_length=REPORT_SECTION_MAX)
    learning: Text | None = Field(default=None, max_length=REPORT_SECTION_MAX)
    challenges: Text | None = Field(default=None, max_length=REPORT_SECTION_MAX)
    advice: Text | None = Field(default=None, max_length=REPORT_SECTION_MAX)


class ReportRead(BaseModel):
    status: str = Field(description="none | draft | submitted")
    sections: dict[str, str] | None = Field(description="null for others until it is submitted")
    may_submit_from: date
    updated_at: datetime | None
    submitted_at: datetime | None


def _answer(session: DbSession, row: Extension | None, step: str, visible: bool) -> AnswerRead:
    if row is None:
        return AnswerRead(extend=None, reason=None, by=None, at=None)
    by_id = row.recommended_by if step == "recommend" else getattr(row, f"{step}_by")
    at = row.recommended_at if step == "recommend" else getattr(row, f"{step}_at")
    by = session.get(User, by_id) if by_id else None
    return AnswerRead(
        extend=getattr(row, step) if visible else None,
        reason=getattr(row, f"{step}_reason") if visible else None,
        by=by.email if by else None,
        at=at,
    )


def _review(session: DbSession, row: Extension | None, visible: bool, **more: object) -> ReviewRead:
    answers = {step: _answer(session, row, step, visible) for step in ("recommend", "priorities", "funding")}
    base = {
        "id": row.id if row else None,
        "status": row.status if row else "open",
        "new_ends_on": row.new_ends_on if row else None,
        "cycle": row.cycle if row else 0,
        "ends_on": None,
        "opens_on": None,
        "open_now": False,
        "turn": None,
        "due_on": None,
        "suggested_months": None,
    }
    return ReviewRead.model_validate({**base, **more, **answers})


def _extension(session: DbSession, user: User, assignment_id: int, today: date) -> ExtensionRead:
    found = read_extension(session, actor=user, assignment_id=assignment_id)
    assignment = found.assignment
    review = current_review(session, assignment, today)
    current = None
    if review is not None:
        turn = next_step(review.answers if review.row else Answers())
        current = _review(
            session,
            review.row,
            shows_answers(found, review.row),
            cycle=review.cycle,
            ends_on=review.ends_on,
            opens_on=review.opens_on,
            open_now=review.open_now,
            turn=turn,
            due_on=step_due(review.ends_on, turn) if turn else None,
            suggested_months=suggested_months(assignment),
        )
    past = [_review(session, row, True) for row in past_reviews(session, assignment_id)]
    return ExtensionRead(current=current, past=past)


def _answer_step(
    session: DbSession, user: User, assignment_id: int, step: Step, body: AnswerCreate, now: datetime
) -> ExtensionRead:
    answer(session, actor=user, assignment_id=assignment_id, step=step, extend=body.extend,
           reason=body.reason, months=body.months, now=now)  # fmt: skip
    return _extension(session, user, assignment_id, now.date())


@router.get("/assignments/{assignment_id}/extension", response_model=ExtensionRead)
def get_extension(assignment_id: Id, user: AnyUser, session: DbSession, now: Now) -> ExtensionRead:
    """The extension review under way (or the next one, with the day it opens) and the past ones: for the
    JPO, the supervisor, the donor's admins and the host agency's reviewers (404 for anyone else). The JPO
    sees the answers and reasons once the review is decided."""
    return _extension(session, user, assignment_id, now.date())


@router.post("/assignments/{assignment_id}/extension/recommend", response_model=ExtensionRead)
def post_recommend(
    assignment_id: Id, body: AnswerCreate, user: AnyUser, session: DbSession, now: Now
) -> ExtensionRead:
    """The supervisor recommends extending, or not, with reasons (403 for others; 409 `review-not-open`
    before the review's window, `already-answered`, `review-decided`, `assignment-ended`)."""
    return _answer_step(session, user, assignment_id, "recommend", body, now)


@router.post("/assignments/{assignment_id}/extension/priorities", response_model=ExtensionRead)
def post_priorities(
    assignment_id: Id, body: AnswerCreate, user: AnyUser, session: DbSession, now: Now
) -> ExtensionRead:
    """The host agency (a staff member other than the supervisor, when there is one) confirms the priorities,
    or not, after the supervisor's recommendation (409 `out-of-order` before it)."""
    return _answer_step(session, user, assignment_id, "priorities", body, now)


@router.post("/assignments/{assignment_id}/extension/funding", response_model=ExtensionRead)
def post_funding(
    assignment_id: Id, body: AnswerCreate, user: AnyUser, session: DbSession, now: Now
) -> ExtensionRead:
    """The donor programme's admin confirms the funding for `months` (1-12, default 12, within 36 months in
    all: 422 `months` beyond), or not, last (409 `out-of-order` before). Three yes move the end date and
    the funded years; a no anywhere ends the assignment at its end date."""
    return _answer_step(session, user, assignment_id, "funding", body, now)


def _report(view: ReportView) -> ReportRead:
    row = view.row
    return ReportRead(
        status=view.status,
        sections=view.sections,
        may_submit_from=view.may_submit_from,
        updated_at=row.updated_at if row else None,
        submitted_at=row.submitted_at if row else None,
    )


@router.get("/assignments/{assignment_id}/report", response_model=ReportRead)
def get_report(assignment_id: Id, user: AnyUser, session: DbSession) -> ReportRead:
    """The end-of-assignment report: the JPO's draft, or for the supervisor and the donor's admins the
    submitted report (each read audited); 403 for the host's other reviewers."""
    return _report(read_report(session, actor=user, assignment_id=assignment_id))


@router.put("/assignments/{assignment_id}/report", response_model=ReportRead)
def put_report(
    assignment_id: Id, body: ReportWrite, user: AnyUser, session: DbSession, now: Now
) -> ReportRead:
    """The JPO saves the draft (the sections sent; one left out is emptied); 409 `report-submitted`."""
    save_report(session, actor=user, assignment_id=assignment_id, sections=body.model_dump(), now=now)
    return _report(read_report(session, actor=user, assignment_id=assignment_id))


@router.post("/assignments/{assignment_id}/report/submit", response_model=ReportRead)
def post_report_submit(assignment_id: Id, user: AnyUser, session: DbSession, now: Now) -> ReportRead:
    """The JPO submits the saved report, every section written (422), from 90 days before the end date
    (409 `report-not-open`), once (409 `report-submitted`); then it is read-only."""
    submit_report(session, actor=user, assignment_id=assignment_id, now=now)
    return _report(read_report(session, actor=user, assignment_id=assignment_id))


@router.get(
    "/assignments/{assignment_id}/report.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "the submitted report"}},
)
def get_report_pdf(
    assignment_id: Id, request: Request, user: AnyUser, session: DbSession, now: Now
) -> Response:
    """The submitted report as a PDF, in the language `Accept-Language` prefers (English or French);
    409 `report-not-submitted` before."""
    locale = from_accept_language(request.headers.get("accept-language", "")) or DEFAULT
    data = report_pdf(session, actor=user, assignment_id=assignment_id, locale=locale, now=now)
    filename = f"end-of-assignment-report-{assignment_id}.pdf"
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
