"""A vacancy's written assessment: set and followed by the staff who run its recruitment, taken by the
shortlisted candidates, marked blind by its markers (sheets known by their answer number only)."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction
from typing import Annotated

from fastapi import APIRouter, Path, Response, status
from pydantic import AwareDatetime, BaseModel, Field

from jpo.api.deps import AnyUser, Candidate, Staff
from jpo.assessments.marking import (
    MarkingView,
    ModerationView,
    declare,
    marking_queue,
    marking_view,
    moderate,
    moderation_view,
    submit_marks,
)
from jpo.assessments.results import Overview, assessment_overview
from jpo.assessments.setting import AssessmentSpec, invite_shortlisted, replace_markers, set_assessment
from jpo.assessments.taking import (
    CandidateSitting,
    candidate_sitting,
    save_answer,
    start_sitting,
    submit_sitting,
)
from jpo.contracts.text import NO_CONTROLS
from jpo.db.assessment_tables import AssessmentMark
from jpo.http.deps import DbSession, Id, Now
from jpo.recruitment.assessment import (
    ANSWER_MAX,
    COMMENT_MAX,
    CRITERIA_MAX,
    INSTRUCTIONS_MAX,
    MARKERS_MAX,
    MARKS_MAX,
    MINUTES_MAX,
    MINUTES_MIN,
    REASON_MAX,
    STATEMENT_MAX,
    TASKS_MAX,
    TITLE_MAX,
    Task,
)
from jpo.recruitment.marking import Criterion

router = APIRouter(tags=["assessments"])

Short = Annotated[str, Field(max_length=TITLE_MAX), NO_CONTROLS]
Email = Annotated[str, Field(max_length=320), NO_CONTROLS]
Number = Annotated[str, Path(pattern=r"^\d{4}-\d{4}$", description="a sheet's answer number")]
TaskIndex = Annotated[int, Path(ge=0, lt=TASKS_MAX, description="the task's position, from 0")]


class TaskWrite(BaseModel):
    title: Short
    instructions: Annotated[str, Field(max_length=INSTRUCTIONS_MAX), NO_CONTROLS]


class CriterionWrite(BaseModel):
    name: Short
    max_marks: int = Field(ge=1, le=MARKS_MAX)


class AssessmentWrite(BaseModel):
    tasks: list[TaskWrite] = Field(min_length=1, max_length=TASKS_MAX)
    criteria: list[CriterionWrite] = Field(min_length=1, max_length=CRITERIA_MAX)
    opens_at: AwareDatetime
    closes_at: AwareDatetime
    minutes: int = Field(ge=MINUTES_MIN, le=MINUTES_MAX, description="each candidate's time limit")
    allowed_spread: int = Field(
        ge=0, le=MARKS_MAX * CRITERIA_MAX, description="marks two totals may differ by"
    )
    markers: list[Email] = Field(min_length=2, max_length=MARKERS_MAX, description="staff e-mail addresses")
    moderator: Email | None = Field(default=None, description="a staff e-mail address; else the runners")


class MarkersWrite(BaseModel):
    markers: list[Email] = Field(min_length=2, max_length=MARKERS_MAX)


class MarkerRead(BaseModel):
    email: str
    declaration: str | None
    statement: str | None


class SheetProgressRead(BaseModel):
    number: str
    marks_in: int
    totals: list[float]
    needs_moderation: bool
    moderated: bool
    mark: float | None


class ResultRead(BaseModel):
    candidate: str
    application_id: int
    status: str
    sat: bool
    number: str | None
    totals: list[float]
    mark: float | None
    moderated: bool
    moderation_reason: str | None


class AssessmentRead(BaseModel):
    vacancy_id: int
    tasks: list[TaskWrite]
    criteria: list[CriterionWrite]
    opens_at: datetime
    closes_at: datetime
    minutes: int
    allowed_spread: int
    maximum: int
    markers: list[MarkerRead]
    moderator: str | None
    locked: bool
    invited: int
    started: int
    submitted: int
    sheets: list[SheetProgressRead]
    completed_at: datetime | None
    results: list[ResultRead] | None = Field(description="by pseudonym, once every sheet has its final mark")


class InvitationsRead(BaseModel):
    invited: int


class SittingRead(BaseModel):
    application_id: int
    vacancy_id: int
    opens_at: datetime
    closes_at: datetime
    minutes: int
    phase: str = Field(description="not_open, open or closed")
    state: str = Field(description="not_started, in_progress or submitted")
    started_at: datetime | None
    due_at: datetime | None
    submitted_at: datetime | None
    tasks: list[TaskWrite] = Field(description="shown once started")
    answers: dict[int, str]


class AnswerWrite(BaseModel):
    text: Annotated[str, Field(max_length=ANSWER_MAX), NO_CONTROLS]


class AnswerRead(BaseModel):
    task: int
    saved_at: datetime


class DeclarationWrite(BaseModel):
    conflict: bool
    statement: Annotated[str, Field(max_length=STATEMENT_MAX), NO_CONTROLS] = ""


class DeclarationRead(BaseModel):
    vacancy_id: int
    declaration: str


class QueueSheetRead(BaseModel):
    number: str
    marked_by_me: bool


class AssignmentRead(BaseModel):
    vacancy_id: int
    title: str
    declaration: str | None
    sheets: list[QueueSheetRead]


class MarksRead(BaseModel):
    marks: dict[str, int]
    total: int
    comment: str


class MarksWrite(BaseModel):
    marks: dict[Short, int] = Field(max_length=CRITERIA_MAX)
    comment: Annotated[str, Field(max_length=COMMENT_MAX), NO_CONTROLS] = ""


class SheetRead(BaseModel):
    number: str
    vacancy_id: int
    tasks: list[TaskWrite]
    answers: dict[int, str]
    criteria: list[CriterionWrite]
    allowed_spread: int
    mine: MarksRead | None
    others: list[MarksRead] = Field(description="the other marking, only once yours is submitted")
    needs_moderation: bool | None


class ModerationWrite(BaseModel):
    mark: int = Field(ge=0, le=MARKS_MAX * CRITERIA_MAX)
    reason: Annotated[str, Field(max_length=REASON_MAX), NO_CONTROLS]


class ModerationRead(BaseModel):
    number: str
    tasks: list[TaskWrite]
    answers: dict[int, str]
    criteria: list[CriterionWrite]
    markings: list[MarksRead]
    totals: list[float]
    allowed_spread: int
    moderated_mark: int | None
    moderation_reason: str | None


def _tasks(tasks: list[Task]) -> list[TaskWrite]:
    return [TaskWrite(title=task.title, instructions=task.instructions) for task in tasks]


def _criteria(criteria: list[Criterion]) -> list[CriterionWrite]:
    return [CriterionWrite(name=c.name, max_marks=c.max_marks) for c in criteria]


def _marks(mark: AssessmentMark) -> MarksRead:
    return MarksRead(marks=mark.marks, total=sum(int(v) for v in mark.marks.values()), comment=mark.comment)


def _number(value: Fraction | None) -> float | None:
    return float(value) if value is not None else None


def overview_read(view: Overview) -> AssessmentRead:
    a = view.assessment
    sheets = [SheetProgressRead(number=s.number, marks_in=s.marks_in, totals=[float(t) for t in s.totals],
                                needs_moderation=s.needs_moderation, moderated=s.moderated,
                                mark=_number(s.mark)) for s in view.sheets]  # fmt: skip
    results = None
    if view.results is not None:
        results = [ResultRead(candidate=r.candidate, application_id=r.application_id, status=r.status,
                              sat=r.sat, number=r.number, totals=[float(t) for t in r.totals],
                              mark=_number(r.mark), moderated=r.moderated,
                              moderation_reason=r.moderation_reason) for r in view.results]  # fmt: skip
    return AssessmentRead(
        vacancy_id=a.vacancy_id, tasks=[TaskWrite.model_validate(t) for t in a.tasks],
        criteria=[CriterionWrite.model_validate(c) for c in a.criteria], opens_at=a.opens_at,
        closes_at=a.closes_at, minutes=a.minutes, allowed_spread=a.allowed_spread, maximum=view.maximum,
        markers=[MarkerRead(email=user.email, declaration=m.declaration, statement=m.statement)
                 for m, user in view.markers],
        moderator=view.moderator.email if view.moderator else None, locked=view.started > 0,
        invited=view.invited, started=view.started, submitted=view.submitted, sheets=sheets,
        completed_at=a.completed_at, results=results,
    )  # fmt: skip


def sitting_read(view: CandidateSitting) -> SittingRead:
    a, s = view.assessment, view.sitting
    return SittingRead(
        application_id=view.application.id, vacancy_id=a.vacancy_id, opens_at=a.opens_at,
        closes_at=a.closes_at, minutes=a.minutes, phase=view.phase, state=view.state,
        started_at=s.started_at, due_at=s.due_at, submitted_at=s.submitted_at,
        tasks=_tasks(view.tasks), answers=view.answers,
    )  # fmt: skip


def sheet_read(view: MarkingView) -> SheetRead:
    return SheetRead(
        number=view.number, vacancy_id=view.vacancy_id, tasks=_tasks(view.tasks), answers=view.answers,
        criteria=_criteria(view.criteria), allowed_spread=view.allowed_spread,
        mine=_marks(view.mine) if view.mine else None, others=[_marks(m) for m in view.others],
        needs_moderation=view.standing.needs_moderation if view.standing else None,
    )  # fmt: skip


def moderation_read(view: ModerationView) -> ModerationRead:
    return ModerationRead(
        number=view.number, tasks=_tasks(view.tasks), answers=view.answers, criteria=_criteria(view.criteria),
        markings=[_marks(m) for m in view.marks], totals=[float(t) for t in view.standing.totals],
        allowed_spread=view.allowed_spread, moderated_mark=view.sitting.moderated_mark,
        moderation_reason=view.sitting.moderation_reason,
    )  # fmt: skip


# --- the runner ----------------------------------------------------------------------------------------


@router.put(
    "/vacancies/{vacancy_id}/assessment",
    response_model=AssessmentRead,
    responses={201: {"model": AssessmentRead, "description": "the assessment was set"}},
)
def put_assessment(
    vacancy_id: Id, body: AssessmentWrite, staff: Staff, session: DbSession, now: Now, response: Response
) -> AssessmentRead:
    """Set (201) or replace (200) the vacancy's written assessment, for the staff who run its recruitment;
    `assessment-locked` (409) once a candidate has started; an unknown marker's e-mail is 422 `markers.N`."""
    spec = AssessmentSpec(
        tasks=[Task(t.title, t.instructions) for t in body.tasks],
        criteria=[Criterion(c.name, c.max_marks) for c in body.criteria], opens_at=body.opens_at,
        closes_at=body.closes_at, minutes=body.minutes, allowed_spread=body.allowed_spread,
        markers=list(body.markers), moderator=body.moderator,
    )  # fmt: skip
    _, created = set_assessment(session, actor=staff, vacancy_id=vacancy_id, spec=spec, now=now)
    if created:
        response.status_code = status.HTTP_201_CREATED
    return overview_read(assessment_overview(session, actor=staff, vacancy_id=vacancy_id, now=now))


