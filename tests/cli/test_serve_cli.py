"""`jpo demo` and `jpo serve` as a user runs them: a real process, a real database, real HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import func, select

from jpo.db.models import User, VacancyRow
from jpo.db.session import make_engine, unit_of_work


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "JPO_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "120"}
    env.pop("JPO_DATABASE_URL", None)
    return env


def _jpo(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jpo", *args], capture_output=True, text=True, env=env, check=False
    )


def test_demo_loads_the_seeds_and_users_once(tmp_path: Path) -> None:
    env = _env(tmp_path)
    first = _jpo("demo", "--no-serve", env=env)
    assert first.returncode == 0, first.stderr
    for text in (
        "UNESCO",
        "OHCHR",
        "OCHA",
        "candidate@demo.jpo.example",
        "demo-candidate-pass",
        "moved them",
    ):
        assert text in first.stdout, text
    assert _jpo("demo", "--no-serve", env=env).returncode == 0
    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'jpo.sqlite3'}")
    with unit_of_work(engine) as session:
        statuses = list(session.scalars(select(VacancyRow.status)))
        users = session.scalar(select(func.count()).select_from(User))
        closings = list(session.scalars(select(VacancyRow.closing_utc)))
    engine.dispose()
    assert statuses == ["published"] * 5 and users == 5
    assert all(closing is not None and closing.timestamp() > time.time() for closing in closings)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _get(url: str) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=5) as response:
        document: dict[str, object] = json.load(response)
        return document


def test_serve_answers_on_loopback(tmp_path: Path) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "jpo", "serve", "--port", str(port)], env=_env(tmp_path),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = _get(f"http://127.0.0.1:{port}/api/v1/health")
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, (
                    server.stderr and server.stderr.read()
                )
                time.sleep(0.2)
        assert health == {"status": "ok"}
        spec = _get(f"http://127.0.0.1:{port}/api/v1/openapi.json")
        assert "/api/v1/vacancies/{vacancy_id}/applications" in spec["paths"]  # type: ignore[operator]
    finally:
        server.terminate()
        server.wait(timeout=30)
