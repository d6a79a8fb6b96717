"""What a candidate may see of how their own application was judged: the eligibility verdict with its
reasons, the ranking's criteria with their weights and the candidate's own evidence behind each score,
and every decision about it with its reason. Never another candidate's data: the score is computed for
this profile alone (it does not depend on the others), and decisions are named by the party that took
them, not the person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy.orm import Session

from jpo.applications.contests import contestable, contests_of, deadline_of
from jpo.applications.service import own_application
from jpo.audit.trail import record
from jpo.contracts.eligibility import Verdict
from jpo.contracts.profile import Profile
from jpo.contracts.ranking import RankedCandidate
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import Application, Contest, ProfileVersion, User, VacancyRow
from jpo.db.repositories import application_events
from jpo.matching.rank import Ranker
from jpo.profiles.vectors import save_new_vectors, service_embedder


@dataclass(frozen=True)
class Decision:
    """A move of the application: when, to what, by which party, and the reason given."""

    at: datetime
    to: str
    by: str  # staff, panel, host, donor, system, candidate
    reason: str | None
    event_id: int
    contest: Contest | None  # the candidate's contest of it, answered or not
    contestable_until: datetime | None  # None: not (or no longer) contestable


@dataclass(frozen=True)
class Explanation:
    application: Application
    vacancy: Vacancy
    verdict: Verdict | None
    ranked: RankedCandidate | None  # None when the profile version is gone
    weights: dict[str, float]
    model: str
    decisions: list[Decision]


# Ranking loads the sentence model and embeds the profile: seconds of work a page view must not repeat.
# Results by (application, profile version, vacancy's last change) in this process.
_KEPT: Final = 256
_RANKED: dict[tuple[int, int, str], tuple[RankedCandidate | None, dict[str, float], str]] = {}


def forget_explanations() -> None:
    """Drop every explanation this process keeps (after an erasure: the evidence quotes the person)."""
    _RANKED.clear()


def _rank_alone(
    session: Session,
    vacancy: Vacancy,
    application: Application,
    verdict: Verdict | None,
    weights: dict[str, float] | None,
) -> tuple[RankedCandidate | None, dict[str, float], str]:
    version = session.get(ProfileVersion, application.profile_version_id)
    embedder = service_embedder(session)
    ranker = Ranker(vacancy, embedder=embedder, weights=weights)
    if version is None:
        return None, dict(ranker.weights), embedder.name
    eligible = None if verdict is None else verdict.eligible
    ranking = ranker.rank({"mine": Profile.model_validate(version.document)}, {"mine": (eligible, [])})
    save_new_vectors(session, embedder)
    return ranking.candidates[0], ranking.weights, ranking.model


def explain(session: Session, *, candidate: User, application_id: int, now: datetime) -> Explanation:
    """The explanation of the candidate's own application (another's is not found)."""
    application = own_application(session, user=candidate, application_id=application_id)
    row = session.get(VacancyRow, application.vacancy_id)
    assert row is not None  # an application's vacancy is never deleted
    vacancy = Vacancy.model_validate(row.document)
    verdict = Verdict.model_validate(application.eligibility) if application.eligibility else None
    key = (application.id, application.profile_version_id, row.updated_at.isoformat())
    if key not in _RANKED:
        _RANKED[key] = _rank_alone(session, vacancy, application, verdict, row.ranking_weights)
        while len(_RANKED) > _KEPT:  # the oldest first: a bounded cache, so views repeat no ranking
            _RANKED.pop(next(iter(_RANKED)))
    ranked, weights, model = _RANKED[key]
    contests = contests_of(session, application.id)
    decisions = []
    for event, _ in application_events(session, application_ids=[application.id],
                                       actions=("application.transition",)):  # fmt: skip
        detail = event.detail or {}
        until = deadline_of(event) if contestable(event, now) and event.id not in contests else None
        to, by = str(detail.get("to", "")), str(detail.get("by", ""))
        decisions.append(Decision(event.at, to, by, event.reason, event.id, contests.get(event.id), until))
    record(session, actor_id=candidate.id, action="application.explained", subject_type="application",
           subject_id=application.id)  # fmt: skip
    return Explanation(application, vacancy, verdict, ranked, weights, model, decisions)
