"""Supervision of an assignment: check-in notes, learning objectives with their progress, the training the
JPO attends. The JPO and the supervisor write; the donor programme's admins read (each read by anyone but
the JPO audited); the host's other reviewers are refused (403), anyone else is told it does not exist."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from fastapi import APIRouter, Response, status
from pydantic import BaseModel, Field

from jpo.api.deps import AnyUser
from jpo.api.schemas import Body
from jpo.assignments import check_ins as checks
from jpo.assignments import learning, training
from jpo.assignments.supervision import author_role
from jpo.contracts.text import Name, Paragraph, Text
from jpo.db.assignment_tables import Assignment, CheckIn, LearningObjective, Training
from jpo.db.models import User
from jpo.http.deps import DbSession, Id, Now

router = APIRouter(tags=["assignments"])
BASE = "/assignments/{assignment_id}"


class CheckInCreate(Body):
    held_on: date = Field(description="the meeting's day: not in the future, not before the assignment")
    topics: Paragraph = Field(description="what was discussed")
    actions: Paragraph = Field(default="", description="what each will do")


class CheckInRead(BaseModel):
    id: int
    held_on: date
    topics: str
    actions: str
    author: str | None = Field(description="jpo | supervisor; null: a former supervisor or an erased account")
    mine: bool = Field(description="the caller wrote it (and may correct or delete it)")
    created_at: datetime


class ObjectiveCreate(Body):
    text: Text = Field(max_length=learning.TEXT_MAX, description="what the JPO is to learn")


class ProgressUpdate(Body):
    progress: Literal["not_started", "in_progress", "achieved"]
    note: Paragraph | None = None
    updated_at: datetime = Field(
        description="the objective's `updated_at` as read: if it changed since, 409 `stale` and nothing saved"
    )


class ObjectiveRead(BaseModel):
    id: int
    text: str
    source: str | None = Field(description="the ToR's sentence it came from; null: added by a party")
    progress: str = Field(description=" | ".join(learning.PROGRESS))
    note: str | None
    updated_at: datetime


class TrainingCreate(Body):
    title: Text = Field(max_length=training.TITLE_MAX)
    provider: Name | None = None
    starts_on: date
    ends_on: date | None = Field(default=None, description="not before starts_on")
    hours: int | None = Field(default=None, ge=0, le=training.HOURS_MAX)
    note: Paragraph | None = None


class TrainingRead(BaseModel):
    id: int
    title: str
    provider: str | None
    starts_on: date
    ends_on: date | None
    hours: int | None
    note: str | None
    created_at: datetime


def _check_in(row: CheckIn, assignment: Assignment, user: User) -> CheckInRead:
    return CheckInRead(id=row.id, held_on=row.held_on, topics=row.topics, actions=row.actions,
                       author=author_role(assignment, row.author_id), mine=row.author_id == user.id,
                       created_at=row.created_at)  # fmt: skip


def _objective(row: LearningObjective) -> ObjectiveRead:
    return ObjectiveRead(id=row.id, text=row.text, source=row.source, progress=row.progress, note=row.note,
                         updated_at=row.updated_at)  # fmt: skip


def _training(row: Training) -> TrainingRead:
    return TrainingRead(
        id=row.id,
        title=row.title,
        provider=row.provider,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        hours=row.hours,
        note=row.note,
        created_at=row.created_at,
    )


def _given(body: TrainingCreate) -> training.TrainingInput:
    return training.TrainingInput(title=body.title, provider=body.provider, starts_on=body.starts_on,
                                  ends_on=body.ends_on, hours=body.hours, note=body.note)  # fmt: skip


@router.get(BASE + "/check-ins", response_model=list[CheckInRead])
def list_check_ins(assignment_id: Id, user: AnyUser, session: DbSession) -> list[CheckInRead]:
    """The check-in notes, the latest meeting first."""
    rows = checks.check_ins(session, user=user, assignment_id=assignment_id)
    assignment = session.get_one(Assignment, assignment_id)
    return [_check_in(row, assignment, user) for row in rows]


@router.post(BASE + "/check-ins", response_model=CheckInRead, status_code=status.HTTP_201_CREATED)
def post_check_in(
    assignment_id: Id, body: CheckInCreate, user: AnyUser, session: DbSession, now: Now
) -> CheckInRead:
    """Note a meeting (the JPO or the supervisor)."""
    row = checks.add_check_in(session, actor=user, assignment_id=assignment_id, held_on=body.held_on,
                              topics=body.topics, actions=body.actions, now=now)  # fmt: skip
    return _check_in(row, session.get_one(Assignment, assignment_id), user)


@router.put(BASE + "/check-ins/{check_in_id}", response_model=CheckInRead)
def put_check_in(
    assignment_id: Id, check_in_id: Id, body: CheckInCreate, user: AnyUser, session: DbSession, now: Now
) -> CheckInRead:
    """Correct one's own note (others' 403); before and after are audited."""
    row = checks.correct_check_in(
        session,
        actor=user,
        assignment_id=assignment_id,
        check_in_id=check_in_id,
        held_on=body.held_on,
        topics=body.topics,
        actions=body.actions,
        now=now,
    )
    return _check_in(row, session.get_one(Assignment, assignment_id), user)


@router.delete(
    BASE + "/check-ins/{check_in_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response
)
def delete_check_in(assignment_id: Id, check_in_id: Id, user: AnyUser, session: DbSession) -> Response:
    """Delete one's own note (others' 403); what it said stays on the audit trail."""
    checks.delete_check_in(session, actor=user, assignment_id=assignment_id, check_in_id=check_in_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(BASE + "/learning-objectives", response_model=list[ObjectiveRead])
def list_objectives(assignment_id: Id, user: AnyUser, session: DbSession) -> list[ObjectiveRead]:
    """The learning objectives: the ToR's learning elements first, then those the parties added."""
    rows = learning.learning_objectives(session, user=user, assignment_id=assignment_id)
    return [_objective(row) for row in rows]


