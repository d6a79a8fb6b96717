"""Each panel member scores a candidate alone: per indicator of the kit, a rating on the UN four-step
scale with the evidence heard; drafts are kept, then submitted for good. No member reads another's
ratings of a candidate before submitting their own (`others_visible`, asked by every read). When every
member who is not recused has submitted, the application moves to `interviewed` and the chair is told.
Flushes, never commits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.moves import move
from jpo.applications.reasons import INTERVIEW_SCORED
from jpo.audit.trail import record
from jpo.db.interview_tables import InterviewScore, PanelDeclaration, PanelMember
from jpo.db.models import Application, User
from jpo.errors import ConflictError, InputError
from jpo.interviews.access import INTERVIEWED, application_in, interview_access, interview_candidates
from jpo.interviews.kits import current_kit, lock_kit
from jpo.interviews.panels import (
    MIN_MEMBERS,
    declaration_of,
    declare,
    remove_member,
    require_member,
    require_ready,
)
from jpo.interviews.texts import checked_text
from jpo.notifications.outbox import enqueue, language_of
from jpo.recruitment.kit import Kit
from jpo.recruitment.panel import SCALE

EVIDENCE_MAX = 4000
RATINGS_MAX = 200  # entries in one save: a kit has at most 15 × 12 indicators


@dataclass(frozen=True)
class MyScore:
    """A member's own sheet for one candidate: their declaration, their ratings, its status."""

    application: Application
    kit: Kit
    declaration: PanelDeclaration | None
    ratings: dict[tuple[str, str], dict[str, Any]]  # (competency, indicator) -> {"value", "evidence"}
    status: str  # not_started | draft | submitted | recused


def score_of(session: Session, member_id: int, application_id: int) -> InterviewScore | None:
    return session.scalar(
        select(InterviewScore).where(
            InterviewScore.member_id == member_id, InterviewScore.application_id == application_id
        )
    )


def _status(declaration: PanelDeclaration | None, score: InterviewScore | None) -> str:
    if declaration is not None and declaration.declaration == "conflict":
        return "recused"
    if score is None:
        return "not_started"
    return score.status


def my_score(session: Session, *, actor: User, vacancy_id: int, application_id: int) -> MyScore:
    """The member's own sheet of the candidate (403 for anyone not on the panel)."""
    member = require_member(session, actor, vacancy_id)
    application = application_in(session, vacancy_id, application_id)
    vacancy = interview_access(session, actor, vacancy_id).vacancy
    kit, _ = current_kit(session, vacancy_id, vacancy.document)
    declaration = declaration_of(session, member.id, application.id)
    score = score_of(session, member.id, application.id)
    ratings = {(r["competency"], r["indicator"]): r for r in (score.ratings if score else [])}
    return MyScore(application, kit, declaration, ratings, _status(declaration, score))


def _checked_ratings(entries: object, kit: Kit, *, complete: bool) -> list[dict[str, Any]]:
    """The ratings as saved: each on an indicator of the kit, a value of the scale (may be empty in a
    draft) and its evidence; all indicators rated with evidence to submit."""
    if not isinstance(entries, Sequence) or isinstance(entries, str) or len(entries) > RATINGS_MAX:
        raise InputError(f"ratings: a list of at most {RATINGS_MAX} ratings", field="ratings")
    indicators = kit.indicators()
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for i, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            raise InputError(f"ratings.{i}: must be an object", field=f"ratings.{i}")
        competency, indicator = entry.get("competency"), entry.get("indicator")
        if competency not in indicators or indicator not in indicators[str(competency)]:
            raise InputError(f"ratings.{i}: not an indicator of the kit", field=f"ratings.{i}.indicator")
        value = entry.get("value")
        if value is not None and (isinstance(value, bool) or value not in SCALE.values()):
            raise InputError(f"ratings.{i}.value: 1 to 4", field=f"ratings.{i}.value")
        evidence = checked_text(entry.get("evidence"), field=f"ratings.{i}.evidence", limit=EVIDENCE_MAX)
        found[(str(competency), str(indicator))] = {
            "competency": competency,
            "indicator": indicator,
            "value": value,
            "evidence": evidence,
        }
    if complete:
        _require_complete(found, indicators)
    return list(found.values())


def _require_complete(
    found: Mapping[tuple[str, str], Mapping[str, Any]], kit: Mapping[str, Sequence[str]]
) -> None:
    for n, (competency, indicators) in enumerate(kit.items()):
        for m, indicator in enumerate(indicators):
            rating = found.get((competency, indicator))
            if rating is None or rating["value"] is None:
                raise InputError(
                    f"{competency} / {indicator}: rate it to submit", field=f"rating.{n}.{m}.value"
                )
            if not rating["evidence"]:
                raise InputError(
                    f"{competency} / {indicator}: write the evidence you heard",
                    field=f"rating.{n}.{m}.evidence",
                )


