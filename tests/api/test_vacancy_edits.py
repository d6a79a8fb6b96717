"""Vacancy corrections are typed by the contract (`VacancyEdit`): what would break a page, or the PATCH
itself, is refused with a 422 naming the field, and the vacancy stays as it was."""

from __future__ import annotations

import json
from typing import Any

import pytest

from jpo.db.models import VacancyRow
from jpo.db.session import unit_of_work
from tests.api.conftest import FUTURE_CLOSING, Api

SEOUL = {"utc": "2030-08-09T14:59:00Z", "local": "2030-08-09T23:59:00+09:00", "timezone": "Asia/Seoul"}
REFUSED: list[tuple[str, dict[str, Any]]] = [
    ("closing.utc", {"closing": {**FUTURE_CLOSING, "utc": "9999-12-31T23:59:00Z"}}),
    ("closing.local", {"closing": {**FUTURE_CLOSING, "local": "0001-01-01T00:00:00+01:00"}}),
    ("closing.utc", {"closing": {**FUTURE_CLOSING, "utc": "not a date"}}),
    ("closing.utc", {"closing": {**FUTURE_CLOSING, "utc": "2099-01-01T00:00:00"}}),  # naive
    ("closing.local", {"closing": {**FUTURE_CLOSING, "local": "2099-01-01 01:00"}}),  # naive
    ("closing.timezone", {"closing": {**FUTURE_CLOSING, "timezone": "Mars/Olympus"}}),
    ("closing", {"closing": {**SEOUL, "local": "2030-08-09T22:59:00+09:00"}}),  # not the same moment
    ("closing", {"closing": {**SEOUL, "timezone": "Europe/Paris"}}),  # Paris is not +09:00
    ("closing.utc", {"closing": {"local": SEOUL["local"], "timezone": "Asia/Seoul"}}),  # missing
    ("duty_station.timezone", {"duty_station": {"timezone": "Not/AZone"}}),
    ("duty_station", {"duty_station": None}),  # not nullable in the contract
    ("title", {"title": "x" * 201}),
    ("duties.0", {"duties": ["a\x00b"]}),
    ("surprise", {"surprise": 1}),
    ("experience.min_years", {"experience": {"min_years": float("inf")}}),
]


def test_the_patch_body_is_documented_as_the_contract_types_it(api: Api) -> None:
    document = api.client.get("/api/v1/openapi.json").json()
    body = document["paths"]["/api/v1/vacancies/{vacancy_id}"]["patch"]["requestBody"]
    reference = body["content"]["application/json"]["schema"]["$ref"]
    edit = document["components"]["schemas"][reference.rsplit("/", 1)[-1]]
    assert {"closing", "duty_station", "eligibility", "title", "duties"} <= set(edit["properties"])
    assert edit["additionalProperties"] is False


def test_edits_that_would_break_pages_are_refused_with_422(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    with unit_of_work(api.engine) as session:
        before = session.get_one(VacancyRow, vacancy).document
    for field, changes in REFUSED:
        # Python's JSON writes infinity as the token Infinity, which Python's JSON reads back
        content = json.dumps(changes)
        response = api.client.patch(
            f"/api/v1/vacancies/{vacancy}",
            content=content,
            headers={**admin, "Content-Type": "application/json"},
        )
        assert response.status_code == 422, (changes, response.status_code, response.text)
        where = response.json()["detail"].split(":")[0]  # a union names its member: min_years.int
        assert where == field or where.startswith(f"{field}.int"), (field, response.json()["detail"])
    with unit_of_work(api.engine) as session:
        assert session.get_one(VacancyRow, vacancy).document == before
    for page in ("/", f"/vacancies/{vacancy}"):
        assert api.client.get(page).status_code == 200


def test_a_deadline_is_kept_in_utc_with_z_whatever_offset_it_was_given_in(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin, publish=False)
    given = {**SEOUL, "utc": "2030-08-09T23:59:00+09:00"}
    response = api.client.patch(f"/api/v1/vacancies/{vacancy}", json={"closing": given}, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json()["vacancy"]["closing"]["utc"] == "2030-08-09T14:59:00Z"
    assert response.json()["vacancy"]["closing"]["local"] == SEOUL["local"]  # as written


@pytest.mark.parametrize("local", ["2030-10-27T02:30:00+01:00", "2030-10-27T02:30:00+02:00"])
def test_both_readings_of_an_hour_the_clocks_repeat_are_accepted(api: Api, local: str) -> None:
    """27 October 2030, 02:30 happens twice in Paris; `utc` says which."""
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin, publish=False)
    utc = {"+01:00": "2030-10-27T01:30:00Z", "+02:00": "2030-10-27T00:30:00Z"}[local[-6:]]
    closing = {"utc": utc, "local": local, "timezone": "Europe/Paris"}
    response = api.client.patch(f"/api/v1/vacancies/{vacancy}", json={"closing": closing}, headers=admin)
    assert response.status_code == 200, response.text


def test_a_partial_object_keeps_the_fields_it_does_not_name(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin, publish=False)
    before = api.client.get(f"/api/v1/vacancies/{vacancy}", headers=admin).json()["vacancy"]["eligibility"]
    response = api.client.patch(
        f"/api/v1/vacancies/{vacancy}", json={"eligibility": {"max_age": 40}}, headers=admin
    )
    after = response.json()["vacancy"]["eligibility"]
    assert after == {**before, "max_age": 40}
