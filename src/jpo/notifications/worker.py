"""Delivering the outbox: claim due messages in a short transaction (a lease, so a crashed worker's
messages are taken up again once it runs out), compose and send them holding no transaction, then
record each outcome: sent, or tried again later with a growing pause, or given up after the last try.

Several workers may run: on PostgreSQL each claims rows no other holds (`FOR UPDATE SKIP LOCKED`); on
SQLite the claim runs under the one write lock. A message can reach its server twice only if a worker
dies after the server took it and before the outcome is recorded; it then keeps its Message-ID."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, or_, select, update
from sqlalchemy.orm import Session

from jpo.db.models import OutboxMessage
from jpo.db.session import unit_of_work
from jpo.notifications.compose import compose
from jpo.notifications.transport import Transport

log = logging.getLogger(__name__)


@dataclass
class Worker:
    engine: Engine
    transport: Transport
    sender: str
    public_url: str | None = None
    lease: timedelta = timedelta(minutes=5)  # longer than an SMTP exchange may take
    first_pause: timedelta = timedelta(seconds=30)
    longest_pause: timedelta = timedelta(hours=1)
    max_attempts: int = 8
    batch: int = 20
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    # What else is due on the clock (offers lapsing, reminders), run in its own unit of work at most once
    # per `chores_every`; it writes messages this worker then delivers.
    chores: Callable[[Session, datetime], object] | None = None
    chores_every: timedelta = timedelta(minutes=1)
    _chores_done: datetime | None = None

    def run_chores(self) -> None:
        now = self.clock()
        if self.chores is None or (self._chores_done and now - self._chores_done < self.chores_every):
            return
        # Reading until a chore has something to write (SQLite's one write lock is not held every minute).
        with unit_of_work(self.engine, writes=False, now=now) as session:
            self.chores(session, now)
        self._chores_done = now

    def claim(self) -> list[tuple[int, datetime]]:
        """Due messages (and ones whose lease ran out), each with the lease this worker now holds."""
        now = self.clock()
        until = now + self.lease
        with unit_of_work(self.engine) as session:
            due = or_(
                (OutboxMessage.status == "pending") & (OutboxMessage.due_at <= now),
                (OutboxMessage.status == "sending") & (OutboxMessage.claimed_until < now),
            )
            ids = list(session.scalars(select(OutboxMessage.id).where(due).order_by(OutboxMessage.due_at)
                                       .limit(self.batch).with_for_update(skip_locked=True)))  # fmt: skip
            if ids:
                session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(ids)).values(
                    status="sending", claimed_until=until, attempts=OutboxMessage.attempts + 1))  # fmt: skip
        return [(message_id, until) for message_id in ids]

    def deliver(self, message_id: int, lease: datetime) -> str:
        """Compose and send one claimed message; its outcome (sent, pending, failed, dropped)."""
        with unit_of_work(self.engine, writes=False) as session:
            message = session.get(OutboxMessage, message_id)
            if message is None:
                return "dropped"
            email = compose(session, message, sender=self.sender, public_url=self.public_url)
            attempts = message.attempts
        error: str | None = None
        if email is not None:
            try:
                self.transport.send(email)
            except Exception as failure:  # any refusal or broken connection: tried again later
                error = f"{type(failure).__name__}: {failure}"[:500]
                log.warning("outbox message %s not delivered (attempt %s): %s", message_id, attempts, error)
        now = self.clock()
        if email is None:
            values: dict[str, object] = {"status": "dropped", "claimed_until": None}
        elif error is None:
            values = {"status": "sent", "sent_at": now, "claimed_until": None, "last_error": None}
        elif attempts >= self.max_attempts:
            values = {"status": "failed", "claimed_until": None, "last_error": error}
        else:
            pause = min(self.first_pause * 2 ** (attempts - 1), self.longest_pause)
            values = {"status": "pending", "due_at": now + pause, "claimed_until": None, "last_error": error}
        with unit_of_work(self.engine) as session:  # only if the lease is still this worker's
            session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id,
                            OutboxMessage.claimed_until == lease).values(**values))  # fmt: skip
        return str(values["status"])

    def run_once(self) -> dict[str, int]:
        """One pass over what is due now: how many messages ended in each outcome."""
        outcomes: dict[str, int] = {}
        self.run_chores()
        for message_id, lease in self.claim():
            outcome = self.deliver(message_id, lease)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        return outcomes

    def run(self, stop: threading.Event, poll_seconds: float = 2.0) -> None:
        """Deliver until `stop` is set, looking for due messages every `poll_seconds`."""
        while not stop.is_set():
            try:
                busy = bool(self.run_once())
            except Exception:  # the database away for a moment: log, and try again at the next poll
                log.exception("outbox worker pass failed")
                busy = False
            if not busy:
                stop.wait(poll_seconds)
