"""A submission whose process dies before the commit leaves nothing behind, and its retry succeeds."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import Engine, func, select

from jpo.db.models import Application, AuditEvent
from jpo.db.session import unit_of_work
from tests.db.test_applications import _setup, _submit

_CRASHING_SUBMIT = textwrap.dedent(
    """
    import os, sys
    from datetime import UTC, datetime
    from jpo.applications.service import submit_application
    from jpo.db.models import User
    from jpo.db.session import make_engine, unit_of_work

    engine = make_engine(sys.argv[1])
    with unit_of_work(engine) as session:
        user = session.get(User, int(sys.argv[2]))
        submit_application(session, user=user, vacancy_id=int(sys.argv[3]), motivation="m",
                           idempotency_key="crash-key", now=datetime(2024, 8, 1, tzinfo=UTC))
        session.flush()
        print("flushed", flush=True)
        os._exit(9)  # the power goes out: no commit, no rollback, no clean-up
    """
)


def _counts(engine: Engine) -> tuple[int, int]:
    with unit_of_work(engine) as session:
        applications = session.scalar(select(func.count()).select_from(Application)) or 0
        submitted = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "application.submitted")
        )
        return applications, submitted or 0


def test_a_crash_before_commit_leaves_nothing(engine: Engine, database_url: str, tmp_path: Path) -> None:
    user, (vacancy,) = _setup(engine, tmp_path)
    child = subprocess.run(
        [sys.executable, "-c", _CRASHING_SUBMIT, database_url, str(user.id), str(vacancy)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert child.returncode == 9 and "flushed" in child.stdout, child.stderr
    assert _counts(engine) == (0, 0)
    _, _, created = _submit(engine, user, vacancy, "crash-key")  # the client's retry
    assert created and _counts(engine) == (1, 1)
