"""Ranking a vacancy's applications for the staff in its scope: the pure ranker over the profile
versions the applications were made with, vectors cached in the database; the read is audited."""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from jpo.applications.staff import pseudonym
from jpo.audit.trail import record
from jpo.authz import require_review_applications
from jpo.contracts.profile import Profile
from jpo.contracts.ranking import Ranking
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import Application, ProfileVersion, RankingRun, User
from jpo.matching.energy import METHOD, Compute
from jpo.matching.rank import Ranker
from jpo.matching.relevance import background_sentences
from jpo.matching.version import code_digest, weights_digest
from jpo.profiles.vectors import remember_public, save_new_vectors, service_embedder
from jpo.vacancies.service import get_vacancy

# The statuses whose screening the reviewer's pages show: what failed, what it could not decide.
_SCREENING_SHOWN = frozenset({"ineligible", "submitted", "needs_review"})
_ELIGIBLE = {"ineligible": False, "submitted": None, "needs_review": None}  # every later status: eligible


def _failing(eligibility: dict[str, Any] | None) -> list[str]:
    criteria = (eligibility or {}).get("criteria", [])
    return [c["id"] for c in criteria if c.get("status") == "fail" and c.get("id") != "deadline"]


@dataclass(frozen=True)
class RankedPool:
    """A ranking with what the caller shows beside it, read before the audit event expires the session's
    objects (so nothing is loaded twice): each application's status and, for those not yet past the
    screening (`_SCREENING_SHOWN`), the criteria it left undecided."""

    ranking: Ranking
    statuses: dict[int, str]
    undecided: dict[int, list[str]]


def undecided_criteria(eligibility: dict[str, Any] | None) -> list[str]:
    """The criteria a stored verdict (jpo.eligibility/1) could not decide."""
    criteria = (eligibility or {}).get("criteria", [])
    return [c["id"] for c in criteria if isinstance(c, dict) and c.get("status") == "unknown"]


def _live_applications(session: Session, vacancy_id: int) -> list[Application]:
    # The stored verdicts (~6 kB of JSON each) and letters are left unread: decoding 500 verdicts was
    # the dearest part of a ranking; the few that are shown are read by `_verdicts`.
    live = (Application.vacancy_id == vacancy_id, Application.status != "withdrawn")
    query = (select(Application).where(*live)
             .options(defer(Application.eligibility), defer(Application.motivation))
             .order_by(Application.submitted_at, Application.id))  # fmt: skip
    return list(session.scalars(query))


def _verdicts(session: Session, ids: list[int]) -> dict[int, dict[str, Any] | None]:
    """The stored verdicts of these applications, in a few queries."""
    found: dict[int, dict[str, Any] | None] = {}
    for start in range(0, len(ids), 500):
        query = select(Application.id, Application.eligibility).where(
            Application.id.in_(ids[start : start + 500])
        )
        found.update({key: verdict for key, verdict in session.execute(query)})
    return found


def _versions(session: Session, ids: list[int]) -> dict[int, ProfileVersion]:
    """Profile versions by id, in a few queries instead of one each."""
    found: dict[int, ProfileVersion] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            {v.id: v for v in session.scalars(select(ProfileVersion).where(ProfileVersion.id.in_(chunk)))}
        )
    return found


def ranking_version(ranking: Ranking) -> dict[str, str]:
    """What made a ranking, for its audit event: the model, a digest of the weights, the code's version
    (the package's release and a digest of jpo.matching, which changes whenever what ranks changes)."""
    return {"model": ranking.model, "weights": weights_digest(ranking.weights),
            "code": f"{_release()}+{code_digest()}"}  # fmt: skip


@cache
def _release() -> str:
    try:
        return version("jpo")
    except PackageNotFoundError:  # run from a source tree that is not installed
        return "unknown"


def rank_applications(session: Session, *, actor: User, vacancy_id: int, purpose: str) -> Ranking:
    """The vacancy's live applications ranked; eligibility is the application's screened status."""
    return rank_pool(session, actor=actor, vacancy_id=vacancy_id, purpose=purpose).ranking


def rank_pool(session: Session, *, actor: User, vacancy_id: int, purpose: str) -> RankedPool:
    """`rank_applications` with each application's status and undecided criteria (read once)."""
    # As in `Ranker.rank`: reading 500 applications and profiles builds many objects kept until the
    # ranking returns, and the collector's passes over them (and a large heap) cost more than the query.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _rank_pool(session, actor=actor, vacancy_id=vacancy_id, purpose=purpose)
    finally:
        if enabled:
            gc.enable()


def _rank_pool(session: Session, *, actor: User, vacancy_id: int, purpose: str) -> RankedPool:
    row = get_vacancy(session, vacancy_id)
    require_review_applications(actor, row)
    applications = _live_applications(session, vacancy_id)
    versions = _versions(session, sorted({a.profile_version_id for a in applications}))
    verdicts = _verdicts(session, [a.id for a in applications if a.status in _SCREENING_SHOWN])
    profiles, eligibility = {}, {}
    for application in applications:
        version = versions.get(application.profile_version_id)
        key = str(application.id)
        profiles[key] = Profile.model_validate(version.document if version else {})
        status = _ELIGIBLE.get(application.status, True)
        eligibility[key] = (status, _failing(verdicts.get(application.id)) if status is False else [])
    started, cpu = time.perf_counter(), time.thread_time()
    embedder = service_embedder(session)  # the ranking reads; its new vectors are saved after it
    ranker = Ranker(Vacancy.model_validate(row.document), embedder=embedder, weights=row.ranking_weights)
    remember_public(embedder, ranker.space.texts + background_sentences())  # the next ranking reads none
    ranking = ranker.rank(profiles, eligibility)
    compute = Compute(len(applications), embedder.embedded, embedder.reused, time.perf_counter() - started,
                      time.thread_time() - cpu)  # fmt: skip
    names = {str(a.id): pseudonym(a) for a in applications}
    for candidate in ranking.candidates:
        candidate.application_id = int(candidate.profile)
        candidate.candidate = names[candidate.profile]
    pool = RankedPool(ranking, {a.id: a.status for a in applications},
                      {key: undecided_criteria(verdict) for key, verdict in verdicts.items()})  # fmt: skip
    # `ranked`: the applications read, in the order reviewers were shown (best first), which the fairness
    # audit reads as the ranking's top-k. (Events before it held `ranking`, the same ids unordered.)
    ranked = {"ranked": [int(c.profile) for c in ranking.candidates], "version": ranking_version(ranking)}
    record(session, actor_id=actor.id, action="personal_data.read", subject_type="vacancy",
           subject_id=vacancy_id, reason=purpose, detail=ranked)  # fmt: skip
    save_new_vectors(session, embedder)
    session.add(RankingRun(vacancy_id=vacancy_id, at=session.info.get("now") or datetime.now(UTC),
                           candidates=compute.candidates, embedded=compute.embedded, reused=compute.reused,
                           seconds=round(compute.seconds, 4), cpu_seconds=round(compute.cpu_seconds, 4),
                           energy_wh=compute.energy_wh, co2e_g=compute.co2e_g, method=METHOD))  # fmt: skip
    return pool
