"""The transactional outbox (issue 13): a message exists exactly when the change that causes it does,
one per event; the worker delivers it to a real SMTP server, tries again with a growing pause when the
server refuses, takes up a dead worker's messages once its lease runs out, and never sends one twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from jpo.db.models import Application, OutboxMessage, User
from jpo.db.session import unit_of_work
from jpo.notifications.outbox import enqueue
from jpo.notifications.transport import FolderTransport, SmtpTransport
from jpo.notifications.worker import Worker
from jpo.profiles.privacy import erase_user
from jpo.settings import Settings
from tests.api.conftest import Api
from tests.notifications.conftest import Mailbox

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
SENDER = "jpo <no-reply@jpo.example.org>"


def _application(api: Api) -> int:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy_id = api.vacancy(admin)
    candidate = api.candidate("cand@example.org")
    response = api.apply(candidate, vacancy_id)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def _enqueue(engine: Engine, application_id: int, locale: str = "en", event: str = "test") -> None:
    """Another message about the application (submitting it wrote its own), the only one left due."""
    with unit_of_work(engine) as session:
        for message in session.scalars(select(OutboxMessage)):
            message.status = "sent"
        user_id = session.get(Application, application_id).user_id  # type: ignore[union-attr]
        enqueue(session, event_key=f"{event}:{application_id}", kind="application_received",
                user_id=user_id, locale=locale, context={"application_id": application_id}, now=NOW)  # fmt: skip


def _messages(engine: Engine) -> list[OutboxMessage]:
    with unit_of_work(engine, writes=False) as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def test_one_event_makes_one_message_and_none_without_its_change(api: Api) -> None:
    application_id = _application(api)
    before = len(_messages(api.engine))
    _enqueue(api.engine, application_id)
    _enqueue(api.engine, application_id)  # the same event again: nothing new
    with pytest.raises(RuntimeError), unit_of_work(api.engine) as session:
        enqueue(session, event_key="other", kind="application_received", user_id=None, locale="en",
                context={}, now=NOW)  # fmt: skip
        raise RuntimeError("the change failed")  # so its message is not kept either
    messages = _messages(api.engine)
    assert len(messages) == before + 1 and messages[-1].event_key == f"test:{application_id}"
    assert "other" not in {m.event_key for m in messages}


def test_the_worker_delivers_by_smtp_in_the_readers_language_with_the_receipt(
    api: Api, smtp: Callable[..., tuple[Mailbox, str]]
) -> None:
    application_id = _application(api)
    _enqueue(api.engine, application_id, locale="fr")
    mailbox, url = smtp()
    clock = Clock(NOW)
    worker = Worker(api.engine, SmtpTransport(url), SENDER, public_url="https://jpo.example.org", clock=clock)
    assert worker.run_once().get("sent", 0) >= 1
    [received] = [m for m in mailbox.accepted if "Candidature reçue" in str(m["Subject"])]
    assert received["To"] == "cand@example.org" and received["Content-Language"] == "fr"
    body = received.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert (
        "Numéro de récépissé" in text and f"https://jpo.example.org/me/applications/{application_id}" in text
    )
    [receipt] = list(received.iter_attachments())
    assert receipt.get_content_type() == "application/pdf" and receipt.get_content().startswith(b"%PDF")
    sent = [m for m in _messages(api.engine) if m.kind == "application_received"][-1]
    assert sent.status == "sent" and sent.sent_at == NOW and sent.attempts == 1
    assert worker.run_once() == {}  # nothing is sent twice


def test_a_refusing_server_is_tried_again_later_then_delivered_once(
    api: Api, smtp: Callable[..., tuple[Mailbox, str]]
) -> None:
    application_id = _application(api)
    _enqueue(api.engine, application_id)
    mailbox, url = smtp(answers=["451 4.3.0 try again later", "421 4.3.2 still busy"])
    clock = Clock(NOW)
    worker = Worker(api.engine, SmtpTransport(url), SENDER, clock=clock, first_pause=timedelta(seconds=30))
    assert worker.run_once() == {"pending": 1}
    [message] = [m for m in _messages(api.engine) if m.status != "sent"]
    assert message.due_at == NOW + timedelta(seconds=30) and "451" in (message.last_error or "")
    assert worker.run_once() == {}  # not due yet
    clock.at = NOW + timedelta(seconds=31)
    assert worker.run_once() == {"pending": 1}  # the second refusal: twice the pause
    [message] = [m for m in _messages(api.engine) if m.status != "sent"]
    assert message.due_at == clock.at + timedelta(seconds=60) and message.attempts == 2
    clock.at += timedelta(seconds=61)
    assert worker.run_once() == {"sent": 1}
    assert mailbox.refused == 2 and len(mailbox.accepted) == 1


def test_a_message_given_up_after_the_last_try_and_one_about_erased_data_is_dropped(
    api: Api, tmp_path: Path
) -> None:
    application_id = _application(api)
    _enqueue(api.engine, application_id)

    class Refusing:
        def send(self, message: Any) -> None:
            raise ConnectionRefusedError("no server")

    clock = Clock(NOW)
    worker = Worker(api.engine, Refusing(), SENDER, clock=clock, max_attempts=2)
    assert worker.run_once().get("pending") == 1
    clock.at += timedelta(hours=2)
    assert worker.run_once().get("failed") == 1
    with unit_of_work(api.engine) as session:
        enqueue(session, event_key="gone", kind="application_received", user_id=None, locale="en",
                context={"application_id": 10**9}, now=NOW)  # fmt: skip
    folder = Worker(api.engine, FolderTransport(tmp_path / "outbox"), SENDER, clock=clock)
    assert folder.run_once() == {"dropped": 1}
    assert not list((tmp_path / "outbox").glob("*.eml")) if (tmp_path / "outbox").exists() else True


def test_a_worker_killed_mid_delivery_loses_nothing_and_sends_nothing_twice(
    api: Api, settings: Settings, smtp: Callable[..., tuple[Mailbox, str]]
) -> None:
    application_id = _application(api)
    _enqueue(api.engine, application_id)
    stalling, stalling_url = smtp(stall_seconds=60)
    env = {**os.environ, "JPO_DATABASE_URL": str(settings.database_url), "JPO_DATA_DIR": str(settings.data_dir),
           "JPO_SMTP_URL": stalling_url}  # fmt: skip
    process = subprocess.Popen([sys.executable, "-m", "jpo", "worker", "--poll", "0.2"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not any(m.status == "sending" for m in _messages(api.engine)):  # claimed, being delivered
            assert time.monotonic() < deadline and process.poll() is None, process.stderr
            time.sleep(0.1)
        time.sleep(0.5)  # inside the SMTP exchange
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    [claimed] = [m for m in _messages(api.engine) if m.status == "sending"]
    assert claimed.claimed_until is not None and not stalling.accepted
    mailbox, url = smtp()
    after = Worker(
        api.engine, SmtpTransport(url), SENDER, clock=Clock(claimed.claimed_until - timedelta(seconds=1))
    )
    assert after.run_once() == {}  # the lease still holds: nobody else takes it
    after.clock = Clock(claimed.claimed_until + timedelta(seconds=1))
    assert after.run_once() == {"sent": 1}
    assert len(mailbox.accepted) == 1 and not stalling.accepted
    with unit_of_work(api.engine, writes=False) as session:
        assert session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.status != "sent")) == 0  # fmt: skip


def test_workers_claiming_at_once_never_take_the_same_message(api: Api) -> None:
    with unit_of_work(api.engine) as session:
        for n in range(40):
            enqueue(session, event_key=f"e{n}", kind="application_received", user_id=None, locale="en",
                    context={}, now=NOW)  # fmt: skip
    workers = [Worker(api.engine, FolderTransport(Path("/nonexistent")), SENDER, clock=Clock(NOW), batch=7)
               for _ in range(4)]  # fmt: skip
    claimed: list[list[int]] = [[] for _ in workers]

    def drain(index: int) -> None:
        while batch := workers[index].claim():
            claimed[index].extend(message_id for message_id, _ in batch)

    threads = [threading.Thread(target=drain, args=(i,)) for i in range(len(workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    everyone = [message_id for ids in claimed for message_id in ids]
    assert len(everyone) == len(set(everyone)) == 40


def test_erasing_a_person_removes_their_messages_not_yet_sent(api: Api, tmp_path: Path) -> None:
    application_id = _application(api)
    _enqueue(api.engine, application_id)
    with unit_of_work(api.engine) as session:
        owner = session.get(Application, application_id).user_id  # type: ignore[union-attr]
        user = session.get(User, owner)
        assert user is not None
        erase_user(session, user=user, now=NOW, data_dir=tmp_path)
    assert not [m for m in _messages(api.engine) if m.context.get("application_id") == application_id]


def test_submitting_writes_the_receipt_mail_in_the_requests_language(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy_id = api.vacancy(admin)
    candidate = api.candidate("cand@example.org")
    response = api.client.post(f"/api/v1/vacancies/{vacancy_id}/applications", json={"motivation": "Bonjour."},
                               headers={**candidate, "Idempotency-Key": "k", "Accept-Language": "fr-CH, en;q=0.5"})  # fmt: skip
    assert response.status_code == 201, response.text
    application_id = response.json()["id"]
    again = api.client.post(f"/api/v1/vacancies/{vacancy_id}/applications", json={"motivation": "Bonjour."},
                            headers={**candidate, "Idempotency-Key": "k"})  # fmt: skip
    assert again.status_code == 200  # a retry: still one message
    [message] = [m for m in _messages(api.engine) if m.context.get("application_id") == application_id]
    assert (message.kind, message.locale, message.status) == ("application_received", "fr", "pending")
