"""The yearly extension review of an assignment: the open review (made when its first answer comes), the
supervisor's recommendation, the host agency's confirmation of the priorities and the donor programme's of
the funding, each with its reason and in that order; the end date moved on three yes, the assignment
ending at its date on a no; the steps due; and the chore that ends assignments whose end date has passed.

Who sees what: the review is seen by the JPO, the supervisor, the donor's admins and the host agency's
reviewers. The JPO sees who answered and when while it is open, and every answer with its reason once it
is decided (transparency to the staff member, as in UN practice, without the pressure of each step)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.assignment.calendar import funding_years
from jpo.assignment.extension import (
    REASON_MAX,
    STEP_CODES,
    Answers,
    ExtensionRuleError,
    Step,
    checked_months,
    default_months,
    extended_end,
    may_extend,
    next_step,
    opens_on,
    outcome,
    review_cycle,
    step_due,
)
from jpo.assignment.steps import DueStep
from jpo.assignments.access import Standing, audit_read, standing
from jpo.audit.trail import record
from jpo.authz import may_fund_assignment, may_host_assignment
from jpo.contracts.text import checked_text
from jpo.db.assignment_tables import Assignment, Extension
from jpo.db.models import User, VacancyRow
from jpo.db.session import start_writing
from jpo.errors import ConflictError, ForbiddenError, InputError
from jpo.i18n import N_
from jpo.notifications.outbox import enqueue, language_of

NOT_EXTENDED = N_("not extended at the yearly review")  # pages translate these through the catalogue
END_DATE_REACHED = N_("end date reached")


@dataclass(frozen=True)
class Review:
    """The review of an extension beyond `ends_on` (year `cycle`): its row once answered (None before),
    when it opens, and whether it is open for answers today."""

    cycle: int
    ends_on: date
    opens_on: date
    row: Extension | None
    open_now: bool

    @property
    def answers(self) -> Answers:
        row = self.row
        return Answers(row.recommend, row.priorities, row.funding) if row else Answers()

    @property
    def status(self) -> str:
        return self.row.status if self.row else "open"


def _latest(session: Session, assignment_id: int) -> Extension | None:
    return session.scalar(
        select(Extension)
        .where(Extension.assignment_id == assignment_id)
        .order_by(Extension.cycle.desc())
        .limit(1)
    )


def current_review(session: Session, assignment: Assignment, today: date) -> Review | None:
    """The review under way or to come, None when there is none (decided to end, ended, at the maximum)."""
    latest = _latest(session, assignment.id)
    if latest is not None and latest.status == "open":
        return _review(assignment, latest.cycle, latest, today)
    ended = assignment.status != "active" or (latest is not None and latest.status == "ending")
    if ended or not may_extend(assignment.starts_on, assignment.ends_on):
        return None
    cycle = review_cycle(assignment.starts_on, assignment.ends_on, latest.cycle if latest else None)
    return _review(assignment, cycle, None, today)


def _review(assignment: Assignment, cycle: int, row: Extension | None, today: date) -> Review:
    opens = opens_on(assignment.ends_on)
    open_now = assignment.status == "active" and opens <= today <= assignment.ends_on
    return Review(cycle, assignment.ends_on, opens, row, open_now)


def past_reviews(session: Session, assignment_id: int) -> list[Extension]:
    """The decided reviews, latest first."""
    return list(
        session.scalars(
            select(Extension)
            .where(Extension.assignment_id == assignment_id, Extension.status != "open")
            .order_by(Extension.cycle.desc())
        )
    )


def read_extension(session: Session, *, actor: User, assignment_id: int) -> Standing:
    """The reader's standing on the assignment's extension (404 for no standing); reads by anyone but the
    JPO are audited."""
    found = standing(session, actor, assignment_id, follow=False)
    audit_read(session, found, "extension")
    return found


def shows_answers(found: Standing, row: Extension | None) -> bool:
    """The JPO sees the answers and reasons once the review is decided; the other parties as they come."""
    return bool(found.roles - {"jpo"}) or (row is not None and row.status != "open")


def _staff(session: Session, vacancy: VacancyRow, may: Callable[[User, VacancyRow], bool]) -> list[User]:
    users = session.scalars(
        select(User).where(User.role.in_(("admin", "reviewer")), User.erased_at.is_(None)).order_by(User.id)
    )
    return [user for user in users if may(user, vacancy)]


def _may_answer(session: Session, found: Standing, step: Step) -> None:
    if step == "recommend":
        found.require("supervisor", doing="recommend on the extension")
    elif step == "funding":
        found.require("donor", doing="confirm the extension's funding")
    else:
        found.require("host", doing="confirm the priorities")
        # Four eyes: the host agency's management confirms what the supervisor recommended; the supervisor
        # confirms only when no other staff member of the host agency is in jpo.
        others = [u for u in _staff(session, found.vacancy, may_host_assignment) if u.id != found.user.id]
        if "supervisor" in found.roles and others:
            raise ForbiddenError(
                f"assignment {found.assignment.id}: another staff member of the host "
                "agency than the supervisor confirms the priorities"
            )


def may_answer(session: Session, found: Standing, step: Step) -> bool:
    """Whether the reader is the party who answers `step` (the page shows them its form)."""
    try:
        _may_answer(session, found, step)
    except ForbiddenError:
        return False
    return True


def _open_row(session: Session, assignment: Assignment, today: date) -> Extension:
    review = current_review(session, assignment, today)
    if review is None:
        raise ConflictError(f"assignment {assignment.id}: no extension review is open", code="review-decided")
    if not review.open_now:
        when = "opens on " + review.opens_on.isoformat() if today < review.opens_on else "has closed"
        raise ConflictError(
            f"assignment {assignment.id}: the extension review {when}", code="review-not-open"
        )
    if review.row is not None:
        return review.row
    row = Extension(assignment_id=assignment.id, cycle=review.cycle, status="open")
    session.add(row)
    session.flush()
    return row


def answer(
    session: Session,
    *,
    actor: User,
    assignment_id: int,
    step: Step,
    extend: bool,
    reason: str | None,
    months: int | None = None,
    now: datetime,
) -> Extension:
    """`step` answered by its party (403 for another party, 404 for no standing): yes or no with a reason
    (422); in turn (409 `out-of-order`, `already-answered`), while the review is open (409
    `review-not-open`, `review-decided`). The donor's yes gives the months (1-12, default 12, within the
    programme's 36)."""
    found = standing(session, actor, assignment_id, follow=False)
    _may_answer(session, found, step)
    text = checked_text(reason, "reason", REASON_MAX, required=True)
    if months is not None and (step != "funding" or not extend):
        raise InputError("months: only the donor's confirmation of the funding gives months", field="months")
    start_writing(session)
    # The assignment's row is the lock every answer takes: two answers at once are heard one after the other.
    assignment = session.scalars(
        select(Assignment)
        .where(Assignment.id == assignment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    if assignment.status != "active":
        raise ConflictError(f"assignment {assignment.id} has ended", code="assignment-ended")
    row = _open_row(session, assignment, now.date())
    turn = next_step(Answers(row.recommend, row.priorities, row.funding))
    if turn != step:
        done = getattr(row, step) is not None
        raise ConflictError(
            f"extension review {row.id}: {'already answered' if done else 'not yet its turn'}",
            code="already-answered" if done else "out-of-order",
        )
    given = None
    if step == "funding" and extend:
        try:
            given = checked_months(assignment.starts_on, assignment.ends_on, months)
        except ExtensionRuleError as error:
            raise InputError(str(error), field=error.field) from error
    _store(row, step, extend, text, actor.id, now)
    record(
        session,
        actor_id=actor.id,
        action=f"assignment.extension.{step}",
        subject_type="assignment",
        subject_id=assignment.id,
        reason=text,
        detail={
            "extension_id": row.id,
            "cycle": row.cycle,
            "extend": extend,
            **({"months": given} if given else {}),
        },
    )
    _after(session, found.vacancy, assignment, row, given, now)
    return row


def _store(row: Extension, step: Step, extend: bool, text: str, actor_id: int, now: datetime) -> None:
    setattr(row, step, extend)
    setattr(row, f"{step}_reason", text)
    setattr(row, "recommended_by" if step == "recommend" else f"{step}_by", actor_id)
    setattr(row, "recommended_at" if step == "recommend" else f"{step}_at", now)


def _after(
    session: Session,
    vacancy: VacancyRow,
    assignment: Assignment,
    row: Extension,
    months: int | None,
    now: datetime,
) -> None:
    answers = Answers(row.recommend, row.priorities, row.funding)
    decided = outcome(answers)
    if decided == "open":
        turn = next_step(answers)
        assert turn is not None
        code, party = STEP_CODES[turn]
        may = may_host_assignment if party == "host" else may_fund_assignment
        due = step_due(assignment.ends_on, turn)
        for user in _staff(session, vacancy, may):
            _tell(
                session,
                f"extension_turn:{row.id}:{turn}:{user.id}",
                "extension_turn",
                user,
                assignment,
                now,
                code=code,
                due_on=due.isoformat(),
                cycle=row.cycle,
            )
        return
    row.status = decided
    if decided == "extended":
        assert months is not None
        before = {"ends_on": assignment.ends_on.isoformat(), "funding_years": list(assignment.funding_years)}
        assignment.ends_on = extended_end(assignment.ends_on, months)
        years = funding_years(assignment.starts_on, assignment.ends_on)
        assignment.funding_years = sorted(set(assignment.funding_years) | set(years))
        row.new_ends_on = assignment.ends_on
        after = {"ends_on": assignment.ends_on.isoformat(), "funding_years": assignment.funding_years}
        record(
            session,
            actor_id=row.funding_by,
            action="assignment.extended",
            subject_type="assignment",
            subject_id=assignment.id,
            detail={"extension_id": row.id, "months": months, "before": before, "after": after},
        )
    else:
        record(
            session,
            actor_id=None,
            action="assignment.not_extended",
            subject_type="assignment",
            subject_id=assignment.id,
            detail={"extension_id": row.id, "ends_on": assignment.ends_on.isoformat()},
        )
    told = {assignment.jpo_id, assignment.supervisor_id, row.priorities_by, row.funding_by}
    donors = {user.id for user in _staff(session, vacancy, may_fund_assignment)}
    for user_id in sorted(uid for uid in told | donors if uid is not None):
        reader = session.get(User, user_id)
        if reader is not None and reader.erased_at is None:
            _tell(
                session,
                f"extension_{decided}:{row.id}:{user_id}",
                f"extension_{decided}",
                reader,
                assignment,
                now,
                cycle=row.cycle,
            )


def _tell(
    session: Session,
    key: str,
    kind: str,
    user: User,
    assignment: Assignment,
    now: datetime,
    **context: object,
) -> None:
    enqueue(
        session,
        event_key=key,
        kind=kind,
        user_id=user.id,
        locale=language_of(user),
        context={"assignment_id": assignment.id, "page": "extension", **context},
        now=now,
    )


def recommend(
    session: Session, *, actor: User, assignment_id: int, extend: bool, reason: str | None, now: datetime
) -> Extension:
    """The supervisor recommends extending the assignment, or not, with reasons."""
    return answer(
        session,
        actor=actor,
        assignment_id=assignment_id,
        step="recommend",
        extend=extend,
        reason=reason,
        now=now,
    )


def confirm_priorities(
    session: Session, *, actor: User, assignment_id: int, extend: bool, reason: str | None, now: datetime
) -> Extension:
    """The host agency confirms the post is still among its priorities, or not, with reasons."""
    return answer(
        session,
        actor=actor,
        assignment_id=assignment_id,
        step="priorities",
        extend=extend,
        reason=reason,
        now=now,
    )


def confirm_funding(
    session: Session,
    *,
    actor: User,
    assignment_id: int,
    extend: bool,
    reason: str | None,
    months: int | None = None,
    now: datetime,
) -> Extension:
    """The donor programme confirms the funding for `months` more (default 12), or not, with reasons."""
    return answer(
        session,
        actor=actor,
        assignment_id=assignment_id,
        step="funding",
        extend=extend,
        reason=reason,
        months=months,
        now=now,
    )


def suggested_months(assignment: Assignment) -> int:
    """The months the donor's form proposes."""
    return default_months(assignment.starts_on, assignment.ends_on)


def extension_due(session: Session, assignment: Assignment, today: date) -> list[DueStep]:
    """The review's step whose turn it is, once its window is open."""
    review = current_review(session, assignment, today)
    if review is None or today < review.opens_on:
        return []
    turn = next_step(review.answers)
    if turn is None:
        return []
    code, party = STEP_CODES[turn]
    return [DueStep(assignment.id, code, party, step_due(review.ends_on, turn), cycle=review.cycle)]


def end_due(session: Session, now: datetime) -> int:
    """End the active assignments whose end date has passed (the chore); how many ended. A review still
    open then was not confirmed: it is closed as `ending`."""
    today = now.date()
    past = (Assignment.status == "active", Assignment.ends_on < today)
    if session.scalar(select(Assignment.id).where(*past).limit(1)) is None:
        return 0  # the usual minute: nothing to end, and no write lock taken
    start_writing(session)
    due = session.scalars(select(Assignment).where(*past).order_by(Assignment.id).with_for_update())
    ended = 0
    for assignment in list(due):
        latest = _latest(session, assignment.id)
        if latest is not None and latest.status == "open":
            latest.status = "ending"
        refused = latest is not None and latest.status == "ending"
        assignment.status, assignment.ended_at = "ended", now
        assignment.end_reason = NOT_EXTENDED if refused else END_DATE_REACHED
        record(
            session,
            actor_id=None,
            action="assignment.ended",
            subject_type="assignment",
            subject_id=assignment.id,
            detail={"ends_on": assignment.ends_on.isoformat(), "reason": assignment.end_reason},
        )
        ended += 1
    return ended
