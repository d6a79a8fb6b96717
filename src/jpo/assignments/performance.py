"""An assignment's performance evaluations (the rules in `jpo.assignment.performance`): each evaluation's
row made when its window opens, the JPO's self-assessment (a draft only they see until submitted), the
supervisor's rating and comments, the JPO's acknowledgement or rebuttal, the donor admin's answer. Seen by
the JPO, the supervisor and the donor programme's admins only; every read by anyone but the JPO audited;
each step on the audit trail, the next party told by e-mail. Flushes only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.assignment.performance import (
    ACKNOWLEDGE_DAYS,
    ANSWER_DAYS,
    TEXT_MAX,
    PerformanceRuleError,
    Scheduled,
    checked_ratings,
    may_rate,
    may_rebut,
    schedule,
    self_assessment_due,
)
from jpo.assignment.scale import RATINGS
from jpo.assignment.steps import DueStep
from jpo.assignments.access import Standing, audit_read, party_users, standing
from jpo.assignments.work_plan import agreed_objectives
from jpo.audit.trail import record
from jpo.contracts.text import checked_text
from jpo.db.assignment_tables import Assignment, Evaluation
from jpo.db.models import User
from jpo.db.session import start_writing
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.notifications.outbox import enqueue, language_of


@dataclass(frozen=True)
class Listed:
    """One evaluation of the calendar and its row, once its window opened."""

    scheduled: Scheduled
    row: Evaluation | None


def _rows(session: Session, assignment_id: int) -> dict[tuple[int, str], Evaluation]:
    rows = session.scalars(select(Evaluation).where(Evaluation.assignment_id == assignment_id))
    return {(row.cycle, row.kind): row for row in rows}


def _opened(session: Session, assignment: Assignment, today: date) -> dict[tuple[int, str], Evaluation]:
    """The rows of the evaluations whose window has opened, made now where missing (under the assignment's
    lock, so two readers make one)."""
    rows = _rows(session, assignment.id)
    due = [s for s in schedule(assignment.starts_on, assignment.ends_on)
           if s.opens_on <= today and (s.cycle, s.kind) not in rows]  # fmt: skip
    if due and assignment.status == "active":
        start_writing(session)
        session.execute(select(Assignment.id).where(Assignment.id == assignment.id).with_for_update())
        rows = _rows(session, assignment.id)
        for item in due:
            if (item.cycle, item.kind) not in rows:
                row = Evaluation(assignment_id=assignment.id, cycle=item.cycle, kind=item.kind,
                                 due_on=item.due_on, status="open", ratings={})  # fmt: skip
                session.add(row)
                rows[(item.cycle, item.kind)] = row
        session.flush()
    return rows


def evaluations(
    session: Session, *, user: User, assignment_id: int, now: datetime
) -> tuple[Standing, list[Listed]]:
    """The assignment's evaluation calendar with the rows opened so far (the read audited)."""
    found = standing(session, user, assignment_id, follow=True)
    audit_read(session, found, "evaluations")
    assignment = found.assignment
    rows = _opened(session, assignment, now.date())
    listed = [Listed(item, rows.get((item.cycle, item.kind)))
              for item in schedule(assignment.starts_on, assignment.ends_on)]  # fmt: skip
    return found, listed


def _row(session: Session, found: Standing, evaluation_id: int, *, lock: bool = False) -> Evaluation:
    query = select(Evaluation).where(Evaluation.id == evaluation_id,
                                     Evaluation.assignment_id == found.assignment.id)  # fmt: skip
    if lock:
        start_writing(session)
        query = query.with_for_update().execution_options(populate_existing=True)
    row = session.scalar(query)
    if row is None:
        raise NotFoundError(f"assignment {found.assignment.id}: evaluation {evaluation_id} not found")
    return row


def evaluation(
    session: Session, *, user: User, assignment_id: int, evaluation_id: int, what: str = "evaluation"
) -> tuple[Standing, Evaluation]:
    """One evaluation for those who follow the assignment (the read audited unless by the JPO)."""
    found = standing(session, user, assignment_id, follow=True)
    row = _row(session, found, evaluation_id)
    audit_read(session, found, what, row.id)
    return found, row


def self_assessment_shown(found: Standing, row: Evaluation) -> str | None:
    """The self-assessment as this reader sees it: the JPO's draft is theirs alone until submitted."""
    return row.self_assessment if row.self_submitted_at is not None or "jpo" in found.roles else None


