"""The request's clock (the `Now` dependency) dates what the request records in the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from jpo.db.models import AuditEvent
from jpo.db.session import unit_of_work
from jpo.http.deps import get_now
from tests.api.conftest import PASSWORD, Api

THEN = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)


def test_audit_events_are_dated_by_the_requests_clock(api: Api) -> None:
    api.client.app.dependency_overrides[get_now] = lambda: THEN  # type: ignore[attr-defined]
    body = {"email": "c@example.org", "password": PASSWORD}
    assert api.client.post("/api/v1/users", json=body).status_code == 201
    with unit_of_work(api.engine) as session:
        (created,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "user.created"))
        assert created.at == THEN