@router.get("/vacancies/{vacancy_id}/assessment", response_model=AssessmentRead)
def get_assessment(vacancy_id: Id, staff: Staff, session: DbSession, now: Now) -> AssessmentRead:
    """The assessment, its markers' declarations and its sheets' progress by answer number; once every
    sheet has its final mark, `results` by pseudonym (the read audited)."""
    return overview_read(assessment_overview(session, actor=staff, vacancy_id=vacancy_id, now=now))


@router.put("/vacancies/{vacancy_id}/assessment/markers", response_model=AssessmentRead)
def put_markers(
    vacancy_id: Id, body: MarkersWrite, staff: Staff, session: DbSession, now: Now
) -> AssessmentRead:
    """Replace the markers at any time (one who declared a conflict, say); one who has marked a sheet
    stays (409 `marker-has-marked`)."""
    replace_markers(session, actor=staff, vacancy_id=vacancy_id, markers=list(body.markers), now=now)
    return overview_read(assessment_overview(session, actor=staff, vacancy_id=vacancy_id, now=now))


@router.post("/vacancies/{vacancy_id}/assessment/invitations", response_model=InvitationsRead)
def post_invitations(vacancy_id: Id, staff: Staff, session: DbSession, now: Now) -> InvitationsRead:
    """Invite the shortlisted candidates not yet invited (an e-mail each, in their language); 409
    `assessment-closed` after the window."""
    return InvitationsRead(
        invited=len(invite_shortlisted(session, actor=staff, vacancy_id=vacancy_id, now=now))
    )


