"""A candidate's sitting of the written assessment: opened within the window, the clock started on
"Start", answers saved as they are typed until the due time, submitted early or at the limit (then with
what was saved); a reload finds everything as it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.service import own_application
from jpo.assessments.common import answers_of, is_submitted, settle, tasks_of
from jpo.audit.trail import record
from jpo.contracts.text import forbidden_character
from jpo.db.assessment_tables import Assessment, AssessmentAnswer, AssessmentSitting
from jpo.db.models import Application, User, VacancyRow
from jpo.db.session import start_writing
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.recruitment.assessment import ANSWER_MAX, Phase, SittingState, Task, due_at, phase, sitting_state


@dataclass(frozen=True)
class CandidateSitting:
    """What the candidate sees: the tasks (once started), the window, the clock and their answers."""

    application: Application
    vacancy: VacancyRow
    assessment: Assessment
    sitting: AssessmentSitting
    tasks: list[Task]
    answers: dict[int, str]
    phase: Phase
    state: SittingState


def sitting_of_application(session: Session, application_id: int) -> AssessmentSitting | None:
    query = select(AssessmentSitting).where(AssessmentSitting.application_id == application_id)
    return session.scalar(query)


def _own_sitting(session: Session, user: User, application_id: int) -> tuple[Application, AssessmentSitting]:
    application = own_application(session, user=user, application_id=application_id)
    sitting = sitting_of_application(session, application.id)
    if sitting is None:
        raise NotFoundError(f"application {application_id} has no written assessment")
    return application, sitting


def candidate_sitting(
    session: Session, *, user: User, application_id: int, now: datetime
) -> CandidateSitting:
    """The candidate's own sitting (404 for another's); a sitting past its due time is submitted here."""
    application, sitting = _own_sitting(session, user, application_id)
    settle(session, [sitting], now)
    assessment = session.get_one(Assessment, sitting.assessment_id)
    state = sitting_state(sitting.started_at, sitting.due_at, sitting.submitted_at, now)
    answers = {task: answer.text for task, answer in answers_of(session, sitting.id).items()}
    tasks = tasks_of(assessment) if state != "not_started" else []  # the tasks are shown from the start
    return CandidateSitting(application, session.get_one(VacancyRow, application.vacancy_id), assessment,
                            sitting, tasks, answers, phase(assessment.opens_at, assessment.closes_at, now),
                            state)  # fmt: skip


def start_sitting(session: Session, *, user: User, application_id: int, now: datetime) -> CandidateSitting:
    """Start the clock (again: nothing changes); within the window, for a shortlisted application."""
    application, sitting = _own_sitting(session, user, application_id)
    assessment = session.get_one(Assessment, sitting.assessment_id)
    if sitting.started_at is None:
        window = phase(assessment.opens_at, assessment.closes_at, now)
        if window == "not_open":
            raise ConflictError("the assessment is not open yet", code="assessment-not-open")
        if window == "closed":
            raise ConflictError("the assessment's window has closed", code="assessment-closed")
        if application.status != "shortlisted":
            raise ConflictError(f"an application that is {application.status} does not sit the assessment",
                                code="not-shortlisted")  # fmt: skip
        start_writing(session)
        sitting.started_at = now
        sitting.due_at = due_at(now, assessment.minutes, assessment.closes_at)
        record(session, actor_id=user.id, action="assessment.started", subject_type="assessment",
               subject_id=assessment.id, detail={"sheet": sitting.answer_number})  # fmt: skip
        session.flush()
    return candidate_sitting(session, user=user, application_id=application_id, now=now)


def _open_sitting(session: Session, user: User, application_id: int, now: datetime) -> AssessmentSitting:
    _, sitting = _own_sitting(session, user, application_id)
    if sitting.started_at is None:
        raise ConflictError("start the assessment first", code="assessment-not-started")
    if is_submitted(sitting, now):
        settle(session, [sitting], now)
        raise ConflictError("the assessment is submitted: answers can no longer change",
                            code="assessment-submitted")  # fmt: skip
    return sitting


def save_answer(
    session: Session, *, user: User, application_id: int, task: int, text: str, now: datetime
) -> AssessmentAnswer:
    """Keep the answer to task `task` (from 0) as typed; refused after the due time."""
    if len(text) > ANSWER_MAX:
        raise InputError(f"text: an answer is at most {ANSWER_MAX} characters", field="text")
    found = forbidden_character(text)
    if found is not None:
        raise InputError(f"text: holds the control character U+{ord(found):04X}", field="text")
    sitting = _open_sitting(session, user, application_id, now)
    assessment = session.get_one(Assessment, sitting.assessment_id)
    if not 0 <= task < len(assessment.tasks):
        raise NotFoundError(f"task {task} not found: the assessment has {len(assessment.tasks)} tasks")
    start_writing(session)
    answer = answers_of(session, sitting.id).get(task)
    if answer is None:
        answer = AssessmentAnswer(sitting_id=sitting.id, task=task, text=text, saved_at=now)
        session.add(answer)
    else:
        answer.text, answer.saved_at = text, now
    session.flush()
    return answer


def submit_sitting(session: Session, *, user: User, application_id: int, now: datetime) -> CandidateSitting:
    """Hand in before the due time (ConflictError `assessment-submitted` when it already is)."""
    sitting = _open_sitting(session, user, application_id, now)
    start_writing(session)
    sitting.submitted_at = now
    detail = {"sheet": sitting.answer_number, "at_limit": False}
    record(session, actor_id=user.id, action="assessment.submitted", subject_type="assessment",
           subject_id=sitting.assessment_id, detail=detail)  # fmt: skip
    session.flush()
    return candidate_sitting(session, user=user, application_id=application_id, now=now)