def rated_objectives(session: Session, assignment_id: int) -> list[dict[str, Any]]:
    """The objectives an evaluation rates: the agreed work plan's."""
    return agreed_objectives(session, assignment_id)


def competencies_of(found: Standing) -> list[str]:
    return [str(name) for name in found.vacancy.document.get("competencies") or []]


def _acting(
    session: Session, actor: User, assignment_id: int, evaluation_id: int, role: str, doing: str
) -> tuple[Standing, Evaluation]:
    found = standing(session, actor, assignment_id, follow=True)
    found.require(role, doing=doing)  # type: ignore[arg-type]
    row = _row(session, found, evaluation_id, lock=True)
    if found.assignment.status != "active" and row.status != "rebutted":
        raise ConflictError(f"assignment {assignment_id} has ended", code="assignment-ended")
    return found, row


def _step(row: Evaluation, expected: tuple[str, ...], doing: str) -> None:
    if row.status not in expected:
        raise ConflictError(f"evaluation {row.id} is {row.status}: it is not the time to {doing}",
                            code="evaluation-step")  # fmt: skip


def _audit(session: Session, actor: User, row: Evaluation, action: str, **detail: Any) -> None:
    record(session, actor_id=actor.id, action=f"evaluation.{action}", subject_type="evaluation",
           subject_id=row.id, detail={"cycle": row.cycle, "kind": row.kind, **detail})  # fmt: skip


def _tell(session: Session, assignment: Assignment, row: Evaluation, code: str, party: str, now: datetime,
          due: date | None = None, kind: str = "evaluation_turn") -> None:  # fmt: skip
    step = DueStep(assignment.id, code, party, due or row.due_on, row.cycle, row.kind)  # type: ignore[arg-type]
    for user in party_users(session, assignment, step):
        enqueue(session, event_key=f"{kind}:{row.id}:{code}:{user.id}", kind=kind, user_id=user.id,
                locale=language_of(user), now=now,
                context={"assignment_id": assignment.id, "page": "evaluations", "code": code,
                         "cycle": row.cycle, "due_on": step.due_on.isoformat()})  # fmt: skip


def save_self_assessment(
    session: Session, *, actor: User, assignment_id: int, evaluation_id: int, text: str, submit: bool,
    now: datetime,
) -> Evaluation:  # fmt: skip
    """The JPO's self-assessment saved as a draft, or submitted (then the supervisor is told to rate)."""
    found, row = _acting(session, actor, assignment_id, evaluation_id, "jpo", "write the self-assessment")
    _step(row, ("open",), "write the self-assessment")
    row.self_assessment = checked_text(text, "self_assessment", TEXT_MAX, required=submit) or None
    if submit:
        row.status, row.self_submitted_at = "self_assessed", now
        _audit(session, actor, row, "self_assessed")
        _tell(session, found.assignment, row, "rate", "supervisor", now)
    session.flush()
    return row


def rate(
    session: Session, *, actor: User, assignment_id: int, evaluation_id: int,
    ratings: dict[str, dict[str, str]], overall: str | None, comment: str, now: datetime,
) -> Evaluation:  # fmt: skip
    """The supervisor's rating: per objective of the agreed work plan and per competency of the ToR on the
    UN scale (all of them, and an overall rating, at the end of a cycle), with comments; the JPO is told."""
    found, row = _acting(session, actor, assignment_id, evaluation_id, "supervisor", "rate the performance")
    if not may_rate(row.status, row.due_on, now.date()):
        _step(row, (), "rate: the JPO's self-assessment comes first" if row.status == "open" else "rate")
    words = checked_text(comment, "comment", TEXT_MAX, required=True)
    objectives = [str(o["id"]) for o in rated_objectives(session, assignment_id)]
    try:
        kept, level = checked_ratings(row.kind, ratings, overall, objectives=objectives,
                                      competencies=competencies_of(found))  # fmt: skip
    except PerformanceRuleError as error:
        raise InputError(str(error), field=error.field) from None
    row.ratings, row.overall, row.supervisor_comment = kept, level, words
    row.rated_by, row.rated_at, row.status = actor.id, now, "rated"
    _audit(session, actor, row, "rated", overall=level)
    _tell(
        session,
        found.assignment,
        row,
        "acknowledge",
        "jpo",
        now,
        now.date() + timedelta(days=ACKNOWLEDGE_DAYS),
    )
    session.flush()
    return row


