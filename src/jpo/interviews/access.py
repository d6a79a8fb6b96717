"""Who may open a vacancy's interview pages: its panel's members (scoped to that vacancy alone) and the
staff who run its recruitment; and the candidates they see, by name, each read audited."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.authz import may_run_recruitment, require_visible
from jpo.db.interview_tables import InterviewRecommendation, PanelMember
from jpo.db.models import Application, ProfileVersion, User, VacancyRow
from jpo.errors import ForbiddenError, NotFoundError
from jpo.interviews.panels import member_row
from jpo.vacancies.service import get_vacancy

# Applications the panel interviews (`shortlisted`, or `assessed` after a written assessment) and those it
# has interviewed since; a candidate the panel did not recommend stays listed by their recommendation.
INTERVIEWED = ("shortlisted", "assessed")
AFTER = ("interviewed", "recommended", "selected", "confirmed", "offered", "accepted", "declined")


@dataclass(frozen=True)
class Access:
    """A user's standing on a vacancy's interviews: on its panel (`member`), running its recruitment."""

    vacancy: VacancyRow
    member: PanelMember | None
    runner: bool

    @property
    def is_chair(self) -> bool:
        return self.member is not None and self.member.role == "chair"


def interview_access(session: Session, user: User, vacancy_id: int) -> Access:
    """404 for a vacancy the user may not see; 403 unless they sit on its panel or run its recruitment."""
    vacancy = get_vacancy(session, vacancy_id)
    require_visible(user, vacancy)
    member = member_row(session, vacancy_id, user.id)
    runner = may_run_recruitment(user, vacancy)
    if member is None and not runner:
        raise ForbiddenError(f"vacancy {vacancy_id}: you are not on its interview panel")
    return Access(vacancy, member, runner)


def require_runner(access: Access) -> None:
    if not access.runner:
        raise ForbiddenError(
            f"vacancy {access.vacancy.id}: its recruitment is run by its reviewers and admins"
        )


def application_in(session: Session, vacancy_id: int, application_id: int) -> Application:
    """One of the vacancy's candidates for interview (404 for another vacancy's or an earlier stage's)."""
    application = session.get(Application, application_id)
    if application is None or application.vacancy_id != vacancy_id or not _listed(session, application):
        raise NotFoundError(f"candidate {application_id} not found among vacancy {vacancy_id}'s interviews")
    return application


def _listed(session: Session, application: Application) -> bool:
    if application.status in INTERVIEWED + AFTER:
        return True
    return application.id in _recommended_ids(session, [application.id])


def _recommended_ids(session: Session, ids: list[int]) -> set[int]:
    if not ids:
        return set()
    rows = session.scalars(
        select(InterviewRecommendation.application_id).where(InterviewRecommendation.application_id.in_(ids))
    )
    return set(rows)


def name_of(document: Mapping[str, Any] | None) -> str | None:
    name = (document or {}).get("name")
    if isinstance(name, Mapping):
        parts = (name.get("given"), name.get("family"))
        return " ".join(str(p).strip() for p in parts if isinstance(p, str) and p.strip()) or None
    return name.strip() or None if isinstance(name, str) else None


def names_of(session: Session, applications: list[Application]) -> dict[int, str]:
    """Each application's candidate name as they write it (their pseudonym-free receipt number if none)."""
    versions = {a.profile_version_id for a in applications}
    documents: dict[int, dict[str, Any]] = dict(
        session.execute(
            select(ProfileVersion.id, ProfileVersion.document).where(ProfileVersion.id.in_(versions))
        ).all()
    )
    return {a.id: name_of(documents.get(a.profile_version_id)) or a.receipt for a in applications}


def interview_candidates(session: Session, vacancy_id: int) -> list[Application]:
    """The vacancy's candidates for interview, in the order they applied."""
    rows = list(
        session.scalars(
            select(Application)
            .where(Application.vacancy_id == vacancy_id)
            .order_by(Application.submitted_at, Application.id)
        )
    )
    recommended = _recommended_ids(session, [a.id for a in rows if a.status == "not_selected"])
    return [a for a in rows if a.status in INTERVIEWED + AFTER or a.id in recommended]


def audit_names_read(
    session: Session, *, actor: User, vacancy_id: int, application_ids: list[int], purpose: str
) -> None:
    """Staff reading candidates' names is audited, as every staff read of personal data is."""
    detail = {"applications": application_ids, "names": True}
    record(
        session,
        actor_id=actor.id,
        action="personal_data.read",
        subject_type="vacancy",
        subject_id=vacancy_id,
        reason=purpose,
        detail=detail,
    )
