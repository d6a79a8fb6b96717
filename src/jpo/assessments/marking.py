"""Blind double marking: markers declare conflicts of interest, then each marks each submitted sheet
alone, known only by its answer number, and sees the other's marks only once theirs are in; sheets
whose totals are further apart than the allowed spread are moderated, with a reason; when every sheet
has its final mark the assessment is complete and its candidates move on (shortlisted → assessed)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.moves import move
from jpo.applications.reasons import ASSESSMENT_MARKED
from jpo.assessments.common import (
    answers_of,
    criteria_of,
    is_submitted,
    markers_of,
    marks_of,
    settle,
    sittings_of,
    tasks_of,
)
from jpo.audit.trail import record
from jpo.authz import may_run_recruitment
from jpo.contracts.text import forbidden_character
from jpo.db.assessment_tables import Assessment, AssessmentMark, AssessmentMarker, AssessmentSitting
from jpo.db.models import Application, User, VacancyRow
from jpo.db.session import start_writing
from jpo.errors import ConflictError, ForbiddenError, InputError, NotFoundError
from jpo.recruitment.assessment import (
    COMMENT_MAX,
    REASON_MAX,
    STATEMENT_MAX,
    Task,
    problems_of_marks,
    scheme_total,
    standing,
)
from jpo.recruitment.marking import AnswerResult, Criterion


def _text(value: str, where: str, limit: int, *, required: bool) -> str:
    value = value.strip()
    if required and not value:
        raise InputError(f"{where}: this is required", field=where)
    if len(value) > limit:
        raise InputError(f"{where}: at most {limit} characters", field=where)
    found = forbidden_character(value)
    if found is not None:
        raise InputError(f"{where}: holds the control character U+{ord(found):04X}", field=where)
    return value


def sheet_standing(
    assessment: Assessment, sitting: AssessmentSitting, marks: list[AssessmentMark]
) -> AnswerResult:
    moderated = None
    if sitting.moderated_mark is not None:
        moderated = (sitting.moderated_mark, sitting.moderation_reason or "", str(sitting.moderator_id))
    markings = [(str(mark.marker_id), mark.marks) for mark in marks]
    return standing(criteria_of(assessment), markings, assessment.allowed_spread, moderated)


# --- markers -------------------------------------------------------------------------------------------


def _marker_row(session: Session, assessment_id: int, user: User) -> AssessmentMarker | None:
    query = select(AssessmentMarker).where(
        AssessmentMarker.assessment_id == assessment_id, AssessmentMarker.user_id == user.id
    )
    return session.scalar(query)


@dataclass(frozen=True)
class QueueSheet:
    number: str
    marked_by_me: bool
    marks_in: int  # how many markers have marked it (a sheet needs two)


@dataclass(frozen=True)
class Assignment:
    """One assessment a user marks: its vacancy, their declaration, the sheets they may mark or did."""

    vacancy: VacancyRow
    assessment: Assessment
    marker: AssessmentMarker
    sheets: list[QueueSheet]


def marking_queue(session: Session, *, user: User, now: datetime) -> list[Assignment]:
    """The assessments `user` marks, with their submitted sheets by answer number (only once declared)."""
    query = select(AssessmentMarker).where(AssessmentMarker.user_id == user.id).order_by(AssessmentMarker.id)
    found = []
    for marker in session.scalars(query):
        assessment = session.get_one(Assessment, marker.assessment_id)
        sheets: list[QueueSheet] = []
        if marker.declaration == "none":
            sittings = sittings_of(session, assessment.id)
            settle(session, sittings, now)
            done = [sitting for sitting in sittings if is_submitted(sitting, now)]
            marks = marks_of(session, [sitting.id for sitting in done])
            for sitting in done:
                mine = any(mark.marker_id == user.id for mark in marks[sitting.id])
                if mine or len(marks[sitting.id]) < 2:
                    sheets.append(QueueSheet(sitting.answer_number, mine, len(marks[sitting.id])))
        found.append(
            Assignment(session.get_one(VacancyRow, assessment.vacancy_id), assessment, marker, sheets)
        )
    return found


def declare(
    session: Session, *, user: User, vacancy_id: int, conflict: bool, statement: str, now: datetime
) -> AssessmentMarker:
    """A marker's declaration, once: no conflict of interest (then they mark), or a conflict with what it
    is (then they do not; the runner may replace them)."""
    assessment = session.scalar(select(Assessment).where(Assessment.vacancy_id == vacancy_id))
    marker = _marker_row(session, assessment.id, user) if assessment else None
    if assessment is None or marker is None:
        raise NotFoundError(f"you are not a marker of vacancy {vacancy_id}'s assessment")
    if marker.declaration is not None:
        raise ConflictError("you have already declared for this assessment", code="already-declared")
    statement = _text(statement, "statement", STATEMENT_MAX, required=conflict)
    marker.declaration, marker.statement, marker.declared_at = (
        ("conflict" if conflict else "none"),
        (statement or None),
        now,
    )
    record(session, actor_id=user.id, action="assessment.declared", subject_type="assessment",
           subject_id=assessment.id, reason=statement or None,
           detail={"conflict": conflict})  # fmt: skip
    session.flush()
    return marker


@dataclass(frozen=True)
class MarkingView:
    """A sheet as its marker sees it: its number and answers, never whose they are."""

    number: str
    vacancy_id: int
    tasks: list[Task]
    answers: dict[int, str]
    criteria: list[Criterion]
    mine: AssessmentMark | None
    others: list[AssessmentMark]  # empty until `mine` is in
    standing: AnswerResult | None  # once `mine` is in
    allowed_spread: int


def _sheet(session: Session, number: str, now: datetime) -> tuple[Assessment, AssessmentSitting]:
    sitting = session.scalar(select(AssessmentSitting).where(AssessmentSitting.answer_number == number))
    if sitting is None:
        raise NotFoundError(f"sheet {number} not found")
    settle(session, [sitting], now)
    return session.get_one(Assessment, sitting.assessment_id), sitting


def _marking_sheet(
    session: Session, user: User, number: str, now: datetime
) -> tuple[Assessment, AssessmentSitting]:
    assessment, sitting = _sheet(session, number, now)
    marker = _marker_row(session, assessment.id, user)
    if marker is None or not is_submitted(sitting, now):
        raise NotFoundError(f"sheet {number} not found")
    if marker.declaration is None:
        raise ForbiddenError("declare any conflict of interest before marking", code="declaration-required")
    if marker.declaration == "conflict":
        raise ForbiddenError("you declared a conflict of interest: you do not mark this assessment",
                             code="conflict-declared")  # fmt: skip
    return assessment, sitting


def marking_view(session: Session, *, user: User, number: str, now: datetime) -> MarkingView:
    assessment, sitting = _marking_sheet(session, user, number, now)
    marks = marks_of(session, [sitting.id])[sitting.id]
    mine = next((mark for mark in marks if mark.marker_id == user.id), None)
    if mine is None and len(marks) >= 2:
        raise NotFoundError(f"sheet {number} not found")  # two others marked it: not in this marker's queue
    others = [mark for mark in marks if mark.marker_id != user.id] if mine else []
    answers = {task: answer.text for task, answer in answers_of(session, sitting.id).items()}
    return MarkingView(number, assessment.vacancy_id, tasks_of(assessment), answers, criteria_of(assessment),
                       mine, others, sheet_standing(assessment, sitting, marks) if mine else None,
                       assessment.allowed_spread)  # fmt: skip


def submit_marks(
    session: Session, *, user: User, number: str, marks: Mapping[str, int], comment: str, now: datetime
) -> MarkingView:
    """One marker's marks for a sheet, once (ConflictError `already-marked`); a sheet takes two."""
    assessment, sitting = _marking_sheet(session, user, number, now)
    start_writing(session)
    given = marks_of(session, [sitting.id])[sitting.id]
    if any(mark.marker_id == user.id for mark in given):
        raise ConflictError(f"you have already marked sheet {number}", code="already-marked")
    if len(given) >= 2:
        raise ConflictError(f"sheet {number} already has its two markings", code="sheet-marked")
    problems = problems_of_marks(criteria_of(assessment), marks)
    if problems:
        where, what = next(iter(problems.items()))
        raise InputError(f"{where}: {what}", field=where)
    comment = _text(comment, "comment", COMMENT_MAX, required=False)
    mark = AssessmentMark(sitting_id=sitting.id, marker_id=user.id, marks=dict(marks), comment=comment,
                          submitted_at=now)  # fmt: skip
    session.add(mark)
    session.flush()
    total = sum(int(value) for value in marks.values())
    record(session, actor_id=user.id, action="assessment.marked", subject_type="assessment",
           subject_id=assessment.id, detail={"sheet": number, "total": total})  # fmt: skip
    complete_if_done(session, assessment, now)
    return marking_view(session, user=user, number=number, now=now)