def acknowledge(
    session: Session, *, actor: User, assignment_id: int, evaluation_id: int, comment: str, now: datetime
) -> Evaluation:
    """The JPO has read the rating: their comment (optional) and the acknowledgement, which closes a
    mid-point review; an end-of-cycle rating may still be rebutted within its window."""
    _found, row = _acting(session, actor, assignment_id, evaluation_id, "jpo", "acknowledge the evaluation")
    _step(row, ("rated",), "acknowledge it")
    row.jpo_comment = checked_text(comment, "comment", TEXT_MAX) or None
    row.acknowledged_at, row.status = now, "acknowledged"
    _audit(session, actor, row, "acknowledged")
    session.flush()
    return row


def rebut(
    session: Session, *, actor: User, assignment_id: int, evaluation_id: int, text: str, now: datetime
) -> Evaluation:
    """The JPO disagrees with an end-of-cycle rating: their rebuttal, for the donor programme to answer."""
    found, row = _acting(session, actor, assignment_id, evaluation_id, "jpo", "rebut the evaluation")
    words = checked_text(text, "rebuttal", TEXT_MAX, required=True)
    if not may_rebut(row.kind, row.status, row.rated_at, now):
        raise ConflictError(
            f"evaluation {row.id}: only an end-of-cycle rating is rebutted, within 30 days of it",
            code="rebuttal-closed",
        )
    row.rebuttal, row.rebutted_at, row.status = words, now, "rebutted"
    row.acknowledged_at = row.acknowledged_at or now
    _audit(session, actor, row, "rebutted")
    _tell(
        session,
        found.assignment,
        row,
        "answer_rebuttal",
        "donor",
        now,
        now.date() + timedelta(days=ANSWER_DAYS),
    )
    session.flush()
    return row


def answer_rebuttal(
    session: Session, *, actor: User, assignment_id: int, evaluation_id: int, outcome: str,
    overall: str | None, reason: str, now: datetime,
) -> Evaluation:  # fmt: skip
    """A donor admin answers the rebuttal: the rating upheld, or revised to `overall`; with the reason."""
    found, row = _acting(session, actor, assignment_id, evaluation_id, "donor", "answer the rebuttal")
    _step(row, ("rebutted",), "answer a rebuttal")
    if outcome not in ("upheld", "revised"):
        raise InputError("outcome: upheld or revised", field="outcome")
    if outcome == "revised" and overall not in RATINGS:
        raise InputError("overall: a revised rating is one of the scale's", field="overall")
    words = checked_text(reason, "reason", TEXT_MAX, required=True)
    before = row.overall
    if outcome == "revised":
        row.overall = overall
    row.rebuttal_answer, row.rebuttal_outcome = words, outcome
    row.rebuttal_answered_by, row.rebuttal_answered_at, row.status = actor.id, now, "closed"
    _audit(session, actor, row, "rebuttal_answered", outcome=outcome, before=before, after=row.overall)
    for code, party in (("acknowledge", "jpo"), ("rate", "supervisor")):
        _tell(session, found.assignment, row, code, party, now, kind="evaluation_answered")
    session.flush()
    return row


def performance_due(session: Session, assignment: Assignment, today: date) -> list[DueStep]:
    """The open steps of the evaluations whose window has opened."""
    rows = _rows(session, assignment.id)
    steps = []
    for item in schedule(assignment.starts_on, assignment.ends_on):
        if item.opens_on > today:
            break
        row = rows.get((item.cycle, item.kind))
        status = row.status if row else "open"

        def step(code: str, party: str, due: date, it: Scheduled = item) -> DueStep:
            return DueStep(assignment.id, code, party, due, it.cycle, it.kind)  # type: ignore[arg-type]

        if status == "open":
            steps.append(step("self_assessment", "jpo", self_assessment_due(item.due_on)))
        if assignment.supervisor_id is not None and may_rate(status, item.due_on, today):
            steps.append(step("rate", "supervisor", item.due_on))
        if status == "rated" and row is not None and row.rated_at is not None:
            steps.append(step("acknowledge", "jpo", row.rated_at.date() + timedelta(days=ACKNOWLEDGE_DAYS)))
        if status == "rebutted" and row is not None and row.rebutted_at is not None:
            steps.append(
                step("answer_rebuttal", "donor", row.rebutted_at.date() + timedelta(days=ANSWER_DAYS))
            )
    return steps
