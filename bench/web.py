"""Speed of the web pages (issue 6): server time of the main pages over the demo data (SQLite), in
process through the ASGI app, so the numbers are the pages' own cost without a network.

    .venv/bin/python bench/web.py [--runs 5] [--requests 30] [--applications 500]

Prints, for each page, the median over runs of each run's median and 95th percentile (ms). Then (issue
12) an OHCHR demo vacancy gets `--applications` more, from generated candidates whose profiles are saved
through the service (so their vectors are made then, as for a real candidate): the first opening of its
ranking in a fresh worker (the model and the process's memo dropped; median of `--runs` openings), the
repeat opening, a filtered table page and the CSV export.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from httpx2 import Response
from sqlalchemy import select

from jpo.app import create_app
from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.db.migrate import upgrade
from jpo.db.models import Application, User, VacancyRow
from jpo.db.session import make_engine, unit_of_work
from jpo.demo.setup import load_demo
from jpo.eligibility import Screening
from jpo.matching.rank import default_embedder, evaluation_moment
from jpo.profiles import vectors
from jpo.profiles.service import save_profile_with_vectors
from jpo.settings import Settings

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ranking-dev" / "profiles"
_STATUS = {True: "eligible", None: "needs_review", False: "ineligible"}

SELF_CHECK = {"nationality": "KR", "birth_date": "1997-03-14", "degree": "master", "degree_year": "2021",
              "experience_years": "3", "languages": ["en", "fr"]}  # fmt: skip


def _client(data: Path, applications: int) -> tuple[TestClient, int]:
    settings = Settings(data_dir=data, database_url=f"sqlite:///{data / 'jpo.sqlite3'}")
    upgrade(settings.effective_database_url)
    engine = make_engine(settings.effective_database_url)
    with unit_of_work(engine) as session:
        load_demo(session, data_dir=data, max_bytes=settings.max_upload_bytes, now=datetime.now(UTC))
    with unit_of_work(engine) as session:
        vacancy = session.scalars(select(VacancyRow).where(VacancyRow.organization == "OHCHR")
                                  .order_by(VacancyRow.id)).first()  # fmt: skip
        assert vacancy is not None
        _many_applications(session, vacancy, applications)
        vacancy_id = vacancy.id
    return TestClient(create_app(settings, engine), headers={"Accept": "text/html"}), vacancy_id


def _generated(count: int, seed: int = 12) -> list[dict[str, Any]]:
    """`count` profiles recombined from the development set's jobs, studies and skills (as bench/rank.py)."""
    rng = random.Random(seed)
    dev = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(DEV.glob("*.json"))]
    jobs = [job for p in dev for job in p["experience"]]
    studies = [study for p in dev for study in p["education"]]
    skills = sorted({skill for p in dev for skill in p.get("skills") or []})
    profiles = []
    for _ in range(count):
        base = {key: value for key, value in rng.choice(dev).items() if key != "id"}
        base["experience"] = rng.sample(jobs, rng.randint(1, 4))
        base["education"] = rng.sample(studies, rng.randint(1, 2))
        base["skills"] = rng.sample(skills, rng.randint(0, 10))
        profiles.append(base)
    return profiles


def _many_applications(session: Any, vacancy: VacancyRow, count: int) -> None:
    """`count` candidates, each profile saved through the service (its vectors made then), each
    application stored with its screening (untimed setup; no password hashing)."""
    screening = Screening(Vacancy.model_validate(vacancy.document), evaluation_moment(
        Vacancy.model_validate(vacancy.document)))  # fmt: skip
    now = datetime.now(UTC)
    for index, document in enumerate(_generated(count)):
        user = User(email=f"bench{index}@example.org", password_hash="-", role="candidate")
        session.add(user)
        session.flush()
        version = save_profile_with_vectors(session, user=user, document=document, now=now)
        verdict = screening.check(Profile.model_validate(version.document))
        session.add(Application(user_id=user.id, vacancy_id=vacancy.id, profile_version_id=version.id,
                                receipt=f"BENCH-{index:05d}", status=_STATUS[verdict.eligible],
                                eligibility=verdict.model_dump(mode="json", by_alias=True),
                                submitted_at=now))  # fmt: skip
    session.flush()