# --- moderation and completion -------------------------------------------------------------------------


def may_moderate(user: User, assessment: Assessment, vacancy: VacancyRow) -> bool:
    return assessment.moderator_id == user.id or may_run_recruitment(user, vacancy)


@dataclass(frozen=True)
class ModerationView:
    number: str
    tasks: list[Task]
    answers: dict[int, str]
    criteria: list[Criterion]
    marks: list[AssessmentMark]
    markers: dict[int, str]  # user id -> e-mail, for the moderator
    standing: AnswerResult
    allowed_spread: int
    sitting: AssessmentSitting


def _moderated_sheet(
    session: Session, user: User, number: str, now: datetime
) -> tuple[Assessment, AssessmentSitting]:
    assessment, sitting = _sheet(session, number, now)
    if not may_moderate(user, assessment, session.get_one(VacancyRow, assessment.vacancy_id)):
        raise NotFoundError(f"sheet {number} not found")
    return assessment, sitting


def moderation_view(session: Session, *, user: User, number: str, now: datetime) -> ModerationView:
    """A sheet flagged for moderation, for the runner or the designated moderator: both markings."""
    assessment, sitting = _moderated_sheet(session, user, number, now)
    marks = marks_of(session, [sitting.id])[sitting.id]
    result = sheet_standing(assessment, sitting, marks)
    if not result.needs_moderation:
        raise ConflictError(f"sheet {number} does not need moderation", code="moderation-not-needed")
    emails = {mark.marker_id: session.get_one(User, mark.marker_id).email for mark in marks}
    answers = {task: answer.text for task, answer in answers_of(session, sitting.id).items()}
    return ModerationView(number, tasks_of(assessment), answers, criteria_of(assessment), marks, emails,
                          result, assessment.allowed_spread, sitting)  # fmt: skip


