"""Every query the services need, in one place."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from jpo.db.models import Application, AuditEvent, Document, User, VacancyRow


def user_by_email(session: Session, email: str) -> User | None:
    """The user with this e-mail address, compared case-insensitively."""
    return session.scalar(select(User).where(func.lower(User.email) == email.lower()))


def count_failed_sign_in(session: Session, user_id: int, now: datetime) -> None:
    """One more wrong password, counted in the database (two at once both count)."""
    session.execute(
        update(User).where(User.id == user_id)
        .values(failed_sign_ins=User.failed_sign_ins + 1, last_failed_sign_in=now)
    )  # fmt: skip


def reset_failed_sign_ins(session: Session, user_id: int) -> None:
    session.execute(
        update(User).where(User.id == user_id, User.failed_sign_ins > 0).values(failed_sign_ins=0)
    )


def public_vacancies(
    session: Session,
    *,
    sponsor: str | None,
    organization: str | None,
    country: str | None,
    open_after: datetime | None,
) -> list[VacancyRow]:
    """Published vacancies filtered on their indexed columns, soonest deadline first, then by id."""
    query = select(VacancyRow).where(VacancyRow.status == "published")
    if sponsor:
        query = query.where(VacancyRow.sponsor_country == sponsor)
    if organization:
        query = query.where(func.upper(VacancyRow.organization) == organization)
    if country:
        query = query.where(VacancyRow.duty_station_country == country)
    if open_after is not None:
        query = query.where(or_(VacancyRow.closing_utc.is_(None), VacancyRow.closing_utc > open_after))
    query = query.order_by(VacancyRow.closing_utc.is_(None), VacancyRow.closing_utc, VacancyRow.id)
    return list(session.scalars(query))


def applications_of_vacancy(session: Session, vacancy_id: int) -> list[Application]:
    """A vacancy's applications in the order they were submitted."""
    query = select(Application).where(Application.vacancy_id == vacancy_id)
    return list(session.scalars(query.order_by(Application.submitted_at, Application.id)))


def applications_of_user(session: Session, user_id: int) -> list[Application]:
    """A candidate's applications, newest first."""
    query = select(Application).where(Application.user_id == user_id)
    return list(session.scalars(query.order_by(Application.submitted_at.desc(), Application.id.desc())))


def documents_of(session: Session, application_id: int) -> list[Document]:
    query = select(Document).where(Document.application_id == application_id).order_by(Document.id)
    return list(session.scalars(query))


def events_about(session: Session, *, user_id: int, application_ids: list[int]) -> list[AuditEvent]:
    """Audit events a person made, or about their account, profile versions and applications."""
    about_user = (AuditEvent.subject_type == "user") & (AuditEvent.subject_id == user_id)
    about_applications = (AuditEvent.subject_type == "application") & AuditEvent.subject_id.in_(
        application_ids
    )
    query = select(AuditEvent).where(or_(AuditEvent.actor_id == user_id, about_user, about_applications))
    return list(session.scalars(query.order_by(AuditEvent.at, AuditEvent.id)))


def audit_events(
    session: Session, *, subject_type: str | None, subject_id: int | None, limit: int, before_id: int | None
) -> list[AuditEvent]:
    """The newest audit events first, optionally about one subject; `before_id` pages back."""
    query = select(AuditEvent)
    if subject_type:
        query = query.where(AuditEvent.subject_type == subject_type)
    if subject_id is not None:
        query = query.where(AuditEvent.subject_id == subject_id)
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    return list(session.scalars(query.order_by(AuditEvent.id.desc()).limit(limit)))


# Programme admin pages: the vacancies an admin manages and the numbers of a vacancy's dashboard.


def managed_vacancies(session: Session, *, sponsor: str | None) -> list[VacancyRow]:
    """Every vacancy, draft, published or closed, of `sponsor` (all sponsors when None), newest first."""
    query = select(VacancyRow)
    if sponsor is not None:
        query = query.where(VacancyRow.sponsor_country == sponsor)
    return list(session.scalars(query.order_by(VacancyRow.id.desc())))


def verdicts_of_vacancy(session: Session, vacancy_id: int) -> list[dict[str, object]]:
    """The jpo.eligibility/1 verdicts stored with a vacancy's applications (none for those without)."""
    query = select(Application.eligibility).where(Application.vacancy_id == vacancy_id)
    return [verdict for verdict in session.scalars(query.order_by(Application.id)) if verdict]


def vacancy_edits(session: Session, vacancy_id: int) -> list[AuditEvent]:
    """The audited corrections of a vacancy, oldest first."""
    query = select(AuditEvent).where(
        AuditEvent.subject_type == "vacancy",
        AuditEvent.subject_id == vacancy_id,
        AuditEvent.action == "vacancy.edited",
    )
    return list(session.scalars(query.order_by(AuditEvent.id)))


# Reviewer pages: the vacancies that take applications, their applications by status (for the admin
# pages too), decision history.


def reviewable_vacancies(session: Session) -> list[VacancyRow]:
    """Published and closed vacancies (those that take or took applications), soonest deadline first."""
    query = select(VacancyRow).where(VacancyRow.status.in_(("published", "closed")))
    query = query.order_by(VacancyRow.closing_utc.is_(None), VacancyRow.closing_utc, VacancyRow.id)
    return list(session.scalars(query))


def status_counts_by_vacancy(session: Session, vacancy_ids: list[int]) -> dict[int, dict[str, int]]:
    """For each of these vacancies, its applications counted by status (absent: none)."""
    query = (
        select(Application.vacancy_id, Application.status, func.count())
        .where(Application.vacancy_id.in_(vacancy_ids))
        .group_by(Application.vacancy_id, Application.status)
    )
    counts: dict[int, dict[str, int]] = {}
    for vacancy_id, status, count in session.execute(query):
        counts.setdefault(vacancy_id, {})[status] = count
    return counts


def application_events(
    session: Session, *, application_ids: list[int], actions: tuple[str, ...]
) -> list[tuple[AuditEvent, User | None]]:
    """Audit events with these actions about these applications, oldest first, each with its actor
    (None when the actor's account is gone)."""
    query = (
        select(AuditEvent, User)
        .outerjoin(User, User.id == AuditEvent.actor_id)
        .where(AuditEvent.subject_type == "application", AuditEvent.subject_id.in_(application_ids))
        .where(AuditEvent.action.in_(actions))
    )
    return [(event, actor) for event, actor in session.execute(query.order_by(AuditEvent.at, AuditEvent.id))]


def refused_verdicts(session: Session, vacancy_id: int) -> list[dict[str, object]]:
    """The criteria statuses of applications to a vacancy that the eligibility engine refused, the
    latest refusal of each candidate only ({"criteria": {criterion id: status}})."""
    latest = (
        select(func.max(AuditEvent.id))
        .where(AuditEvent.action == "application.refused", AuditEvent.subject_type == "vacancy")
        .where(AuditEvent.subject_id == vacancy_id)
        .group_by(AuditEvent.actor_id)
    )
    query = select(AuditEvent.detail).where(AuditEvent.id.in_(latest)).order_by(AuditEvent.id)
    return [detail for detail in session.scalars(query) if detail]
