"""The staff list of a vacancy's applications as CSV (`Accept: text/csv`): pseudonyms unless an admin who
may see identity asks, each export audited with its purpose, cells that could start a formula
neutralised, and both media types documented in the OpenAPI."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from jpo.applications.export import csv_text, safe_cell, wants_csv
from jpo.db.models import AuditEvent
from jpo.db.session import unit_of_work
from tests.api.conftest import Api

CSV = {"Accept": "text/csv"}


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")'])
def test_a_cell_that_could_start_a_formula_is_neutralised(value: str) -> None:
    assert safe_cell(value) == "'" + value
    (row,) = list(csv.reader(io.StringIO(csv_text(["a"], [[value]]))))[1:]
    assert row == ["'" + value]


def test_ordinary_cells_and_the_accept_header() -> None:
    assert [safe_cell(v) for v in ("Candidate 1A2B3C", 57, None, "a=b")] == [
        "Candidate 1A2B3C",
        "57",
        "",
        "a=b",
    ]
    assert wants_csv("text/csv") and wants_csv("text/csv;q=0.9, application/json;q=0.5")
    assert not wants_csv("application/json, text/csv") and not wants_csv("*/*") and not wants_csv("")


def _setup(api: Api) -> tuple[int, dict[str, str], dict[str, str]]:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    strong = api.candidate("strong@example.org", name={"given": "=cmd|' /C calc'!A0", "family": "Park"})
    assert api.apply(strong, vacancy).status_code == 201
    assert api.apply(api.candidate("second@example.org"), vacancy).status_code == 201
    reviewer = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    return vacancy, admin, reviewer


def test_a_reviewer_exports_pseudonyms_and_the_export_is_audited(api: Api) -> None:
    vacancy, _, reviewer = _setup(api)
    response = api.client.get(f"/api/v1/vacancies/{vacancy}/applications", params={"purpose": "shortlist meeting"},
                              headers={**reviewer, **CSV})  # fmt: skip
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["cache-control"] == "no-store"
    rows = _rows(response.text)
    assert len(rows) == 2 and [r["rank"] for r in rows] == ["1", "2"]
    assert all(r["candidate"].startswith("Candidate ") and r["status"] == "eligible" for r in rows)
    assert "name" not in rows[0] and "strong@example.org" not in response.text and "Park" not in response.text
    with unit_of_work(api.engine) as session:
        (event,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "personal_data.exported"))
        assert event.reason == "shortlist meeting" and event.subject_id == vacancy
        assert event.detail is not None and event.detail["format"] == "csv"
        assert sorted(event.detail["applications"]) == sorted(int(r["application"]) for r in rows)
    denied = api.client.get(f"/api/v1/vacancies/{vacancy}/applications", params={"identity": "true"},
                            headers={**reviewer, **CSV})  # fmt: skip
    assert denied.status_code == 403 and denied.headers["content-type"] == "application/problem+json"
    as_json = api.client.get(f"/api/v1/vacancies/{vacancy}/applications", headers=reviewer)
    assert as_json.headers["content-type"] == "application/json" and len(as_json.json()) == 2


def test_an_admin_who_may_see_identity_exports_names_neutralised(api: Api) -> None:
    vacancy, admin, _ = _setup(api)
    response = api.client.get(f"/api/v1/vacancies/{vacancy}/applications", params={"identity": "true"},
                              headers={**admin, **CSV})  # fmt: skip
    assert response.status_code == 200
    by_email = {r["email"]: r for r in _rows(response.text)}
    assert by_email["strong@example.org"]["name"] == "'=cmd|' /C calc'!A0 Park"  # no formula
    with unit_of_work(api.engine) as session:
        (event,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "personal_data.exported"))
        assert event.detail is not None and event.detail["identity"] is True


def test_the_openapi_documents_both_media_types(api: Api) -> None:
    operation = api.client.get("/api/v1/openapi.json").json()["paths"][
        "/api/v1/vacancies/{vacancy_id}/applications"
    ]
    content = operation["get"]["responses"]["200"]["content"]
    assert {"application/json", "text/csv"} <= set(content)
