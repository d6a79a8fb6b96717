"""Speed of the web pages (issue 6): server time of the main pages over the demo data (SQLite), in
process through the ASGI app, so the numbers are the pages' own cost without a network.

    .venv/bin/python bench/web.py [--runs 5] [--requests 30]

Prints, for each page, the median over runs of each run's median and 95th percentile (ms).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from httpx2 import Response

from jpo.app import create_app
from jpo.db.migrate import upgrade
from jpo.db.session import make_engine, unit_of_work
from jpo.demo.setup import load_demo
from jpo.settings import Settings

SELF_CHECK = {"nationality": "KR", "birth_date": "1997-03-14", "degree": "master", "degree_year": "2021",
              "experience_years": "3", "languages": ["en", "fr"]}  # fmt: skip


def _client(data: Path) -> TestClient:
    settings = Settings(data_dir=data, database_url=f"sqlite:///{data / 'jpo.sqlite3'}")
    upgrade(settings.effective_database_url)
    engine = make_engine(settings.effective_database_url)
    with unit_of_work(engine) as session:
        load_demo(session, data_dir=data, max_bytes=settings.max_upload_bytes, now=datetime.now(UTC))
    return TestClient(create_app(settings, engine), headers={"Accept": "text/html"})


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        public = _client(Path(folder))
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


if __name__ == "__main__":
    main()
