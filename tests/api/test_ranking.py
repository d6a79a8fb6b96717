"""GET /vacancies/{id}/ranking: the applications ranked for the staff in scope, vectors cached."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from jpo.db.models import AuditEvent, Embedding, RankingRun
from jpo.db.session import unit_of_work
from tests.api.conftest import Api
from tests.unit.matching.test_rank import candidate, unrelated


def _profile(api: Api, email: str, profile: dict[str, object]) -> dict[str, str]:
    assert (
        api.client.post("/api/v1/users", json={"email": email, "password": "a long secret"}).status_code
        == 201
    )
    headers = api.login(email)
    assert api.client.put("/api/v1/profiles/me", json=profile, headers=headers).status_code == 200
    return headers


def test_staff_get_the_ranked_applications(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    recent = [{"test": "TOEFL iBT", "score": 110, "date": (date.today() - timedelta(days=30)).isoformat()}]
    strong = candidate(language_tests=recent).model_dump(mode="json", by_alias=True)
    weak = unrelated(language_tests=recent).model_dump(mode="json", by_alias=True)
    ids = {}
    for name, profile in (("strong", strong), ("weak", weak)):
        response = api.apply(_profile(api, f"{name}@example.org", profile), vacancy)
        assert response.status_code == 201, response.text
        ids[name] = response.json()["id"]
    reviewer = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    response = api.client.get(f"/api/v1/vacancies/{vacancy}/ranking", params={"purpose": "shortlisting"},
                              headers=reviewer)  # fmt: skip
    assert response.status_code == 200, response.text
    ranking = response.json()
    assert ranking["schema"] == "jpo.ranking/1"
    assert [c["application_id"] for c in ranking["candidates"]] == [ids["strong"], ids["weak"]]
    assert all(c["candidate"].startswith("Candidate ") for c in ranking["candidates"])
    assert "strong@example.org" not in response.text
    with unit_of_work(api.engine) as session:
        cached = session.scalar(select(func.count()).select_from(Embedding))
        reads = session.scalars(
            select(AuditEvent.reason).where(AuditEvent.action == "personal_data.read")
        ).all()
        logged = session.scalars(
            select(AuditEvent.detail).where(
                AuditEvent.action == "personal_data.read", AuditEvent.subject_type == "vacancy"
            )
        ).first()
    assert cached and "shortlisting" in reads
    # the ranking's use is logged with what made it: model, weights, code
    assert logged is not None and logged["version"]["model"] == ranking["model"]
    assert len(logged["version"]["weights"]) == 16 and "+" in logged["version"]["code"]
    again = api.client.get(f"/api/v1/vacancies/{vacancy}/ranking", headers=reviewer).json()
    assert again["candidates"] == ranking["candidates"]  # from the cached vectors, the same result
    with unit_of_work(api.engine) as session:
        runs = session.scalars(select(RankingRun).order_by(RankingRun.id)).all()
        assert len(runs) == 2 and all(r.candidates == 2 and r.method.startswith("estimate:") for r in runs)
        assert runs[1].embedded == 0 and runs[1].reused > 0  # a run with nothing new embeds nothing
        assert all(r.energy_wh >= 0 and r.co2e_g == r.energy_wh / 1000 * 475 for r in runs)
    unesco = api.staff("unesco@example.org", "reviewer", organization="UNESCO")
    assert api.client.get(f"/api/v1/vacancies/{vacancy}/ranking", headers=unesco).status_code == 403
    assert (
        api.client.get(
            f"/api/v1/vacancies/{vacancy}/ranking", headers=api.login("strong@example.org")
        ).status_code
        == 403
    )


def test_a_saved_profile_is_embedded_at_once(api: Api) -> None:
    api.candidate("c@example.org")
    with unit_of_work(api.engine) as session:
        assert session.scalar(select(func.count()).select_from(Embedding))
