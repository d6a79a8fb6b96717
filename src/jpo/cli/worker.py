"""`jpo worker`: deliver the outbox's messages (e-mail), beside `jpo serve` or on another machine."""

from __future__ import annotations

import signal
import threading
from typing import Annotated

import typer
from rich.console import Console

notes = Console(stderr=True, highlight=False)


def worker(
    once: Annotated[bool, typer.Option("--once", help="Deliver what is due now, then stop.")] = False,
    poll: Annotated[float, typer.Option(min=0.1, help="Seconds between looks for due messages.")] = 2.0,
) -> None:
    """Deliver e-mail from the outbox: by SMTP when JPO_SMTP_URL is set, else as .eml files in the data
    directory's outbox/ folder. Several workers may run on PostgreSQL."""
    from jpo.db.session import make_engine
    from jpo.notifications.running import worker_for
    from jpo.settings import get_settings

    settings = get_settings()
    engine = make_engine(settings.effective_database_url, pool_size=2)
    delivering = worker_for(settings, engine)
    target = "SMTP" if settings.smtp_url else str(settings.data_dir / "outbox")
    try:
        if once:
            outcomes = delivering.run_once()
            notes.print(
                ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items())) or "nothing due"
            )
            return
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        notes.print(f"delivering the outbox to {target}; Ctrl-C stops")
        delivering.run(stop, poll)
    finally:
        engine.dispose()