def moderate(
    session: Session, *, user: User, number: str, mark: int, reason: str, now: datetime
) -> ModerationView:
    """The moderated mark of a flagged sheet, with its reason, once; never by one of its markers."""
    view = moderation_view(session, user=user, number=number, now=now)
    assessment = session.get_one(Assessment, view.sitting.assessment_id)
    if any(given.marker_id == user.id for given in view.marks):
        raise ForbiddenError("a marker of this sheet does not moderate it", code="marker-moderates")
    if view.sitting.moderated_mark is not None:
        raise ConflictError(f"sheet {number} is already moderated", code="already-moderated")
    total = scheme_total(view.criteria)
    if isinstance(mark, bool) or not 0 <= mark <= total:
        raise InputError(f"mark: a moderated mark is a whole number from 0 to {total}", field="mark")
    reason = _text(reason, "reason", REASON_MAX, required=True)
    start_writing(session)
    sitting = view.sitting
    sitting.moderated_mark, sitting.moderation_reason = mark, reason
    sitting.moderator_id, sitting.moderated_at = user.id, now
    record(session, actor_id=user.id, action="assessment.moderated", subject_type="assessment",
           subject_id=assessment.id, reason=reason, detail={"sheet": number, "mark": mark})  # fmt: skip
    session.flush()
    complete_if_done(session, assessment, now)
    return moderation_view(session, user=user, number=number, now=now)


def _still_to_sit(
    session: Session, assessment: Assessment, sittings: list[AssessmentSitting], now: datetime
) -> bool:
    """Whether a candidate may still hand in a sheet (one in progress, or one invited while it is open)."""
    for sitting in sittings:
        if sitting.started_at is not None and not is_submitted(sitting, now):
            return True
        if sitting.started_at is None and now < assessment.closes_at:
            application = session.get_one(Application, sitting.application_id)
            if application.status == "shortlisted":
                return True
    return False


def complete_if_done(session: Session, assessment: Assessment, now: datetime) -> bool:
    """Once no sheet can still come in and every sheet has its final mark: complete, and each sheet's
    shortlisted application moves to assessed (the system's move; who completed it is no party to it)."""
    if assessment.completed_at is not None:
        return True
    sittings = sittings_of(session, assessment.id)
    settle(session, sittings, now)
    sheets = [sitting for sitting in sittings if is_submitted(sitting, now)]
    if not sheets or _still_to_sit(session, assessment, sittings, now):
        return False
    marks = marks_of(session, [sitting.id for sitting in sheets])
    if any(sheet_standing(assessment, sitting, marks[sitting.id]).mark is None for sitting in sheets):
        return False
    start_writing(session)
    assessment.completed_at = now
    for sitting in sheets:
        application = session.get_one(Application, sitting.application_id)
        if application.status == "shortlisted":
            move(session, application=application, to="assessed", actor="system", by=None,
                 reason=ASSESSMENT_MARKED)  # fmt: skip
    record(session, actor_id=None, action="assessment.completed", subject_type="assessment",
           subject_id=assessment.id, detail={"sheets": len(sheets)})  # fmt: skip
    session.flush()
    return True


def markers_named(session: Session, assessment_id: int) -> list[tuple[AssessmentMarker, User]]:
    return [(marker, session.get_one(User, marker.user_id)) for marker in markers_of(session, assessment_id)]