# --- the candidate -------------------------------------------------------------------------------------


@router.get("/applications/{application_id}/assessment", response_model=SittingRead)
def get_sitting(application_id: Id, candidate: Candidate, session: DbSession, now: Now) -> SittingRead:
    """Your sitting: the window, the clock, and once started the tasks and your saved answers."""
    return sitting_read(candidate_sitting(session, user=candidate, application_id=application_id, now=now))


@router.post("/applications/{application_id}/assessment/start", response_model=SittingRead)
def post_start(application_id: Id, candidate: Candidate, session: DbSession, now: Now) -> SittingRead:
    """Start the clock (again: nothing changes); 409 `assessment-not-open` / `assessment-closed` outside
    the window."""
    return sitting_read(start_sitting(session, user=candidate, application_id=application_id, now=now))


@router.put("/applications/{application_id}/assessment/answers/{task}", response_model=AnswerRead)
def put_answer(
    application_id: Id, task: TaskIndex, body: AnswerWrite, candidate: Candidate, session: DbSession, now: Now
) -> AnswerRead:
    """Save an answer as typed; 409 `assessment-submitted` after the due time or once handed in."""
    answer = save_answer(session, user=candidate, application_id=application_id, task=task, text=body.text,
                         now=now)  # fmt: skip
    return AnswerRead(task=answer.task, saved_at=answer.saved_at)