@router.post(BASE + "/learning-objectives", response_model=ObjectiveRead, status_code=status.HTTP_201_CREATED)
def post_objective(
    assignment_id: Id, body: ObjectiveCreate, user: AnyUser, session: DbSession, now: Now
) -> ObjectiveRead:
    """Add an objective of one's own (the JPO or the supervisor)."""
    row = learning.add_objective(session, actor=user, assignment_id=assignment_id, text=body.text, now=now)
    return _objective(row)


@router.put(BASE + "/learning-objectives/{objective_id}", response_model=ObjectiveRead)
def put_progress(
    assignment_id: Id, objective_id: Id, body: ProgressUpdate, user: AnyUser, session: DbSession, now: Now
) -> ObjectiveRead:
    """Mark an objective's progress and note; 409 `stale` when it changed since `updated_at`."""
    row = learning.update_progress(
        session,
        actor=user,
        assignment_id=assignment_id,
        objective_id=objective_id,
        progress=body.progress,
        note=body.note,
        updated_at=body.updated_at,
        now=now,
    )
    return _objective(row)


@router.delete(
    BASE + "/learning-objectives/{objective_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
)
def delete_objective(assignment_id: Id, objective_id: Id, user: AnyUser, session: DbSession) -> Response:
    """Remove an objective one added; the ToR's are 409 `tor-objective` (mark them instead)."""
    learning.remove_objective(session, actor=user, assignment_id=assignment_id, objective_id=objective_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(BASE + "/trainings", response_model=list[TrainingRead])
def list_trainings(assignment_id: Id, user: AnyUser, session: DbSession) -> list[TrainingRead]:
    """The trainings the JPO attended, the latest first."""
    return [_training(row) for row in training.trainings(session, user=user, assignment_id=assignment_id)]


@router.post(BASE + "/trainings", response_model=TrainingRead, status_code=status.HTTP_201_CREATED)
def post_training(
    assignment_id: Id, body: TrainingCreate, user: AnyUser, session: DbSession, now: Now
) -> TrainingRead:
    """Record a training (the JPO or the supervisor)."""
    row = training.add_training(session, actor=user, assignment_id=assignment_id, given=_given(body), now=now)
    return _training(row)


@router.put(BASE + "/trainings/{training_id}", response_model=TrainingRead)
def put_training(
    assignment_id: Id, training_id: Id, body: TrainingCreate, user: AnyUser, session: DbSession
) -> TrainingRead:
    """Correct a training's record; before and after are audited."""
    row = training.correct_training(session, actor=user, assignment_id=assignment_id, training_id=training_id,
                                    given=_given(body))  # fmt: skip
    return _training(row)


@router.delete(
    BASE + "/trainings/{training_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response
)
def delete_training(assignment_id: Id, training_id: Id, user: AnyUser, session: DbSession) -> Response:
    """Remove a training's record."""
    training.remove_training(session, actor=user, assignment_id=assignment_id, training_id=training_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
