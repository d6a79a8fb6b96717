"""Setting a vacancy's written assessment (tasks, window, time limit, scheme, spread, markers) by the
staff who run its recruitment, editable until the first candidate starts; its markers replaced at any
time before they mark; the shortlisted candidates invited (an e-mail each, in their language)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from jpo.assessments.common import assessment_of, markers_of, marks_of, require_assessment, sittings_of
from jpo.audit.trail import record
from jpo.authz import is_staff, require_run_recruitment
from jpo.db.assessment_tables import Assessment, AssessmentMarker, AssessmentSitting
from jpo.db.models import Application, User
from jpo.db.repositories import applications_of_vacancy
from jpo.errors import ConflictError, InputError
from jpo.notifications.outbox import enqueue, language_of
from jpo.recruitment.assessment import (
    MARKERS_MAX,
    MARKERS_MIN,
    MINUTES_MAX,
    MINUTES_MIN,
    Task,
    answer_number,
    problems_of_scheme,
)
from jpo.recruitment.marking import Criterion
from jpo.users.service import user_with_email
from jpo.vacancies.service import get_vacancy


@dataclass(frozen=True)
class AssessmentSpec:
    """What the runner sets: `markers` and `moderator` are staff e-mail addresses."""

    tasks: list[Task]
    criteria: list[Criterion]
    opens_at: datetime
    closes_at: datetime
    minutes: int
    allowed_spread: int
    markers: list[str] = field(default_factory=list)
    moderator: str | None = None


def _first_problem(problems: dict[str, str]) -> None:
    if problems:
        where, what = next(iter(problems.items()))
        raise InputError(f"{where}: {what}", field=where, errors=[{"field": k, "message": v}
                                                                  for k, v in problems.items()])  # fmt: skip


def _staff_by_email(session: Session, email: str, where: str) -> User:
    user = user_with_email(session, email)
    if user is None or not is_staff(user) or user.erased_at is not None:
        raise InputError(f"{where}: {email} is not the e-mail of a programme admin or reviewer", field=where)
    return user


def _marker_users(session: Session, emails: list[str]) -> list[User]:
    users: list[User] = []
    for index, email in enumerate(emails):
        user = _staff_by_email(session, email, f"markers.{index}")
        if any(known.id == user.id for known in users):
            raise InputError(f"markers.{index}: {email} is named twice", field=f"markers.{index}")
        users.append(user)
    if not MARKERS_MIN <= len(users) <= MARKERS_MAX:
        raise InputError(
            f"markers: an assessment has {MARKERS_MIN} to {MARKERS_MAX} markers", field="markers"
        )
    return users


def _check_spec(spec: AssessmentSpec, now: datetime) -> None:
    problems = problems_of_scheme(spec.tasks, spec.criteria, spec.allowed_spread)
    if spec.closes_at <= spec.opens_at:
        problems["closes_at"] = "the window closes after it opens"
    elif spec.closes_at <= now:
        problems["closes_at"] = "the window closes in the future"
    if not MINUTES_MIN <= spec.minutes <= MINUTES_MAX:
        problems["minutes"] = f"the time limit is {MINUTES_MIN} to {MINUTES_MAX} minutes"
    _first_problem(problems)


def is_locked(session: Session, assessment: Assessment) -> bool:
    """Whether a candidate has started: from then on the tasks, window and scheme stay as they are."""
    return any(sitting.started_at is not None for sitting in sittings_of(session, assessment.id))


def set_assessment(
    session: Session, *, actor: User, vacancy_id: int, spec: AssessmentSpec, now: datetime
) -> tuple[Assessment, bool]:
    """Set or replace the vacancy's assessment (and whether it was created); ConflictError
    `assessment-locked` once a candidate has started."""
    vacancy = get_vacancy(session, vacancy_id)
    require_run_recruitment(actor, vacancy)
    _check_spec(spec, now)
    markers = _marker_users(session, spec.markers)
    moderator = _staff_by_email(session, spec.moderator, "moderator") if spec.moderator else None
    assessment = assessment_of(session, vacancy_id)
    created = assessment is None
    if assessment is not None and is_locked(session, assessment):
        raise ConflictError("the assessment is locked: a candidate has started it", code="assessment-locked")
    before = _described(assessment) if assessment else None
    if assessment is None:
        assessment = Assessment(vacancy_id=vacancy_id, created_at=now)
        session.add(assessment)
    assessment.tasks = [
        {"title": t.title.strip(), "instructions": t.instructions.strip()} for t in spec.tasks
    ]
    assessment.criteria = [{"name": c.name.strip(), "max_marks": c.max_marks} for c in spec.criteria]
    assessment.opens_at, assessment.closes_at = spec.opens_at, spec.closes_at
    assessment.minutes, assessment.allowed_spread = spec.minutes, spec.allowed_spread
    assessment.moderator_id = moderator.id if moderator else None
    assessment.updated_at = now
    session.flush()
    _replace_markers(session, assessment, markers)
    record(session, actor_id=actor.id, action="assessment.set" if created else "assessment.edited",
           subject_type="assessment", subject_id=assessment.id,
           detail={"vacancy_id": vacancy_id, "before": before, "after": _described(assessment)})  # fmt: skip
    return assessment, created


def _described(assessment: Assessment) -> dict[str, object]:
    return {"tasks": len(assessment.tasks), "criteria": assessment.criteria,
            "opens_at": assessment.opens_at.isoformat(), "closes_at": assessment.closes_at.isoformat(),
            "minutes": assessment.minutes, "allowed_spread": assessment.allowed_spread}  # fmt: skip


def _replace_markers(session: Session, assessment: Assessment, users: list[User]) -> None:
    current = {marker.user_id: marker for marker in markers_of(session, assessment.id)}
    wanted = {user.id for user in users}
    sittings = [sitting.id for sitting in sittings_of(session, assessment.id)]
    marked = {mark.marker_id for marks in marks_of(session, sittings).values() for mark in marks}
    for user_id, marker in current.items():
        if user_id not in wanted:
            if user_id in marked:
                raise ConflictError("markers: a marker who has marked a sheet stays a marker",
                                    code="marker-has-marked", field="markers")  # fmt: skip
            session.delete(marker)
    for user in users:
        if user.id not in current:
            session.add(AssessmentMarker(assessment_id=assessment.id, user_id=user.id))
    session.flush()


def replace_markers(
    session: Session, *, actor: User, vacancy_id: int, markers: list[str], now: datetime
) -> list[AssessmentMarker]:
    """The assessment's markers as listed (at any time: a marker who declared a conflict is replaced so);
    one who has marked a sheet cannot be removed."""
    vacancy = get_vacancy(session, vacancy_id)
    require_run_recruitment(actor, vacancy)
    assessment = require_assessment(session, vacancy_id)
    users = _marker_users(session, markers)
    before = sorted(marker.user_id for marker in markers_of(session, assessment.id))
    _replace_markers(session, assessment, users)
    after = sorted(user.id for user in users)
    record(session, actor_id=actor.id, action="assessment.markers", subject_type="assessment",
           subject_id=assessment.id, detail={"before": before, "after": after})  # fmt: skip
    return markers_of(session, assessment.id)


def invite_shortlisted(
    session: Session, *, actor: User, vacancy_id: int, now: datetime
) -> list[AssessmentSitting]:
    """Invite the vacancy's shortlisted candidates not yet invited (again later: those shortlisted since);
    each gets a sitting with its answer number and an e-mail. The new sittings."""
    vacancy = get_vacancy(session, vacancy_id)
    require_run_recruitment(actor, vacancy)
    assessment = require_assessment(session, vacancy_id)
    if now >= assessment.closes_at:
        raise ConflictError("the assessment's window has closed", code="assessment-closed")
    invited = {sitting.application_id for sitting in sittings_of(session, assessment.id)}
    new: list[AssessmentSitting] = []
    for application in applications_of_vacancy(session, vacancy_id):
        if application.status == "shortlisted" and application.id not in invited:
            new.append(_invite(session, assessment, application, now))
    record(session, actor_id=actor.id, action="assessment.invited", subject_type="assessment",
           subject_id=assessment.id, detail={"invited": len(new)})  # fmt: skip
    return new


def _invite(
    session: Session, assessment: Assessment, application: Application, now: datetime
) -> AssessmentSitting:
    number = answer_number(
        lambda n: session.query(AssessmentSitting.id).filter_by(answer_number=n).first() is not None
    )
    sitting = AssessmentSitting(assessment_id=assessment.id, application_id=application.id,
                                answer_number=number, invited_at=now)  # fmt: skip
    session.add(sitting)
    session.flush()
    candidate = session.get(User, application.user_id)
    enqueue(session, event_key=f"assessment_invitation:{sitting.id}", kind="assessment_invitation",
            user_id=application.user_id, locale=language_of(candidate),
            context={"application_id": application.id, "assessment_id": assessment.id}, now=now)  # fmt: skip
    return sitting
