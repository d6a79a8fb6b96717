"""Supervision of an assignment: who writes it (the JPO and the supervisor), who reads it (they and the
donor programme's admins, each read by anyone but the JPO audited), and the whole of it for one page —
the check-ins (`check_ins`), the learning objectives (`learning`) and the training (`training`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.assignments.access import Standing, audit_read, standing
from jpo.db.assignment_tables import Assignment, CheckIn, LearningObjective, Training
from jpo.db.models import User
from jpo.db.session import start_writing
from jpo.errors import ConflictError, NotFoundError

Row = TypeVar("Row", CheckIn, LearningObjective, Training)


def writer(session: Session, actor: User, assignment_id: int, *, doing: str) -> Standing:
    """The actor's standing to write the supervision of an active assignment: the JPO or the supervisor
    (donor admins 403, like the host's other reviewers; anyone else 404); the write begins here."""
    found = standing(session, actor, assignment_id, follow=True)
    found.require("jpo", "supervisor", doing=doing)
    start_writing(session)
    if found.assignment.status != "active":
        raise ConflictError(f"assignment {assignment_id} has ended", code="assignment-ended")
    return found


def lock_assignment(session: Session, assignment_id: int) -> None:
    """Hold the assignment's row until the transaction ends: two identical submits (a double click) are
    told apart one after the other, never both added."""
    session.execute(select(Assignment.id).where(Assignment.id == assignment_id).with_for_update())


def reader(session: Session, user: User, assignment_id: int, what: str) -> Standing:
    """The user's standing to read the supervision (the JPO, the supervisor, the donor's admins), the read
    audited unless by the JPO."""
    found = standing(session, user, assignment_id, follow=True)
    audit_read(session, found, what)
    return found


def locked(session: Session, kind: type[Row], assignment_id: int, row_id: int, what: str) -> Row:
    """One row of the assignment's supervision, locked until the transaction ends (two parties may act on
    it at once), read afresh; 404 when the assignment holds no such row."""
    query = (
        select(kind)
        .where(kind.id == row_id, kind.assignment_id == assignment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    row = session.scalar(query)
    if row is None:
        raise NotFoundError(f"assignment {assignment_id}: {what} {row_id} not found")
    return row


def author_role(assignment: Assignment, user_id: int | None) -> str | None:
    """What the author of a note is on the assignment now: jpo, supervisor, or None (a former supervisor,
    an erased account)."""
    if user_id is not None and user_id == assignment.jpo_id:
        return "jpo"
    if user_id is not None and user_id == assignment.supervisor_id:
        return "supervisor"
    return None


def check_in_rows(session: Session, assignment_id: int) -> list[CheckIn]:
    """The assignment's check-ins, the latest meeting first."""
    query = select(CheckIn).where(CheckIn.assignment_id == assignment_id)
    return list(session.scalars(query.order_by(CheckIn.held_on.desc(), CheckIn.id.desc())))


def objective_rows(session: Session, assignment_id: int) -> list[LearningObjective]:
    """The assignment's learning objectives: the ToR's in its order, then those the parties added."""
    query = select(LearningObjective).where(LearningObjective.assignment_id == assignment_id)
    return list(session.scalars(query.order_by(LearningObjective.source.is_(None), LearningObjective.id)))


def training_rows(session: Session, assignment_id: int) -> list[Training]:
    """The trainings the JPO attended, the latest first."""
    query = select(Training).where(Training.assignment_id == assignment_id)
    return list(session.scalars(query.order_by(Training.starts_on.desc(), Training.id.desc())))


@dataclass(frozen=True)
class Supervision:
    """All of an assignment's supervision for one reader: check-ins newest first, learning objectives (the
    ToR's first, in its order), trainings newest first."""

    found: Standing
    check_ins: list[CheckIn]
    objectives: list[LearningObjective]
    trainings: list[Training]

    @property
    def writes(self) -> bool:
        """The reader may write (the JPO or the supervisor of an active assignment)."""
        return bool(self.found.roles & {"jpo", "supervisor"}) and self.found.assignment.status == "active"


def supervision_of(session: Session, *, user: User, assignment_id: int) -> Supervision:
    """The assignment's supervision as its supervision page shows it, the read audited once."""
    found = reader(session, user, assignment_id, "supervision")
    return Supervision(
        found,
        check_in_rows(session, assignment_id),
        objective_rows(session, assignment_id),
        training_rows(session, assignment_id),
    )
