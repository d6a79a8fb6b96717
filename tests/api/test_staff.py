"""Staff screen and decide: pseudonymous lists, audited reads with their purpose, reasons required."""

from __future__ import annotations

from sqlalchemy import select

from jpo.db.models import AuditEvent
from jpo.db.session import unit_of_work
from tests.api.conftest import Api


def _events(api: Api, action: str) -> list[AuditEvent]:
    with unit_of_work(api.engine) as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _setup(api: Api) -> tuple[dict[str, str], int, int]:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    application = api.apply(api.candidate("a@example.org"), vacancy).json()["id"]
    return api.staff("ohchr@example.org", "reviewer", organization="OHCHR"), vacancy, application


def test_the_list_shows_pseudonyms_and_no_contact_data(api: Api) -> None:
    reviewer, vacancy, application = _setup(api)
    response = api.client.get(
        f"/api/v1/vacancies/{vacancy}/applications", params={"purpose": "longlisting"}, headers=reviewer
    )
    (item,) = response.json()
    assert item["id"] == application and item["candidate"].startswith("Candidate ")
    assert "a@example.org" not in response.text and "email" not in response.text
    assert item["profile"]["schema"] == "jpo.profile/1" and item["next_statuses"] == [
        "longlisted",
        "not_selected",
    ]
    (read,) = _events(api, "personal_data.read")
    assert read.reason == "longlisting" and read.detail == {"applications": [application]}


def test_a_decision_needs_a_reason_and_an_allowed_move(api: Api) -> None:
    reviewer, _, application = _setup(api)
    url = f"/api/v1/applications/{application}/transitions"
    blank = api.client.post(url, json={"to": "longlisted", "reason": "   "}, headers=reviewer)
    assert blank.status_code == 422 and blank.json()["detail"].startswith("reason:")
    missing = api.client.post(url, json={"to": "longlisted"}, headers=reviewer)
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "reason"
    skip = api.client.post(url, json={"to": "selected", "reason": "Great."}, headers=reviewer)
    assert skip.status_code == 409 and "allowed: longlisted, not_selected" in skip.json()["detail"]
    moved = api.client.post(
        url, json={"to": "longlisted", "reason": "Meets every requirement."}, headers=reviewer
    )
    assert moved.status_code == 200 and moved.json()["status"] == "longlisted"
    (event,) = _events(api, "application.transition")
    assert event.reason == "Meets every requirement." and event.detail == {
        "from": "eligible",
        "to": "longlisted",
        "by": "staff",
    }


def test_the_candidate_sees_the_decision(api: Api) -> None:
    reviewer, _, application = _setup(api)
    api.client.post(
        f"/api/v1/applications/{application}/transitions",
        json={"to": "not_selected", "reason": "Another candidate fits better."},
        headers=reviewer,
    )
    candidate = api.login("a@example.org")
    assert (
        api.client.get(f"/api/v1/applications/{application}", headers=candidate).json()["status"]
        == "not_selected"
    )