def save_score(
    session: Session,
    *,
    actor: User,
    vacancy_id: int,
    application_id: int,
    ratings: object,
    submit: bool,
    now: datetime,
) -> InterviewScore:
    """Save the member's draft of the candidate, or submit it (every indicator rated with evidence);
    the first rating locks the kit. 409 when not declared, recused, already submitted or not interviewable."""
    member = require_member(session, actor, vacancy_id)
    application = application_in(session, vacancy_id, application_id)
    require_ready(session, vacancy_id)
    declaration = declaration_of(session, member.id, application.id)
    if declaration is None:
        raise ConflictError("declare your interests about this candidate before scoring", code="not-declared")
    if declaration.declaration == "conflict":
        raise ConflictError(
            "you declared a conflict of interest: you do not score this candidate", code="recused"
        )
    score = score_of(session, member.id, application.id)
    if score is not None and score.status == "submitted":
        raise ConflictError("you have submitted your ratings of this candidate", code="submitted")
    if application.status not in INTERVIEWED:
        raise ConflictError(
            f"a candidate who is {application.status} is not being interviewed", code="not-interviewing"
        )
    kit = lock_kit(
        session,
        vacancy_id=vacancy_id,
        document=interview_access(session, actor, vacancy_id).vacancy.document,
        by=actor.id,
        now=now,
    )
    checked = _checked_ratings(ratings, kit, complete=submit)
    if score is None:
        score = InterviewScore(
            member_id=member.id, application_id=application.id, status="draft", updated_at=now
        )
        session.add(score)
    score.ratings, score.updated_at = checked, now
    if submit:
        score.status, score.submitted_at = "submitted", now
    session.flush()
    record(
        session,
        actor_id=actor.id,
        action="interview.submitted" if submit else "interview.draft_saved",
        subject_type="application",
        subject_id=application.id,
        detail={"ratings": sum(1 for r in checked if r["value"] is not None)},
    )
    if submit:
        complete_if_done(session, application=application, now=now)
    return score


def standings(session: Session, vacancy_id: int, application_id: int) -> dict[int, str]:
    """Each member's standing on the candidate (member id -> not_declared | not_started | draft |
    submitted | recused)."""
    members = session.scalars(select(PanelMember).where(PanelMember.vacancy_id == vacancy_id)).all()
    declarations = {
        d.member_id: d
        for d in session.scalars(
            select(PanelDeclaration).where(PanelDeclaration.application_id == application_id)
        )
    }
    scores = {
        s.member_id: s
        for s in session.scalars(
            select(InterviewScore).where(InterviewScore.application_id == application_id)
        )
    }
    found = {}
    for member in members:
        declaration = declarations.get(member.id)
        found[member.id] = (
            "not_declared" if declaration is None else _status(declaration, scores.get(member.id))
        )
    return found


def complete_if_done(session: Session, *, application: Application, now: datetime) -> bool:
    """Move the candidate to `interviewed` once every member not recused (two at least) has submitted,
    and tell the chair."""
    standing = standings(session, application.vacancy_id, application.id)
    scorers = [m for m, s in standing.items() if s != "recused"]
    if len(scorers) < MIN_MEMBERS or any(standing[m] != "submitted" for m in scorers):
        return False
    if application.status not in INTERVIEWED:
        return False
    move(
        session,
        application=application,
        to="interviewed",
        actor="panel",
        by=None,
        reason=INTERVIEW_SCORED.format(sheets=len(scorers)),
    )
    chair = session.scalar(
        select(PanelMember).where(
            PanelMember.vacancy_id == application.vacancy_id, PanelMember.role == "chair"
        )
    )
    chair_user = session.get(User, chair.user_id) if chair is not None else None
    if chair_user is not None:
        enqueue(
            session,
            event_key=f"panel_scoring_complete:{application.id}",
            kind="panel_scoring_complete",
            user_id=chair_user.id,
            locale=language_of(chair_user),
            context={"application_id": application.id, "vacancy_id": application.vacancy_id},
            now=now,
        )
    return True


def others_visible(session: Session, *, member_id: int, application_id: int) -> bool:
    """Whether a member may read the others' ratings of a candidate: once they submitted their own."""
    score = score_of(session, member_id, application_id)
    return score is not None and score.status == "submitted"


def declare_interest(
    session: Session,
    *,
    actor: User,
    application: Application,
    declaration: str,
    statement: str | None,
    now: datetime,
) -> PanelDeclaration:
    """The member's declaration (see `panels.declare`); a recusal may be what the candidate's sheet
    waited for: the others may all have submitted."""
    row = declare(
        session, actor=actor, application=application, declaration=declaration, statement=statement, now=now
    )
    if declaration == "conflict":
        complete_if_done(session, application=application, now=now)
    return row


def leave_panel(session: Session, *, actor: User, vacancy_id: int, member_id: int, now: datetime) -> None:
    """Take a member off the panel (see `panels.remove_member`); the sheets that waited only for them
    are complete."""
    remove_member(session, actor=actor, vacancy_id=vacancy_id, member_id=member_id, now=now)
    for application in interview_candidates(session, vacancy_id):
        if application.status in INTERVIEWED:
            complete_if_done(session, application=application, now=now)
