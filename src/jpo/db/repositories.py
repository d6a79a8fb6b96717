"""Queries shared by several services. A query that belongs to one rule stays beside it in its service
(the yearly count of a sponsor's applications, a profile's versions): `select` is used in services too."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Column, case, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from jpo.db.models import Application, AuditEvent, Base, ClientAttempts, Document, User, VacancyRow


def user_by_email(session: Session, email: str) -> User | None:
    """The user with this e-mail address, as `jpo.users.credentials.normalise_email` writes it (the form
    every address is stored in), so the unique index finds it."""
    return session.scalar(select(User).where(User.email == email))


def reserve_sign_in(
    session: Session, user_id: int, now: datetime, *, max_failures: int, pause: timedelta
) -> bool:
    """Count a sign-in attempt as failed before its password is checked, unless `max_failures` are on
    record within `pause` of the last; False then. One conditional UPDATE: parallel attempts queue on
    the row and each sees the count the one before left. A count older than `pause` starts again."""
    stale = or_(User.last_failed_sign_in.is_(None), User.last_failed_sign_in <= now - pause)
    reserved = session.execute(
        update(User)
        .where(User.id == user_id, or_(User.failed_sign_ins < max_failures, stale))
        .values(failed_sign_ins=case((stale, 1), else_=User.failed_sign_ins + 1), last_failed_sign_in=now)
        .returning(User.id)
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    return reserved.first() is not None


def last_failed_sign_in(session: Session, user_id: int) -> datetime | None:
    return session.scalar(select(User.last_failed_sign_in).where(User.id == user_id))


def reset_failed_sign_ins(session: Session, user_id: int) -> None:
    session.execute(
        update(User).where(User.id == user_id, User.failed_sign_ins > 0).values(failed_sign_ins=0)
        .execution_options(synchronize_session=False)
    )  # fmt: skip


def reserve_client_attempt(
    session: Session, *, client: str, action: str, window_start: datetime, limit: int, stale_before: datetime
) -> bool:
    """Count one attempt of `action` from `client` in the window, unless `limit` are counted; False then.
    One upsert (PostgreSQL and SQLite alike), atomic under concurrency; the action's windows that
    started before `stale_before` are dropped on the way."""
    stale = (ClientAttempts.action == action) & (ClientAttempts.window_start < stale_before)
    session.execute(delete(ClientAttempts).where(stale))
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    first = {"client": client, "action": action, "window_start": window_start, "attempts": 1}
    counted = insert(ClientAttempts).values(**first)
    counted = counted.on_conflict_do_update(
        index_elements=[ClientAttempts.client, ClientAttempts.action, ClientAttempts.window_start],
        set_={"attempts": ClientAttempts.attempts + 1},
        where=ClientAttempts.attempts < limit,
    )  # RETURNING, not the row count, which psycopg does not give for an upsert run by the ORM
    return session.execute(counted.returning(ClientAttempts.attempts)).first() is not None


def give_back_client_attempt(session: Session, *, client: str, action: str, window_start: datetime) -> None:
    """Uncount an attempt `reserve_client_attempt` counted (a right password is no failure)."""
    session.execute(
        update(ClientAttempts)
        .where(ClientAttempts.client == client, ClientAttempts.action == action,
               ClientAttempts.window_start == window_start, ClientAttempts.attempts > 0)
        .values(attempts=ClientAttempts.attempts - 1)
        .execution_options(synchronize_session=False)
    )  # fmt: skip


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


def lock_application(session: Session, application_id: int) -> Application | None:
    """The application read afresh and locked until the transaction ends (FOR UPDATE on PostgreSQL;
    SQLite serialises writing transactions already), so two requests cannot both act on one state."""
    query = select(Application).where(Application.id == application_id).with_for_update()
    return session.scalars(query.execution_options(populate_existing=True)).first()


def count_documents(session: Session, application_id: int) -> int:
    query = select(func.count()).select_from(Document).where(Document.application_id == application_id)
    return session.scalar(query) or 0


def document_with_content(
    session: Session, *, application_id: int, kind: str, sha256: str
) -> Document | None:
    """The document of this kind and content already on the application, if any (a retried upload)."""
    query = select(Document).where(
        Document.application_id == application_id, Document.kind == kind, Document.sha256 == sha256
    )
    return session.scalars(query.order_by(Document.id)).first()


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


# Stored files: a column named `sha256` or `..._sha256` holds the name of a file in `files.store` (the
# SHA-256 of its bytes), except these hashes of secrets. One file may be named by several rows.
NOT_FILE_HASHES = frozenset({"api_tokens.token_sha256"})


def file_hash_columns() -> list[Column[Any]]:
    """Every column of the models that names a stored file, found by the naming convention above (so a
    new table's file is never deleted from under it)."""
    return [
        column
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if (column.name == "sha256" or column.name.endswith("_sha256"))
        and f"{table.name}.{column.name}" not in NOT_FILE_HASHES
    ]


def unreferenced_files(session: Session, digests: Iterable[str]) -> set[str]:
    """Those of `digests` that no row names any more, in any table (flush the deletions first)."""
    left = set(digests)
    for column in file_hash_columns():
        if left:
            left -= set(session.scalars(select(column).where(column.in_(left)).distinct()))
    return left
