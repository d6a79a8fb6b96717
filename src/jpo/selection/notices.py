"""Who is told of a selection and an offer, written to the outbox in the caller's unit of work: the
vacancy's donor admins, the host agency's selector, the candidate; each in their language."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.authz import may_confirm_selection
from jpo.db.models import Application, AuditEvent, User, VacancyRow
from jpo.notifications.outbox import enqueue, language_of


def donor_admins(session: Session, vacancy: VacancyRow) -> list[User]:
    """The programme admins who confirm the vacancy's selections (accounts not erased)."""
    admins = session.scalars(
        select(User).where(User.role == "admin", User.erased_at.is_(None)).order_by(User.id)
    )
    return [user for user in admins if may_confirm_selection(user, vacancy)]


def selector_of(session: Session, application: Application) -> User | None:
    """The host agency's reviewer who selected the application, from its transition's audit event."""
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.subject_type == "application", AuditEvent.subject_id == application.id)
        .where(AuditEvent.action == "application.transition")
    )
    for event in events:
        if (event.detail or {}).get("to") == "selected" and event.actor_id is not None:
            user = session.get(User, event.actor_id)
            return user if user is not None and user.erased_at is None else None
    return None


def tell(
    session: Session, *, kind: str, key: str, users: list[User], context: dict[str, int | str], now: datetime
) -> None:
    """One message of `kind` to each of `users` (`key` and the user's id make its event key)."""
    for user in {user.id: user for user in users}.values():
        enqueue(
            session,
            event_key=f"{kind}:{key}:{user.id}",
            kind=kind,
            user_id=user.id,
            locale=language_of(user),
            context=context,
            now=now,
        )


def tell_candidate(
    session: Session,
    *,
    kind: str,
    key: str,
    application: Application,
    context: dict[str, int | str],
    now: datetime,
) -> None:
    """One message of `kind` to the application's candidate, in their language."""
    user = session.get(User, application.user_id)
    if user is not None and user.erased_at is None:
        enqueue(
            session,
            event_key=f"{kind}:{key}",
            kind=kind,
            user_id=user.id,
            locale=language_of(user),
            context=context,
            now=now,
        )
