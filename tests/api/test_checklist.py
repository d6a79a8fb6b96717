"""A vacancy's checklist over the API: proposed from the ToR, confirmed (or edited) by its admins, confirmed
as shown by publishing, and a submission that lacks a required item refused, listing what is missing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from jpo.db.models import AuditEvent
from jpo.db.session import unit_of_work
from tests.api.conftest import Api

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DECIDED: dict[str, Any] = {  # seed 002's documents as its admin decided them (shorter labels)
    "motivation_letter": "required",
    "items": [
        {"key": "identity", "label": "Resident Register", "kind": "identity"},
        {"key": "degree", "label": "University degree", "kind": "degree"},
        {"key": "military-record", "label": "Military service certificate", "kind": "military_record",
         "rule": "required_when", "when": ["male", "completed_military_service"]},
        {"key": "low-income", "label": "Low-income certificate", "rule": "optional"},
    ],
}  # fmt: skip


def _checklist(api: Api, vacancy: int, headers: dict[str, str] | None = None) -> Any:
    response = api.client.get(f"/api/v1/vacancies/{vacancy}/checklist", headers=headers or {})
    assert response.status_code == 200, response.text
    return response.json()


def test_a_draft_vacancy_shows_its_admins_the_proposal_and_what_needs_their_decision(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin, publish=False, checklist=None)
    shown = _checklist(api, vacancy, admin)
    assert shown["confirmed"] is False
    assert shown["checklist"]["motivation_letter"] == "required"
    assert [item["kind"] for item in shown["checklist"]["items"]][:4] == [
        "application_form", "identity", "degree", "test_certificate"]  # fmt: skip
    assert shown["needs_decision"] == ["other", "other-2"]
    assert api.client.get(f"/api/v1/vacancies/{vacancy}/checklist").status_code == 404  # a draft: admins only


def test_publishing_confirms_the_proposal_and_an_incomplete_submission_is_refused(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin, checklist=None)
    shown = _checklist(api, vacancy)  # public once published
    assert shown["confirmed"] is True and shown["needs_decision"] == []
    with unit_of_work(api.engine) as session:
        published = session.scalars(select(AuditEvent).where(AuditEvent.action == "vacancy.published")).one()
        assert published.detail == {"checklist": shown["checklist"]}  # what publishing confirmed, on record
    candidate = api.candidate("c@example.org")
    refused = api.client.post(f"/api/v1/vacancies/{vacancy}/applications", json={},
                              headers={**candidate, "Idempotency-Key": "k"})  # fmt: skip
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["type"] == "urn:jpo:problem:incomplete-application"
    assert [m["key"] for m in problem["missing"]] == [
        "motivation-letter", "application-form", "identity", "degree", "test-certificate", "other", "other-2"]  # fmt: skip
    assert problem["missing"][2] == {
        "key": "identity", "kind": "identity",
        "label": "A scanned copy of applicant's Resident Register in English"}  # fmt: skip
    assert api.client.get("/api/v1/applications/mine", headers=candidate).json() == []


def test_the_admin_replaces_the_checklist_audited_and_others_cannot(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin, publish=False, checklist=None)
    other = api.staff("fr@example.org", "admin", sponsor="FR")
    url = f"/api/v1/vacancies/{vacancy}/checklist"
    assert api.client.put(url, json=DECIDED, headers=other).status_code in (403, 404)
    candidate = api.candidate("c@example.org")
    assert api.client.put(url, json=DECIDED, headers=candidate).status_code == 403
    saved = api.client.put(url, json=DECIDED, headers=admin)
    assert saved.status_code == 200, saved.text
    assert saved.json()["confirmed"] is True
    assert saved.json()["checklist"]["items"][2]["when"] == ["male", "completed_military_service"]
    with unit_of_work(api.engine) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "vacancy.checklist")).one()
        assert event.detail is not None and event.detail["before"] is None
        assert event.detail["after"]["items"][0]["label"] == "Resident Register"
    # Publishing keeps what the admin confirmed.
    assert api.client.post(f"/api/v1/vacancies/{vacancy}/publish", headers=admin).status_code == 200
    assert _checklist(api, vacancy)["checklist"]["items"][0]["label"] == "Resident Register"


def test_a_wrong_checklist_is_one_clear_problem(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin, publish=False)
    url = f"/api/v1/vacancies/{vacancy}/checklist"
    wrong = [
        {"items": [{"key": "x", "label": "X", "rule": "required_when", "when": []}]},
        {"items": [{"key": "x", "label": "X", "when": ["tall"]}]},
        {"items": [{"key": "Bad Key", "label": "X"}]},
        {"items": [{"key": "x", "label": ""}]},
        {"items": [{"key": "x", "label": "a\x00b"}]},
        {"motivation_letter": "maybe"},
    ]
    for body in wrong:
        response = api.client.put(url, json=body, headers=admin)
        assert response.status_code == 422, (body, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")


def test_a_conditional_document_is_asked_only_of_those_it_concerns(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin, checklist=DECIDED)
    veteran = api.candidate("v@example.org", sex="male", military_service={"months": 21})
    woman = api.candidate("w@example.org", sex="female")
    for who, extra in ((veteran, ["military-record"]), (woman, [])):
        response = api.client.post(f"/api/v1/vacancies/{vacancy}/applications", json={"motivation": "Hi."},
                                   headers={**who, "Idempotency-Key": "k"})  # fmt: skip
        assert response.status_code == 422
        assert [m["key"] for m in response.json()["missing"]] == ["identity", "degree", *extra]
