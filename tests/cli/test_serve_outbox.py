"""`jpo serve` on the embedded default delivers the outbox itself: every message the demo queued (each
application's e-mail of receipt, and the past round's invitations, results and offer) is written once as
an .eml file in the data directory's outbox/ folder (no SMTP set); with `JPO_OUTBOX_WORKER=false` it
leaves them to `jpo worker`."""

from __future__ import annotations

import email
import email.policy
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.support.net import serving


def _demo(data: Path, **more: str) -> dict[str, str]:
    env = {**os.environ, "JPO_DATA_DIR": str(data), **more}
    env.pop("JPO_DATABASE_URL", None)
    env.pop("JPO_SMTP_URL", None)
    subprocess.run(
        [sys.executable, "-m", "jpo", "demo", "--no-serve"], env=env, check=True, capture_output=True
    )
    return env


def _wait_for_mail(folder: Path, count: int) -> list[Path]:
    deadline = time.monotonic() + 60
    while len(found := sorted(folder.glob("*.eml"))) < count:
        assert time.monotonic() < deadline, f"{len(found)} messages in {folder}"
        time.sleep(0.2)
    return found


def test_the_demo_served_writes_each_queued_mail_once(tmp_path: Path) -> None:
    env = _demo(tmp_path)
    assert not (tmp_path / "outbox").exists()  # nothing is sent before a worker runs
    with sqlite3.connect(tmp_path / "jpo.sqlite3") as database:
        [(applications,)] = database.execute("SELECT count(*) FROM applications").fetchall()
        [(queued,)] = database.execute("SELECT count(*) FROM outbox").fetchall()
    with serving(env):
        _wait_for_mail(tmp_path / "outbox", queued)
        time.sleep(3)  # later passes find nothing more to send
        mails = sorted((tmp_path / "outbox").glob("*.eml"))
    messages = [email.message_from_bytes(path.read_bytes(), policy=email.policy.default) for path in mails]
    receipts = [
        m for m in messages if str(m["Subject"]).startswith(("Application received", "Candidature reçue"))
    ]
    assert len(receipts) == applications > 0
    assert len({m["Message-ID"] for m in messages}) == len(messages) == queued > applications
    assert not list((tmp_path / "outbox").glob("*.tmp"))


def test_the_worker_can_run_apart_from_the_service(tmp_path: Path) -> None:
    env = _demo(tmp_path, JPO_OUTBOX_WORKER="false")
    with serving(env):
        time.sleep(3)  # more than a poll of the in-process worker, had it been running
        assert not (tmp_path / "outbox").exists()
    done = subprocess.run([sys.executable, "-m", "jpo", "worker", "--once"], env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    assert "sent" in done.stderr and list((tmp_path / "outbox").glob("*.eml"))
