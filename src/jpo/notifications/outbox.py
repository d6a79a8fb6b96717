"""Writing a message's event into the outbox, in the caller's unit of work (so it exists exactly when
the change that causes it does)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.db.models import OutboxMessage, User
from jpo.db.session import start_writing

LOCALES = ("en", "fr")


def language_of(user: User | None) -> str:
    """The language to write to `user` in: the one they last used with jpo, else English."""
    return user.locale if user is not None and user.locale in LOCALES else "en"


def enqueue(
    session: Session,
    *,
    event_key: str,
    kind: str,
    user_id: int | None,
    locale: str,
    context: dict[str, Any],
    now: datetime,
) -> OutboxMessage:
    """The message of event `event_key`, written now if it is not already: one event, one message."""
    start_writing(session)
    existing = session.scalar(select(OutboxMessage).where(OutboxMessage.event_key == event_key))
    if existing is not None:
        return existing
    message = OutboxMessage(
        event_key=event_key, kind=kind, user_id=user_id, locale=locale if locale in LOCALES else "en",
        context=context, status="pending", attempts=0, due_at=now, created_at=now,
    )  # fmt: skip
    session.add(message)
    session.flush()
    return message
