"""The consolidated sheet of one candidate's interview (per competency each member's rating, the mean,
the spread, the step, flags), read by a member once they submitted their own ratings and by the staff
who run the recruitment once every member has; and the panel's recommendation, recorded by the chair."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.moves import move
from jpo.audit.trail import record
from jpo.db.interview_tables import InterviewRecommendation, InterviewScore, PanelDeclaration
from jpo.db.models import Application, User
from jpo.errors import ConflictError, ForbiddenError, InputError
from jpo.interviews.access import Access, application_in, audit_names_read, interview_access, names_of
from jpo.interviews.kits import current_kit
from jpo.interviews.panels import Member, members
from jpo.interviews.scoring import standings
from jpo.interviews.texts import checked_text
from jpo.recruitment.kit import Kit
from jpo.recruitment.panel import CompetencyLine, Rating, consolidate, overall

VERDICTS = ("recommended", "reservations", "not_recommended")
REASONS_MAX = 4000


@dataclass(frozen=True)
class Sheet:
    application: Application
    name: str
    kit: Kit
    members: list[Member]
    standing: dict[int, str]  # member id -> not_declared | not_started | draft | submitted | recused
    statements: dict[int, str]  # member id -> their conflict statement
    ratings: list[Rating]  # submitted ratings only (member = the member's id as text)
    lines: list[CompetencyLine]
    overall: Fraction | None
    complete: bool  # every member not recused submitted
    recommendation: InterviewRecommendation | None

    def rating(self, member_id: int, competency: str, indicator: str) -> Rating | None:
        return next(
            (
                r
                for r in self.ratings
                if r.member == str(member_id) and r.competency == competency and r.indicator == indicator
            ),
            None,
        )


def _require_sheet(access: Access, standing: dict[int, str], complete: bool) -> None:
    """Hidden until submitted: a member reads the others' ratings once they submitted theirs; a recused
    member never; staff not on the panel once every member has."""
    if access.member is not None:
        own = standing.get(access.member.id)
        if own == "recused":
            raise ForbiddenError("you declared a conflict of interest about this candidate", code="recused")
        if own != "submitted":
            raise ConflictError("submit your own ratings of this candidate first", code="submit-first")
        return
    if not complete:
        raise ConflictError("the panel has not finished scoring this candidate", code="scoring-incomplete")


def _ratings(session: Session, application_id: int) -> list[Rating]:
    scores = session.scalars(
        select(InterviewScore).where(
            InterviewScore.application_id == application_id, InterviewScore.status == "submitted"
        )
    )
    return [
        Rating(str(s.member_id), r["competency"], r["indicator"], int(r["value"]), r["evidence"])
        for s in scores
        for r in s.ratings
    ]


def is_complete(standing: dict[int, str]) -> bool:
    scorers = [s for s in standing.values() if s != "recused"]
    return len(scorers) >= 2 and all(s == "submitted" for s in scorers)


def read_sheet(
    session: Session, *, actor: User, vacancy_id: int, application_id: int, purpose: str = "interview sheet"
) -> Sheet:
    """The candidate's consolidated sheet (403 recused, 409 submit-first or scoring-incomplete)."""
    access = interview_access(session, actor, vacancy_id)
    application = application_in(session, vacancy_id, application_id)
    standing = standings(session, vacancy_id, application.id)
    complete = is_complete(standing)
    _require_sheet(access, standing, complete)
    kit, _ = current_kit(session, vacancy_id, access.vacancy.document)
    ratings = _ratings(session, application.id)
    lines = consolidate(ratings, [c.name for c in kit.competencies])
    statements = {
        d.member_id: d.statement or ""
        for d in session.scalars(
            select(PanelDeclaration).where(
                PanelDeclaration.application_id == application.id, PanelDeclaration.declaration == "conflict"
            )
        )
    }
    audit_names_read(
        session, actor=actor, vacancy_id=vacancy_id, application_ids=[application.id], purpose=purpose
    )
    return Sheet(
        application=application,
        name=names_of(session, [application])[application.id],
        kit=kit,
        members=members(session, vacancy_id),
        standing=standing,
        statements=statements,
        ratings=ratings,
        lines=lines,
        overall=overall(lines),
        complete=complete,
        recommendation=recommendation_of(session, application.id),
    )


def recommendation_of(session: Session, application_id: int) -> InterviewRecommendation | None:
    return session.scalar(
        select(InterviewRecommendation).where(InterviewRecommendation.application_id == application_id)
    )


def recommend(
    session: Session,
    *,
    actor: User,
    vacancy_id: int,
    application_id: int,
    verdict: str,
    reasons: str | None,
    now: datetime,
) -> InterviewRecommendation:
    """The chair records the panel's recommendation with its reasons: the application moves from
    `interviewed` to `recommended` (with or without reservations) or `not_selected`, as the panel."""
    access = interview_access(session, actor, vacancy_id)
    if not access.is_chair:
        raise ForbiddenError("only the panel's chair records its recommendation", code="not-chair")
    application = application_in(session, vacancy_id, application_id)
    if verdict not in VERDICTS:
        raise InputError(f"verdict: one of {', '.join(VERDICTS)}", field="verdict")
    text = checked_text(reasons, field="reasons", limit=REASONS_MAX, required=True)
    if recommendation_of(session, application.id) is not None:
        raise ConflictError("the panel's recommendation is already recorded", code="already-recommended")
    if application.status != "interviewed":
        raise ConflictError(
            f"a candidate who is {application.status} cannot be recommended: the panel must finish scoring",
            code="not-interviewed",
        )
    row = InterviewRecommendation(
        application_id=application.id, verdict=verdict, reasons=text, decided_by=actor.id, decided_at=now
    )
    session.add(row)
    session.flush()
    to = "not_selected" if verdict == "not_recommended" else "recommended"
    move(session, application=application, to=to, actor="panel", by=actor.id, reason=text)
    record(
        session,
        actor_id=actor.id,
        action="panel.recommendation",
        subject_type="application",
        subject_id=application.id,
        reason=text,
        detail={"verdict": verdict},
    )
    return row
