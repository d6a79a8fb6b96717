"""Speed of the assignment's clock-driven work (issue 14): the worker's reminder pass over every active
assignment, and the donor admins' dashboard of the steps due, as the number of assignments grows.

    .venv/bin/python bench/assignments.py [--runs 5] [--assignments 1000]

The demo's assignment in post (work plan agreed, check-ins, mid-point review) is copied `--assignments`
times on SQLite, each copy starting on another day of the last two years so that different steps fall
due; prints the median over runs of the first reminder pass (writes the reminders), a repeat pass (finds
them written) and the dashboard's rows (every open step of every assignment in scope).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from jpo.assignments.due import due_steps
from jpo.assignments.records import assignments_for
from jpo.assignments.reminders import remind
from jpo.db.assignment_tables import Assignment, CheckIn, Evaluation, LearningObjective, WorkPlan
from jpo.db.migrate import upgrade
from jpo.db.models import Application, OutboxMessage, User
from jpo.db.offer_tables import Offer
from jpo.db.session import make_engine, unit_of_work
from jpo.demo.setup import load_demo

CHILDREN = (WorkPlan, CheckIn, LearningObjective, Evaluation)


def _copy(row: Any, **changes: Any) -> Any:
    """A new row of `row`'s table with its columns' values but the id, and `changes`."""
    values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "id"}
    return type(row)(**{**values, **changes})


def _multiply(session: Session, count: int, now: datetime) -> None:
    original = session.scalars(select(Assignment)).one()
    application = session.get_one(Application, original.application_id)
    offer = session.get_one(Offer, original.offer_id)
    jpo = session.get_one(User, original.jpo_id)
    children = [row for table in CHILDREN for row in session.scalars(select(table).where(
        table.assignment_id == original.id))]  # fmt: skip
    for index in range(count - 1):
        user = _copy(jpo, email=f"jpo{index}@bench.example")
        session.add(user)
        session.flush()
        copy = _copy(application, user_id=user.id, receipt=f"BENCH-{index}", idempotency_key=None)
        session.add(copy)
        session.flush()
        made = _copy(offer, application_id=copy.id)
        session.add(made)
        session.flush()
        starts = (now - timedelta(days=index * 730 // count)).date()
        twin = _copy(original, offer_id=made.id, application_id=copy.id, jpo_id=user.id, starts_on=starts,
                     ends_on=starts + (original.ends_on - original.starts_on))  # fmt: skip
        session.add(twin)
        session.flush()
        for child in children:
            session.add(_copy(child, assignment_id=twin.id))
    session.flush()


def _time(engine: Any, work: Any, now: datetime) -> float:
    started = time.perf_counter()
    with unit_of_work(engine, now=now) as session:
        work(session)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--assignments", type=int, default=1000)
    args = parser.parse_args()
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        url = f"sqlite:///{data / 'jpo.sqlite3'}"
        upgrade(url)
        engine = make_engine(url)
        with unit_of_work(engine, now=now) as session:
            load_demo(session, data_dir=data, max_bytes=10_000_000, now=now)
        with unit_of_work(engine, now=now) as session:
            _multiply(session, args.assignments, now)
        with unit_of_work(engine, writes=False) as session:
            donor = session.scalars(select(User).where(User.email == "admin.kr@demo.jpo.example")).one()
        first, again, board = [], [], []
        rows = 0
        for _ in range(args.runs):
            with unit_of_work(engine) as session:
                session.execute(delete(OutboxMessage).where(OutboxMessage.kind == "assignment_reminder"))
            first.append(_time(engine, lambda s: remind(s, now=now), now))
            again.append(_time(engine, lambda s: remind(s, now=now), now))

            def dashboard(session: Session) -> None:
                nonlocal rows
                viewer = session.get_one(User, donor.id)
                rows = sum(len(due_steps(session, a, now.date())) for a in assignments_for(session, viewer))

            board.append(_time(engine, dashboard, now))
        for name, seconds in (("reminder pass, writing", first), ("reminder pass, repeated", again),
                              ("dashboard's steps due", board)):  # fmt: skip
            print(f"{name:<26} {1000 * statistics.median(seconds):8.0f} ms  (median of {args.runs}, "
                  f"{args.assignments} assignments)")  # fmt: skip
        print(f"open steps on the dashboard: {rows}")


if __name__ == "__main__":
    main()
