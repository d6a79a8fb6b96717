"""Speed of the e-mail outbox (issue 13): how fast one `jpo worker` delivers a backlog, composing each
message from the database (the receipt's PDF attached) and sending it to a local SMTP server
(aiosmtpd, in this process's other thread) or writing it as an .eml file.

    .venv/bin/python bench/outbox.py [--runs 5] [--messages 300]

A backlog of `--messages` receipt e-mails (one event each, over the demo's applications) is written in
one transaction, then drained by `Worker.run_once` passes; prints the median over runs of messages per
second and the milliseconds per message, for each transport, on SQLite.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from aiosmtpd.controller import Controller
from sqlalchemy import Engine, select

from jpo.db.migrate import upgrade
from jpo.db.models import Application
from jpo.db.session import make_engine, unit_of_work
from jpo.demo.setup import load_demo
from jpo.notifications.outbox import enqueue
from jpo.notifications.transport import FolderTransport, SmtpTransport, Transport
from jpo.notifications.worker import Worker


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Sink:
    """An SMTP server that accepts every message and counts them."""

    def __init__(self) -> None:
        self.received = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        self.received += 1
        return "250 OK"


def _backlog(engine: Engine, count: int, run: int) -> None:
    now = datetime.now(UTC)
    with unit_of_work(engine, now=now) as session:
        applications = list(session.scalars(select(Application).order_by(Application.id)))
        for index in range(count):
            application = applications[index % len(applications)]
            enqueue(session, event_key=f"bench:{run}:{index}", kind="application_received",
                    user_id=application.user_id, locale=("en", "fr")[index % 2],
                    context={"application_id": application.id}, now=now)  # fmt: skip


def _drain(engine: Engine, transport: Transport, count: int) -> float:
    worker = Worker(engine=engine, transport=transport, sender="jpo <jpo@bench.example>", batch=50)
    started = time.perf_counter()
    delivered = 0
    while delivered < count:
        outcomes = worker.run_once()
        if not outcomes:
            break
        delivered += outcomes.get("sent", 0)
    elapsed = time.perf_counter() - started
    assert delivered >= count, (delivered, count)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--messages", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        url = f"sqlite:///{data / 'jpo.sqlite3'}"
        upgrade(url)
        engine = make_engine(url)
        with unit_of_work(engine) as session:
            load_demo(session, data_dir=data, max_bytes=10_000_000, now=datetime.now(UTC))
        _drain(engine, FolderTransport(data / "warm-up"), 1)  # the demo's own receipts, and imports
        sink = _Sink()
        port = free_port()
        controller = Controller(sink, hostname="127.0.0.1", port=port)
        controller.start()
        transports: dict[str, Transport] = {
            ".eml files": FolderTransport(data / "outbox"),
            "SMTP (aiosmtpd, loopback)": SmtpTransport(f"smtp://127.0.0.1:{port}"),
        }
        try:
            for name, transport in transports.items():
                seconds = []
                for run in range(args.runs):
                    _backlog(engine, args.messages, hash((name, run)) & 0xFFFF)
                    seconds.append(_drain(engine, transport, args.messages))
                median = statistics.median(seconds)
                rate, each = args.messages / median, 1000 * median / args.messages
                print(f"{name:<28} {rate:8.1f} messages/s  {each:6.2f} ms/message  (median of {args.runs})")
        finally:
            controller.stop()


if __name__ == "__main__":
    main()
