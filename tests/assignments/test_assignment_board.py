"""The donor programme's dashboard: its admins see the assignments they fund with their steps due, overdue
ones first, filtered to the overdue on request; another donor's admins see none; reviewers and candidates
are refused; each reading audited; the page in English and French."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from jpo.db.models import AuditEvent
from jpo.db.session import unit_of_work
from tests.support.assignment import AssignmentWorld
from tests.web.conftest import BrowserSession, browser_session

__all__ = ["browser_session"]


def test_the_donor_sees_what_is_due_and_what_is_overdue(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    rows = world.get("/assignment-dashboard", world.donor).json()
    assert [row["assignment"]["id"] for row in rows] == [world.assignment_id] and rows[0]["jpo"] == "Ann0 Lee"
    assert {s["code"] for s in rows[0]["assignment"]["due"]} == {"agree_work_plan"} and rows[0][
        "overdue"
    ] == 0
    assert world.get("/assignment-dashboard?overdue=true", world.donor).json() == []
    assert world.get("/assignment-dashboard", world.other_donor).json() == []
    for who in (world.supervisor, world.jpo, world.host):
        assert world.get("/assignment-dashboard", who).status_code == 403
    world.on_day(world.starts_on + timedelta(days=40))  # the first month ended without agreement
    late = world.get("/assignment-dashboard?overdue=true", world.donor).json()
    overdue = [s["code"] for s in late[0]["assignment"]["due"] if s["overdue"]]
    assert overdue.count("agree_work_plan") == 2 and late[0]["overdue"] == len(overdue)
    with unit_of_work(world.api.engine, writes=False) as session:
        reads = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "assignment.dashboard_read"))  # fmt: skip
    assert reads == 4  # one per reading by an admin (the refused ones read nothing)
    donor = browser_session(world.donor.email)
    page = donor.get("/admin/assignments?overdue=1")
    assert page.status_code == 200 and "Overdue:" in page.text and "Agree the work plan" in page.text
    french = donor.get("/admin/assignments?lang=fr")
    assert "En retard :" in french.text and "Approuver le plan de travail" in french.text
    assert browser_session(world.supervisor.email).get("/admin/assignments").status_code == 403
