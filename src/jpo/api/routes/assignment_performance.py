"""An assignment's performance evaluations (e-performance): the calendar of mid-point reviews and
end-of-cycle evaluations, each one's self-assessment, rating, acknowledgement, rebuttal and its answer, and
its PDF; for the JPO, the supervisor and the donor programme's admins (every read by others audited)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from jpo.api.deps import AnyUser
from jpo.api.schemas import Body
from jpo.assignment.performance import TEXT_MAX
from jpo.assignments.access import Standing
from jpo.assignments.performance import (
    acknowledge,
    answer_rebuttal,
    evaluation,
    evaluations,
    rate,
    rebut,
    save_self_assessment,
    self_assessment_shown,
)
from jpo.assignments.performance_pdf import evaluation_pdf
from jpo.contracts.text import NAME, Text
from jpo.db.assignment_tables import Evaluation
from jpo.http.deps import DbSession, Id, Now
from jpo.i18n import from_accept_language
from jpo.notifications.outbox import language_of

router = APIRouter(tags=["assignments"])
Rating = Literal[
    "outstanding", "exceeds", "successfully_meets", "partially_meets", "does_not_meet"
]  # scale.RATINGS
Lang = Annotated[Literal["en", "fr"] | None, Query(description="the PDF's language; the reader's if absent")]


class EvaluationRead(BaseModel):
    id: int | None = Field(description="null until its window opens")
    cycle: int = Field(description="the assignment's year")
    kind: Literal["midpoint", "final"]
    opens_on: date
    due_on: date
    status: str = Field(description="open | self_assessed | rated | acknowledged | rebutted | closed")
    self_assessment: str | None = Field(
        default=None, description="the JPO's; a draft is shown to the JPO alone"
    )
    self_submitted_at: datetime | None = None
    ratings: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="{objectives: {id: rating}, competencies: {name: rating}}"
    )
    overall: str | None = None
    supervisor_comment: str | None = None
    rated_at: datetime | None = None
    jpo_comment: str | None = None
    acknowledged_at: datetime | None = None
    rebuttal: str | None = None
    rebutted_at: datetime | None = None
    rebuttal_outcome: str | None = Field(default=None, description="upheld | revised")
    rebuttal_answer: str | None = None
    rebuttal_answered_at: datetime | None = None


class SelfAssessmentWrite(Body):
    text: Text = Field(max_length=TEXT_MAX)
    submit: bool = Field(default=False, description="false: a draft only the JPO sees")


class RatingsWrite(Body):
    objectives: dict[Annotated[str, Field(max_length=64)], Rating] = Field(
        default_factory=dict, max_length=30
    )
    competencies: dict[Annotated[str, Field(max_length=NAME)], Rating] = Field(
        default_factory=dict, max_length=30
    )


class RatingWrite(Body):
    ratings: RatingsWrite = Field(default_factory=RatingsWrite)
    overall: Rating | None = Field(default=None, description="required at the end of a cycle")
    comment: Text = Field(max_length=TEXT_MAX)


class CommentWrite(Body):
    comment: Text = Field(default="", max_length=TEXT_MAX)


class RebuttalWrite(Body):
    text: Text = Field(max_length=TEXT_MAX)


class AnswerWrite(Body):
    outcome: Literal["upheld", "revised"]
    overall: Rating | None = Field(default=None, description="the revised overall rating")
    reason: Text = Field(max_length=TEXT_MAX)


def _read(found: Standing, row: Evaluation, opens_on: date | None = None) -> EvaluationRead:
    return EvaluationRead(
        id=row.id, cycle=row.cycle, kind=row.kind, opens_on=opens_on or row.due_on, due_on=row.due_on,  # type: ignore[arg-type]
        status=row.status, self_assessment=self_assessment_shown(found, row),
        self_submitted_at=row.self_submitted_at, ratings=row.ratings or {}, overall=row.overall,
        supervisor_comment=row.supervisor_comment, rated_at=row.rated_at, jpo_comment=row.jpo_comment,
        acknowledged_at=row.acknowledged_at, rebuttal=row.rebuttal, rebutted_at=row.rebutted_at,
        rebuttal_outcome=row.rebuttal_outcome, rebuttal_answer=row.rebuttal_answer,
        rebuttal_answered_at=row.rebuttal_answered_at,
    )  # fmt: skip


def _one(session: DbSession, user: AnyUser, assignment_id: int, evaluation_id: int) -> EvaluationRead:
    found, row = evaluation(session, user=user, assignment_id=assignment_id, evaluation_id=evaluation_id)
    return _read(found, row)


@router.get("/assignments/{assignment_id}/evaluations", response_model=list[EvaluationRead])
def list_evaluations(assignment_id: Id, user: AnyUser, session: DbSession, now: Now) -> list[EvaluationRead]:
    """Every evaluation of the assignment's calendar; those whose window has opened have an id."""
    found, listed = evaluations(session, user=user, assignment_id=assignment_id, now=now)
    read = []
    for item in listed:
        if item.row is not None:
            read.append(_read(found, item.row, item.scheduled.opens_on))
        else:
            scheduled = item.scheduled
            read.append(
                EvaluationRead(
                    id=None,
                    cycle=scheduled.cycle,
                    kind=scheduled.kind,
                    opens_on=scheduled.opens_on,
                    due_on=scheduled.due_on,
                    status="open",
                )
            )
    return read


