"""The outbox worker as the service runs it: from the settings, in a thread of `jpo serve` or on its own
as `jpo worker`."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jpo.assignments.extension import end_due
from jpo.assignments.reminders import remind
from jpo.notifications.transport import transport_for
from jpo.notifications.worker import Worker
from jpo.selection.offers import lapse_offers
from jpo.settings import Settings


def chores(session: Session, now: datetime) -> None:
    """What falls due on the clock alone: offers past their reply-by date lapse, assignments' steps are
    reminded."""
    lapse_offers(session, now=now)
    remind(session, now=now)
    end_due(session, now)  # assignments past their end date end


def worker_for(settings: Settings, engine: Engine) -> Worker:
    return Worker(engine=engine, transport=transport_for(settings.smtp_url, settings.data_dir),
                  sender=settings.mail_from, public_url=settings.public_url, chores=chores)  # fmt: skip


@contextmanager
def running_in_thread(worker: Worker, poll_seconds: float = 2.0) -> Iterator[threading.Thread]:
    """The worker delivering in a daemon thread for the duration of the block."""
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop, poll_seconds), name="jpo-outbox", daemon=True)
    thread.start()
    try:
        yield thread
    finally:
        stop.set()
        thread.join(timeout=30)


def outbox_lifespan(settings: Settings, engine: Engine) -> Any:
    """A lifespan for the app: the outbox worker runs while the service does, if the settings say so."""

    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        if not settings.serves_outbox:
            yield
            return
        with running_in_thread(worker_for(settings, engine)):
            yield

    return lifespan
