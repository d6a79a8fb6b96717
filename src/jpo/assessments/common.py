"""What every part of the written assessment reads: a vacancy's assessment, its sittings and answers,
its markers and marks, and the sittings whose time ran out (submitted with what was saved)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.db.assessment_tables import (
    Assessment,
    AssessmentAnswer,
    AssessmentMark,
    AssessmentMarker,
    AssessmentSitting,
)
from jpo.db.session import start_writing
from jpo.errors import NotFoundError
from jpo.recruitment.assessment import Task
from jpo.recruitment.marking import Criterion


def assessment_of(session: Session, vacancy_id: int) -> Assessment | None:
    return session.scalar(select(Assessment).where(Assessment.vacancy_id == vacancy_id))


def require_assessment(session: Session, vacancy_id: int) -> Assessment:
    assessment = assessment_of(session, vacancy_id)
    if assessment is None:
        raise NotFoundError(f"vacancy {vacancy_id} has no written assessment")
    return assessment


def tasks_of(assessment: Assessment) -> list[Task]:
    return [Task(str(task["title"]), str(task["instructions"])) for task in assessment.tasks]


def criteria_of(assessment: Assessment) -> list[Criterion]:
    return [Criterion(str(item["name"]), int(item["max_marks"])) for item in assessment.criteria]


def sittings_of(session: Session, assessment_id: int) -> list[AssessmentSitting]:
    """The assessment's sittings by answer number (random: their order says nothing)."""
    query = select(AssessmentSitting).where(AssessmentSitting.assessment_id == assessment_id)
    return list(session.scalars(query.order_by(AssessmentSitting.answer_number)))


def markers_of(session: Session, assessment_id: int) -> list[AssessmentMarker]:
    query = select(AssessmentMarker).where(AssessmentMarker.assessment_id == assessment_id)
    return list(session.scalars(query.order_by(AssessmentMarker.id)))


def answers_of(session: Session, sitting_id: int) -> dict[int, AssessmentAnswer]:
    query = select(AssessmentAnswer).where(AssessmentAnswer.sitting_id == sitting_id)
    return {answer.task: answer for answer in session.scalars(query)}


def marks_of(session: Session, sitting_ids: list[int]) -> dict[int, list[AssessmentMark]]:
    """Each sitting's marks in the order they were submitted."""
    found: dict[int, list[AssessmentMark]] = {sitting_id: [] for sitting_id in sitting_ids}
    if sitting_ids:
        query = select(AssessmentMark).where(AssessmentMark.sitting_id.in_(sitting_ids))
        for mark in session.scalars(query.order_by(AssessmentMark.submitted_at, AssessmentMark.id)):
            found[mark.sitting_id].append(mark)
    return found


def is_submitted(sitting: AssessmentSitting, now: datetime) -> bool:
    return sitting.submitted_at is not None or (sitting.due_at is not None and now >= sitting.due_at)


def settle(session: Session, sittings: list[AssessmentSitting], now: datetime) -> None:
    """Sittings whose time ran out are submitted, as of their due time, with what was saved."""
    expired = [s for s in sittings if s.submitted_at is None and s.due_at is not None and now >= s.due_at]
    if not expired:
        return
    start_writing(session)  # on SQLite this reads them again, in the write transaction
    for sitting in expired:
        if sitting.submitted_at is None:
            sitting.submitted_at = sitting.due_at
            record(session, actor_id=None, action="assessment.submitted", subject_type="assessment",
                   subject_id=sitting.assessment_id,
                   detail={"sheet": sitting.answer_number, "at_limit": True})  # fmt: skip
    session.flush()