@router.get("/assignments/{assignment_id}/evaluations/{evaluation_id}", response_model=EvaluationRead)
def get_evaluation(assignment_id: Id, evaluation_id: Id, user: AnyUser, session: DbSession) -> EvaluationRead:
    """One evaluation (the JPO, the supervisor, the donor's admins; others 403 or 404)."""
    return _one(session, user, assignment_id, evaluation_id)


@router.put(
    "/assignments/{assignment_id}/evaluations/{evaluation_id}/self-assessment", response_model=EvaluationRead
)
def put_self_assessment(
    assignment_id: Id,
    evaluation_id: Id,
    body: SelfAssessmentWrite,
    user: AnyUser,
    session: DbSession,
    now: Now,
) -> EvaluationRead:
    """The JPO's self-assessment: a draft, or submitted (`submit`: then the supervisor is told to rate)."""
    save_self_assessment(session, actor=user, assignment_id=assignment_id, evaluation_id=evaluation_id,
                         text=body.text, submit=body.submit, now=now)  # fmt: skip
    return _one(session, user, assignment_id, evaluation_id)


@router.post("/assignments/{assignment_id}/evaluations/{evaluation_id}/rating", response_model=EvaluationRead)
def post_rating(
    assignment_id: Id, evaluation_id: Id, body: RatingWrite, user: AnyUser, session: DbSession, now: Now
) -> EvaluationRead:
    """The supervisor's rating (once the self-assessment is in, or overdue): per objective and competency,
    every one with an overall rating at the end of a cycle; comments required. 409 `evaluation-step`."""
    ratings: dict[str, dict[str, str]] = {
        "objectives": {key: str(value) for key, value in body.ratings.objectives.items()},
        "competencies": {key: str(value) for key, value in body.ratings.competencies.items()},
    }
    rate(session, actor=user, assignment_id=assignment_id, evaluation_id=evaluation_id, ratings=ratings,
         overall=body.overall, comment=body.comment, now=now)  # fmt: skip
    return _one(session, user, assignment_id, evaluation_id)


@router.post(
    "/assignments/{assignment_id}/evaluations/{evaluation_id}/acknowledgement", response_model=EvaluationRead
)
def post_acknowledgement(
    assignment_id: Id, evaluation_id: Id, body: CommentWrite, user: AnyUser, session: DbSession, now: Now
) -> EvaluationRead:
    """The JPO acknowledges the rating, with an optional comment."""
    acknowledge(session, actor=user, assignment_id=assignment_id, evaluation_id=evaluation_id,
                comment=body.comment, now=now)  # fmt: skip
    return _one(session, user, assignment_id, evaluation_id)


@router.post(
    "/assignments/{assignment_id}/evaluations/{evaluation_id}/rebuttal", response_model=EvaluationRead
)
def post_rebuttal(
    assignment_id: Id, evaluation_id: Id, body: RebuttalWrite, user: AnyUser, session: DbSession, now: Now
) -> EvaluationRead:
    """The JPO rebuts an end-of-cycle rating within 30 days of it (409 `rebuttal-closed` otherwise)."""
    rebut(
        session, actor=user, assignment_id=assignment_id, evaluation_id=evaluation_id, text=body.text, now=now
    )
    return _one(session, user, assignment_id, evaluation_id)


@router.post(
    "/assignments/{assignment_id}/evaluations/{evaluation_id}/rebuttal-answer", response_model=EvaluationRead
)
def post_rebuttal_answer(
    assignment_id: Id, evaluation_id: Id, body: AnswerWrite, user: AnyUser, session: DbSession, now: Now
) -> EvaluationRead:
    """A donor programme's admin answers the rebuttal: upheld, or revised to `overall`, with the reason."""
    answer_rebuttal(session, actor=user, assignment_id=assignment_id, evaluation_id=evaluation_id,
                    outcome=body.outcome, overall=body.overall, reason=body.reason, now=now)  # fmt: skip
    return _one(session, user, assignment_id, evaluation_id)


@router.get(
    "/assignments/{assignment_id}/evaluations/{evaluation_id}/evaluation.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "the evaluation"}},
)
def get_evaluation_pdf(
    assignment_id: Id, evaluation_id: Id, request: Request, user: AnyUser, session: DbSession, now: Now,
    lang: Lang = None,
) -> Response:  # fmt: skip
    """The evaluation as a PDF in `lang`, else the language `Accept-Language` prefers, else the reader's."""
    locale = lang or from_accept_language(request.headers.get("accept-language", "")) or language_of(user)
    data, name = evaluation_pdf(session, actor=user, assignment_id=assignment_id, evaluation_id=evaluation_id,
                                locale=locale, now=now)  # fmt: skip
    return Response(data, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip
