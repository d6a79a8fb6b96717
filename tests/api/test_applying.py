"""The candidate's path through the API: sign up, profile, eligibility, apply (idempotently),
receipt, withdraw; and the rules that refuse a submission, each with a problem document."""

from __future__ import annotations

from sqlalchemy import func, select

from jpo.db.models import Application, AuditEvent
from jpo.db.session import unit_of_work
from tests.api.conftest import Api


def _count(api: Api, model: type) -> int:
    with unit_of_work(api.engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_candidate_journey(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    listed = api.client.get("/api/v1/vacancies", params={"open": "true", "sponsor": "kr"}).json()
    assert [v["id"] for v in listed] == [vacancy]
    candidate = api.candidate("c@example.org")
    verdict = api.client.get(f"/api/v1/vacancies/{vacancy}/eligibility", headers=candidate).json()
    assert verdict["schema"] == "jpo.eligibility/1" and verdict["eligible"] is True, verdict
    first = api.apply(candidate, vacancy, key="attempt-1")
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["receipt"].startswith("JPO-") and body["status"] == "eligible"
    again = api.apply(candidate, vacancy, key="attempt-1")
    assert again.status_code == 200 and again.json() == body  # a retry: same application
    other = api.apply(candidate, vacancy, key="attempt-2")
    assert other.status_code == 409 and other.json()["type"] == "urn:jpo:problem:already-applied"
    assert _count(api, Application) == 1
    mine = api.client.get("/api/v1/applications/mine", headers=candidate).json()
    assert [a["receipt"] for a in mine] == [body["receipt"]]
    receipt = api.client.get(f"/api/v1/applications/{body['id']}/receipt", headers=candidate)
    assert receipt.status_code == 200 and receipt.content.startswith(b"%PDF-")
    assert receipt.headers["content-type"] == "application/pdf"
    withdrawn = api.client.post(f"/api/v1/applications/{body['id']}/withdraw", headers=candidate)
    assert withdrawn.json()["status"] == "withdrawn"
    again = api.client.post(f"/api/v1/applications/{body['id']}/withdraw", headers=candidate)
    assert again.status_code == 409


def test_past_the_deadline_is_refused(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    past = {"utc": "2024-08-09T14:59:00Z", "local": "2024-08-09T23:59:00+09:00", "timezone": "Asia/Seoul"}
    vacancy = api.vacancy(admin)  # published while open, then its deadline moved into the past
    assert (
        api.client.patch(f"/api/v1/vacancies/{vacancy}", json={"closing": past}, headers=admin).status_code
        == 200
    )
    response = api.apply(api.candidate("c@example.org"), vacancy)
    assert response.status_code == 409
    problem = response.json()
    assert problem["type"] == "urn:jpo:problem:deadline-passed" and "2024-08-09T14:59" in problem["detail"]
    assert response.headers["content-type"] == "application/problem+json"
    assert _count(api, Application) == 0


def test_ineligible_is_refused_with_the_failing_criteria(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    candidate = api.candidate("c@example.org", nationalities=["FR"])
    response = api.apply(candidate, vacancy)
    assert response.status_code == 422
    problem = response.json()
    assert problem["type"] == "urn:jpo:problem:ineligible"
    assert [c["id"] for c in problem["criteria"]] == ["nationality"]
    assert _count(api, Application) == 0
    with unit_of_work(api.engine) as session:  # the refusal alone is kept, for the eligibility breakdown
        refusal = session.scalars(select(AuditEvent).where(AuditEvent.action == "application.refused")).one()
    assert (refusal.subject_type, refusal.subject_id) == ("vacancy", vacancy)
    assert refusal.detail["criteria"]["nationality"] == "fail" and refusal.detail["criteria"]["age"] == "pass"


def test_the_yearly_limit_is_counted_in_the_database(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    limit = {"eligibility": {"max_applications_per_year": 1}}
    first, second = api.vacancy(admin, **limit), api.vacancy(admin, seed="003", **limit)
    candidate = api.candidate("c@example.org")
    assert api.apply(candidate, first, key="a").status_code == 201
    refused = api.apply(candidate, second, key="b")
    assert refused.status_code == 409, refused.text
    assert refused.json()["type"] == "urn:jpo:problem:application-limit"


def test_a_key_reused_for_another_vacancy_is_refused(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    first, second = api.vacancy(admin), api.vacancy(admin, seed="003")
    candidate = api.candidate("c@example.org")
    assert api.apply(candidate, first, key="same").status_code == 201
    reused = api.apply(candidate, second, key="same")
    assert reused.status_code == 422 and reused.json()["type"] == "urn:jpo:problem:idempotency-key-reused"


def test_applying_without_a_profile_or_to_a_draft(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    draft = api.vacancy(admin, publish=False)
    candidate = api.candidate("c@example.org")
    assert api.apply(candidate, draft).status_code == 404  # drafts are not public
    assert api.client.post("/api/v1/users", json={"email": "n@example.org", "password": "a long secret"})
    bare = api.login("n@example.org")
    published = api.vacancy(admin, seed="003")
    response = api.apply(bare, published)
    assert response.status_code == 422 and response.json()["detail"].startswith("profile:")


def test_every_submission_is_audited(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    api.apply(api.candidate("c@example.org"), vacancy)
    with unit_of_work(api.engine) as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions[:4] == ["vacancy.drafted", "vacancy.edited", "vacancy.checklist", "vacancy.published"]
    assert "application.submitted" in actions