def _first_opening(call: Callable[[], Response], runs: int) -> tuple[float, float]:
    """Median ms (wall, CPU) of an opening in a fresh worker: no model loaded, nothing in the memo."""
    walls, cpus = [], []
    for _ in range(runs):
        default_embedder.cache_clear()
        vectors._PUBLIC.clear()
        wall, cpu = time.perf_counter(), time.process_time()
        response = call()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        assert response.status_code == 200, response.status_code
    return statistics.median(walls), statistics.median(cpus)


def _cpu(call: Callable[[], Response], count: int) -> float:
    """Median CPU ms of the process per request (the server's threads included): on a shared machine
    the wall-clock figure also counts the time other programs held the cores."""
    call()
    samples = []
    for _ in range(count):
        start = time.process_time()
        call()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def _signed_in(client: TestClient, email: str, password: str) -> TestClient:
    other = TestClient(client.app, headers={"Accept": "text/html"})
    assert other.post(
        "/sign-in", data={"email": email, "password": password}, follow_redirects=False
    ).is_redirect
    return other


def _time(call: Callable[[], Response], count: int) -> tuple[float, float]:
    call()  # warm: templates compiled, the model loaded, caches filled
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        response = call()
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--applications", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        public, big = _client(Path(folder), args.applications)
        reviewer = _signed_in(public, "reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass")
        admin = _signed_in(public, "admin@demo.jpo.example", "demo-admin-pass")
        pages: dict[str, Callable[[], Response]] = {
            "GET / (list)": lambda: public.get("/"),
            "GET /?q=human rights (search)": lambda: public.get("/", params={"q": "human rights"}),
            "GET /vacancies/3": lambda: public.get("/vacancies/3"),
            "POST self-check (htmx)": lambda: public.post(
                "/vacancies/3/check", data=SELF_CHECK, headers={"HX-Request": "true"}
            ),
            "GET /admin/vacancies/3 (review)": lambda: admin.get("/admin/vacancies/3"),
            "GET /admin/vacancies/3/dashboard": lambda: admin.get("/admin/vacancies/3/dashboard"),
            "GET /review/vacancies/3 (ranking)": lambda: reviewer.get("/review/vacancies/3"),
        }
        print(f"{'page':<36} {'median ms':>10} {'p95 ms':>8}")
        for name, call in pages.items():
            runs = [_time(call, args.requests) for _ in range(args.runs)]
            median = statistics.median(r[0] for r in runs)
            p95 = statistics.median(r[1] for r in runs)
            print(f"{name:<36} {median:>10.1f} {p95:>8.1f}")
        ranking = f"/review/vacancies/{big}"
        wall, cpu = _first_opening(lambda: reviewer.get(ranking), args.runs)
        print(f"first opening of {ranking} (+{args.applications} applications), fresh worker: "
              f"{wall:.1f} ms wall, {cpu:.1f} ms CPU")  # fmt: skip
        heavy: dict[str, Callable[[], Response]] = {
            f"GET {ranking} (repeat)": lambda: reviewer.get(ranking),
            "table, filtered, sorted, page 2": lambda: reviewer.get(
                ranking, params={"eligibility": "eligible", "sort": "score", "order": "desc", "page": "2"}
            ),
            "CSV export (web)": lambda: reviewer.get(f"{ranking}/applications.csv"),
            "dashboard (admin)": lambda: admin.get(f"/admin/vacancies/{big}/dashboard"),
        }
        print(f"{'page':<36} {'median ms':>10} {'p95 ms':>8} {'CPU ms':>8}")
        for name, call in heavy.items():
            runs = [_time(call, max(3, args.requests // 5)) for _ in range(args.runs)]
            cpu = _cpu(call, max(3, args.requests // 5))
            print(f"{name:<36} {statistics.median(r[0] for r in runs):>10.1f} "
                  f"{statistics.median(r[1] for r in runs):>8.1f} {cpu:>8.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
