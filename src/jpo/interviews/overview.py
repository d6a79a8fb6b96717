"""A vacancy's interviews at a glance, for its panel and the staff who run its recruitment: each
candidate with their status, where the reader stands on them, how many members have submitted, and the
recommendation; the names read are audited."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.db.interview_tables import InterviewRecommendation
from jpo.db.models import Application, User
from jpo.interviews.access import Access, audit_names_read, interview_access, interview_candidates, names_of
from jpo.interviews.scoring import standings
from jpo.interviews.sheets import is_complete


@dataclass(frozen=True)
class CandidateLine:
    application: Application
    name: str
    mine: str | None  # the reader's standing, when on the panel
    submitted: int  # members who submitted
    scorers: int  # members not recused
    complete: bool
    verdict: str | None


@dataclass(frozen=True)
class Overview:
    access: Access
    candidates: list[CandidateLine]


def overview(session: Session, *, actor: User, vacancy_id: int) -> Overview:
    access = interview_access(session, actor, vacancy_id)
    applications = interview_candidates(session, vacancy_id)
    names = names_of(session, applications)
    ids = [a.id for a in applications]
    verdicts: dict[int, str] = dict(
        session.execute(
            select(InterviewRecommendation.application_id, InterviewRecommendation.verdict).where(
                InterviewRecommendation.application_id.in_(ids)
            )
        ).all()
    )
    lines = []
    for application in applications:
        standing = standings(session, vacancy_id, application.id)
        scorers = [s for s in standing.values() if s != "recused"]
        lines.append(
            CandidateLine(
                application=application,
                name=names[application.id],
                mine=standing.get(access.member.id) if access.member is not None else None,
                submitted=sum(1 for s in scorers if s == "submitted"),
                scorers=len(scorers),
                complete=is_complete(standing),
                verdict=verdicts.get(application.id),
            )
        )
    if ids:
        audit_names_read(
            session, actor=actor, vacancy_id=vacancy_id, application_ids=ids, purpose="interview panel"
        )
    return Overview(access, lines)
