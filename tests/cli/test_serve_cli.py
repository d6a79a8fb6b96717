"""`jpo demo` and `jpo serve` as a user runs them: a real process, a real database, real HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import func, select

from jpo.db.models import Application, User, VacancyRow
from jpo.db.session import make_engine, unit_of_work
from jpo.demo.applicants import DEMO_APPLICANTS
from jpo.demo.recruitment import PAST_APPLICANTS
from jpo.demo.setup import DEMO_USERS
from tests.support.net import serving


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
        statuses = list(session.scalars(select(VacancyRow.status).order_by(VacancyRow.id)))
        users = session.scalar(select(func.count()).select_from(User))
        closings = list(
            session.scalars(select(VacancyRow.closing_utc).where(VacancyRow.status == "published"))
        )
        applications = session.scalar(select(func.count()).select_from(Application))
        offered = session.scalars(select(User.email).join(Application, Application.user_id == User.id)
                                  .where(Application.status == "offered")).all()  # fmt: skip
    engine.dispose()
    # the seeds open today, a past round of an OHCHR post carried through its recruitment, and an earlier
    # round of the other whose one candidate is now the JPO in post
    assert statuses == ["published"] * 5 + ["closed"] * 2
    assert users == len(DEMO_USERS) + len(DEMO_APPLICANTS) + len(PAST_APPLICANTS) + 1
    assert applications == sum(len(applicant.applies_to) for applicant in DEMO_APPLICANTS) + 5 + 1 == 18
    assert all(closing is not None and closing.timestamp() > time.time() for closing in closings)
    # the past round ends on an open offer, to the candidate the demo names
    assert offered == [PAST_APPLICANTS[0].email] and f"sign in as {PAST_APPLICANTS[0].email}" in first.stdout


def _get(url: str) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=5) as response:
        document: dict[str, object] = json.load(response)
        return document


def _server(tmp_path: Path, **env: str) -> AbstractContextManager[str]:
    return serving({**_env(tmp_path), **env})


def test_serve_answers_on_loopback(tmp_path: Path) -> None:
    with _server(tmp_path) as base:
        spec = _get(f"{base}/api/v1/openapi.json")
        assert "/api/v1/vacancies/{vacancy_id}/applications" in spec["paths"]  # type: ignore[operator]


def _request(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_many_more_requests_than_threads_all_answer(tmp_path: Path) -> None:
    """Far more signed-in requests at once than the server runs: they queue, none fails (before the
    concurrency limit, ~40 of them on SQLite deadlocked threads against the database lock)."""
    with _server(tmp_path, JPO_MAX_CONCURRENCY="4") as base:
        body = json.dumps({"email": "c@example.org", "password": "a long secret"}).encode()
        assert _request(f"{base}/api/v1/users", body, {"Content-Type": "application/json"}) == 201
        form = urllib.parse.urlencode({"username": "c@example.org", "password": "a long secret"}).encode()
        request = urllib.request.Request(f"{base}/api/v1/auth/token", data=form)
        with urllib.request.urlopen(request, timeout=30) as response:
            token = json.load(response)["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        with ThreadPoolExecutor(max_workers=120) as pool:
            statuses = list(
                pool.map(lambda _: _request(f"{base}/api/v1/applications/mine", None, headers), range(240))
            )
    assert statuses == [200] * 240
