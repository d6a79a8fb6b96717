"""Speed of issue 16's pieces: the audit chain (what linking costs a transaction; how long `jpo audit
verify` takes) and the fairness audit of an auditor's CSV.

    .venv/bin/python bench/responsible.py [--runs 5] [--events 20000] [--people 100000]

On SQLite in a temporary folder, and on PostgreSQL when JPO_BENCH_DATABASE_URL is set (its tables are
dropped and made again). Prints the median over runs.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine

from jpo.audit.chain import verify
from jpo.audit.trail import record
from jpo.db.migrate import downgrade, upgrade
from jpo.db.session import make_engine, unit_of_work
from jpo.fairness import Person, audit


def _transactions(engine: Engine, count: int) -> float:
    """Milliseconds per transaction that records one audit event (an audited read's cost)."""
    start = time.perf_counter()
    for index in range(count):
        with unit_of_work(engine) as session:
            record(session, actor_id=None, action="application.read", subject_type="application",
                   subject_id=index, detail={"purpose": "screening"})  # fmt: skip
    return (time.perf_counter() - start) * 1000 / count


def _bulk(engine: Engine, count: int) -> None:
    for start in range(0, count, 1000):
        with unit_of_work(engine) as session:
            for index in range(start, min(count, start + 1000)):
                record(session, actor_id=None, action="application.read", subject_type="application",
                       subject_id=index, detail={"purpose": "screening", "n": index})  # fmt: skip


def _verify_seconds(engine: Engine) -> tuple[float, int]:
    start = time.perf_counter()
    with unit_of_work(engine, writes=False) as session:
        result = verify(session)
    assert result.broken is None
    return time.perf_counter() - start, result.checked


def _engine(url: str) -> Engine:
    upgrade(url)
    return make_engine(url)


def chain(url: str, runs: int, events: int) -> None:
    per_event, verifying = [], []
    checked = 0
    for _ in range(runs):
        if url.startswith("postgresql"):
            downgrade(url)
        upgrade(url)
        engine = make_engine(url)
        per_event.append(_transactions(engine, 200))
        _bulk(engine, events)
        seconds, checked = _verify_seconds(engine)
        verifying.append(seconds)
        engine.dispose()
        if not url.startswith("postgresql"):
            Path(url.removeprefix("sqlite:///")).unlink()
    backend = url.split(":", 1)[0]
    print(f"{backend}: one audited transaction {statistics.median(per_event):.2f} ms; "
          f"verify {checked} events {statistics.median(verifying):.2f} s")  # fmt: skip


def fairness(runs: int, people: int) -> None:
    rng = random.Random(1)
    population = [
        Person({"sex": rng.choice("FMX"), "group": rng.choice("ABCDE"), "age": rng.choice("123")},
               rng.random() < 0.3)
        for _ in range(people)
    ]  # fmt: skip
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        audit(population, ["sex", "group", "age"], "selected")
        timings.append(time.perf_counter() - start)
    print(
        f"fairness audit of {people} people, 3 columns and their 3 pairs: {statistics.median(timings):.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--people", type=int, default=100000)
    parser.add_argument(
        "--unlinked", action="store_true", help="record events without linking (the cost before)"
    )
    args = parser.parse_args()
    if args.unlinked:  # the comparison: transactions as they were before the chain (verify then fails)
        import jpo.audit.trail

        jpo.audit.trail.pend = lambda session, event: None  # type: ignore[assignment]
        with tempfile.TemporaryDirectory() as folder:
            engine = _engine(f"sqlite:///{folder}/bench.sqlite3")
            cost = statistics.median(_transactions(engine, 200) for _ in range(args.runs))
            print(f"sqlite, unlinked: one audited transaction {cost:.2f} ms")
        return
    with tempfile.TemporaryDirectory() as folder:
        chain(f"sqlite:///{folder}/bench.sqlite3", args.runs, args.events)
    if os.environ.get("JPO_BENCH_DATABASE_URL"):
        chain(os.environ["JPO_BENCH_DATABASE_URL"], args.runs, args.events)
    fairness(args.runs, args.people)


if __name__ == "__main__":
    main()
