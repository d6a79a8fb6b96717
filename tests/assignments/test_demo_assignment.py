"""The demo's JPO in post: an earlier round of seed 002 whose one candidate accepted the offer; seven
months into a one-year assignment, the work plan agreed by both, a check-in a month, learning and a
training, the mid-point review acknowledged; the end-of-cycle evaluation and the extension review ahead.
Loading the demo again adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from jpo.db.assignment_tables import Assignment, CheckIn, Evaluation, Training, WorkPlan
from jpo.db.session import unit_of_work
from jpo.demo.applicants import APPLICANT_PASSWORD
from jpo.demo.assignment import JPO, STARTED, SUPERVISOR
from jpo.demo.setup import load_demo
from tests.api.conftest import Api


def _count(session: object, table: type) -> int:
    return int(session.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[attr-defined]


def test_the_demo_has_a_jpo_in_post_seven_months_in(api: Api) -> None:
    now = datetime.now(UTC)
    for _ in range(2):
        with unit_of_work(api.engine) as session:
            load_demo(session, data_dir=api.client.app.state.settings.data_dir, max_bytes=10_000_000, now=now)
    with unit_of_work(api.engine, writes=False) as session:
        (assignment,) = session.scalars(select(Assignment))
        assert assignment.status == "active" and (now.date() - assignment.starts_on).days == STARTED
        plans = list(session.scalars(select(WorkPlan.status).order_by(WorkPlan.version)))
        assert plans[-1] == "agreed"
        assert _count(session, CheckIn) == 7 and _count(session, Training) == 1
        assert [(e.kind, e.status) for e in session.scalars(select(Evaluation))] == [
            ("midpoint", "acknowledged")
        ]
    jpo = TestClient(api.client.app, headers={"Accept": "text/html"})
    signed = jpo.post("/sign-in", data={"email": JPO.email, "password": APPLICANT_PASSWORD})
    assert signed.status_code == 200
    hub = jpo.get(f"/assignments/{assignment.id}")
    assert hub.status_code == 200 and SUPERVISOR in hub.text and "Work plan" in hub.text
    evaluations = jpo.get(f"/assignments/{assignment.id}/evaluations")
    assert "acknowledged" in evaluations.text and "End-of-cycle evaluation" in evaluations.text
