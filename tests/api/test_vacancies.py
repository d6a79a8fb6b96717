"""Vacancies through the API: upload, correct (audited), publish, list with filters and search."""

from __future__ import annotations

from sqlalchemy import select

from jpo.db.models import AuditEvent, VacancyRow
from jpo.db.session import unit_of_work
from tests.api.conftest import SEEDS, Api


def test_upload_gives_a_draft_with_its_warnings(api: Api) -> None:
    admin = api.staff("centre@example.org", "admin")
    seed = SEEDS["001"]
    response = api.client.post(
        "/api/v1/vacancies", files={"file": (seed.name, seed.read_bytes())}, headers=admin
    )
    body = response.json()
    assert response.status_code == 201 and body["status"] == "draft"
    assert body["vacancy"]["organization"] == "UNESCO" and body["warnings"] == body["vacancy"]["warnings"]
    assert body["warnings"], "seed 001 has contradictions the parser warns about"
    assert api.client.get("/api/v1/vacancies").json() == []  # drafts are not public


def test_a_correction_is_audited_and_drops_the_stale_source(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin, publish=False)
    before = api.client.get(f"/api/v1/vacancies/{vacancy}", headers=admin).json()["vacancy"]
    assert "duration_months" in before["sources"]
    response = api.client.patch(f"/api/v1/vacancies/{vacancy}", json={"duration_months": 24}, headers=admin)
    after = response.json()["vacancy"]
    assert after["duration_months"] == 24 and "duration_months" not in after["sources"]
    with unit_of_work(api.engine) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "vacancy.edited")).all()[-1]
    assert event.detail == {
        "before": {"duration_months": before["duration_months"]},
        "after": {"duration_months": 24},
    }


def test_a_bad_correction_is_one_line_and_changes_nothing(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    with unit_of_work(api.engine) as session:
        before = session.get_one(VacancyRow, vacancy).document
    response = api.client.patch(
        f"/api/v1/vacancies/{vacancy}", json={"duration_months": "two years"}, headers=admin
    )
    assert response.status_code == 422 and response.json()["detail"].startswith("duration_months:")
    assert "\n" not in response.json()["detail"]
    with unit_of_work(api.engine) as session:
        row = session.get(VacancyRow, vacancy)
        assert row is not None and row.document == before


def test_a_file_that_is_not_a_tor_format_is_refused(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    for name, data in (("tor.exe", b"MZ"), ("tor.pdf", b"not a pdf at all"), ("tor.txt", b"")):
        response = api.client.post("/api/v1/vacancies", files={"file": (name, data)}, headers=admin)
        assert response.status_code == 422, (name, response.text)
        assert response.json()["type"] == "urn:jpo:problem:bad-input"
    with unit_of_work(api.engine) as session:
        assert session.scalars(select(VacancyRow)).all() == []


def test_filters_and_text_search(api: Api) -> None:
    admin = api.staff("centre@example.org", "admin")
    ids = {seed: api.vacancy(admin, seed=seed) for seed in ("000", "002", "004")}

    def found(**params: str) -> list[int]:
        return [v["id"] for v in api.client.get("/api/v1/vacancies", params=params).json()]

    assert sorted(found()) == sorted(ids.values())
    assert found(organization="ohchr") == [ids["002"]]
    assert found(country="NL") == [ids["004"]]
    assert found(sponsor="KR") == [ids["002"]]
    assert found(q="genève human rights") == [ids["002"]]  # accents folded, every word must occur
    assert found(q="no such words here") == []
    closed = api.client.post(f"/api/v1/vacancies/{ids['004']}/close", headers=admin)
    assert closed.json()["status"] == "closed" and ids["004"] not in found()


def test_publishing_needs_a_deadline_still_ahead(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    draft = api.vacancy(admin, publish=False, closing={"utc": "2020-01-01T00:00:00Z",
                        "local": "2020-01-01T01:00:00+01:00", "timezone": "Europe/Zurich"})  # fmt: skip
    past = api.client.post(f"/api/v1/vacancies/{draft}/publish", headers=admin)
    assert past.status_code == 422 and past.json()["type"] == "urn:jpo:problem:past-deadline"
    assert (
        api.client.patch(f"/api/v1/vacancies/{draft}", json={"closing": None}, headers=admin).status_code
        == 200
    )
    missing = api.client.post(f"/api/v1/vacancies/{draft}/publish", headers=admin)
    assert missing.status_code == 422 and missing.json()["type"] == "urn:jpo:problem:no-deadline"
    with unit_of_work(api.engine) as session:
        assert session.get_one(VacancyRow, draft).status == "draft"
