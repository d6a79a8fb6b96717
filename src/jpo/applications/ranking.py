"""Ranking a vacancy's applications for the staff in its scope: the pure ranker over the profile
versions the applications were made with, vectors cached in the database; the read is audited."""

from __future__ import annotations

from sqlalchemy.orm import Session

from jpo.applications.staff import pseudonym
from jpo.audit.trail import record
from jpo.authz import require_review_applications
from jpo.contracts.profile import Profile
from jpo.contracts.ranking import Ranking
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import Application, ProfileVersion, User
from jpo.db.repositories import applications_of_vacancy
from jpo.matching.rank import Ranker
from jpo.profiles.vectors import save_new_vectors, service_embedder
from jpo.vacancies.service import get_vacancy

_ELIGIBLE = {"ineligible": False, "submitted": None, "needs_review": None}  # every later status: eligible


def _failing(application: Application) -> list[str]:
    criteria = (application.eligibility or {}).get("criteria", [])
    return [c["id"] for c in criteria if c.get("status") == "fail" and c.get("id") != "deadline"]


def rank_applications(session: Session, *, actor: User, vacancy_id: int, purpose: str) -> Ranking:
    """The vacancy's live applications ranked; eligibility is the application's screened status."""
    row = get_vacancy(session, vacancy_id)
    require_review_applications(actor, row)
    applications = [a for a in applications_of_vacancy(session, vacancy_id) if a.status != "withdrawn"]
    profiles, eligibility = {}, {}
    for application in applications:
        version = session.get(ProfileVersion, application.profile_version_id)
        key = str(application.id)
        profiles[key] = Profile.model_validate(version.document if version else {})
        status = _ELIGIBLE.get(application.status, True)
        eligibility[key] = (status, _failing(application) if status is False else [])
    embedder = service_embedder(session)  # the ranking reads; its new vectors are saved after it
    ranking = Ranker(Vacancy.model_validate(row.document), embedder=embedder).rank(profiles, eligibility)
    names = {str(a.id): pseudonym(a) for a in applications}
    for candidate in ranking.candidates:
        candidate.application_id = int(candidate.profile)
        candidate.candidate = names[candidate.profile]
    ranked = {"ranking": [a.id for a in applications]}
    record(session, actor_id=actor.id, action="personal_data.read", subject_type="vacancy",
           subject_id=vacancy_id, reason=purpose, detail=ranked)  # fmt: skip
    save_new_vectors(session, embedder)
    return ranking