@router.post("/applications/{application_id}/assessment/submit", response_model=SittingRead)
def post_submit(application_id: Id, candidate: Candidate, session: DbSession, now: Now) -> SittingRead:
    """Hand in before the due time; 409 `assessment-submitted` when it already is."""
    return sitting_read(submit_sitting(session, user=candidate, application_id=application_id, now=now))


# --- markers and moderators ----------------------------------------------------------------------------


@router.get("/assessment-sheets", response_model=list[AssignmentRead])
def get_queue(staff: Staff, session: DbSession, now: Now) -> list[AssignmentRead]:
    """The assessments you mark, each with your declaration and the sheets you may mark (by number)."""
    return [
        AssignmentRead(vacancy_id=a.vacancy.id, title=str(a.vacancy.document.get("title") or ""),
                       declaration=a.marker.declaration,
                       sheets=[QueueSheetRead(number=s.number, marked_by_me=s.marked_by_me)
                               for s in a.sheets])
        for a in marking_queue(session, user=staff, now=now)
    ]  # fmt: skip


@router.post("/vacancies/{vacancy_id}/assessment/declaration", response_model=DeclarationRead,
             status_code=status.HTTP_201_CREATED)  # fmt: skip
def post_declaration(
    vacancy_id: Id, body: DeclarationWrite, staff: Staff, session: DbSession, now: Now
) -> DeclarationRead:
    """Declare, once, whether you have a conflict of interest (a conflict needs its `statement`);
    409 `already-declared`."""
    marker = declare(session, user=staff, vacancy_id=vacancy_id, conflict=body.conflict,
                     statement=body.statement, now=now)  # fmt: skip
    return DeclarationRead(vacancy_id=vacancy_id, declaration=marker.declaration or "")


@router.get("/assessment-sheets/{number}", response_model=SheetRead)
def get_sheet(number: Number, staff: Staff, session: DbSession, now: Now) -> SheetRead:
    """A sheet to mark: its answers by number, never whose; the other marking only once yours is in.
    403 `declaration-required` / `conflict-declared`; 404 for anyone who is not its marker."""
    return sheet_read(marking_view(session, user=staff, number=number, now=now))


@router.post(
    "/assessment-sheets/{number}/marks", response_model=SheetRead, status_code=status.HTTP_201_CREATED
)
def post_marks(number: Number, body: MarksWrite, staff: Staff, session: DbSession, now: Now) -> SheetRead:
    """Your marks per criterion (whole marks, 0 to the criterion's maximum) and a comment, once
    (409 `already-marked`); the answer shows the other marking if it is in."""
    return sheet_read(submit_marks(session, user=staff, number=number, marks=body.marks, comment=body.comment,
                                   now=now))  # fmt: skip


@router.get("/assessment-sheets/{number}/moderation", response_model=ModerationRead)
def get_moderation(number: Number, user: AnyUser, session: DbSession, now: Now) -> ModerationRead:
    """A sheet whose markings are further apart than the spread, for the runner or the moderator (409
    `moderation-not-needed` for another)."""
    return moderation_read(moderation_view(session, user=user, number=number, now=now))


@router.post("/assessment-sheets/{number}/moderation", response_model=ModerationRead)
def post_moderation(
    number: Number, body: ModerationWrite, staff: Staff, session: DbSession, now: Now
) -> ModerationRead:
    """The moderated mark (0 to the scheme's total) with its reason, once (409 `already-moderated`);
    never by one of the sheet's markers (403 `marker-moderates`)."""
    return moderation_read(moderate(session, user=staff, number=number, mark=body.mark, reason=body.reason,
                                    now=now))  # fmt: skip
