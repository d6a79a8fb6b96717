"""Bad requests get one RFC 9457 problem document saying what is wrong and where; never a traceback."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import Api
from tests.support.profiles import make_profile


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "detail"),
    [
        ("POST", "/api/v1/users", {"content": b"{oops", "headers": {"content-type": "application/json"}}, 422,
         "body: not valid JSON (at character 1)"),
        ("POST", "/api/v1/users", {"json": {"email": "a@example.org", "password": "short"}}, 422,
         "password: String should have at least 10 characters"),
        ("POST", "/api/v1/users", {"json": {"email": "not an address", "password": "long enough!"}}, 422,
         "email: 'not an address' is not an e-mail address"),
        ("GET", "/api/v1/vacancies/abc", {}, 422, "vacancy_id: Input should be a valid integer"),
        ("GET", "/api/v1/vacancies/999", {}, 404, "vacancy 999 not found"),
        ("GET", "/api/v1/nowhere", {}, 404, "GET /api/v1/nowhere: no such endpoint"),
        ("DELETE", "/api/v1/vacancies", {}, 405, "DELETE /api/v1/vacancies: no such endpoint"),
    ],
)  # fmt: skip
def test_problem_documents(
    api: Api, method: str, path: str, kwargs: dict[str, Any], status: int, detail: str
) -> None:
    response = api.client.request(method, path, **kwargs)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert (
        problem["status"] == status and problem["instance"] == path and problem["type"].startswith("urn:jpo:")
    )
    assert problem["detail"].startswith(detail) and "\n" not in problem["detail"]


def test_a_duplicate_sign_up_is_a_conflict(api: Api) -> None:
    body = {"email": "a@example.org", "password": "a long secret"}
    assert api.client.post("/api/v1/users", json=body).status_code == 201
    again = api.client.post("/api/v1/users", json={**body, "email": "A@Example.org"})
    assert again.status_code == 409 and again.json()["type"] == "urn:jpo:problem:conflict"


def test_a_date_that_is_not_iso_8601_is_refused_not_read_as_1970(api: Api) -> None:
    headers = api.candidate("c@example.org")
    for odd in ("0", 0, "01/02/1996"):
        response = api.client.put("/api/v1/profiles/me", json={"schema": "jpo.profile/1", "birth_date": odd},
                                  headers=headers)  # fmt: skip
        assert response.status_code == 422, odd
        assert response.json()["detail"].startswith("birth_date: a date is written YYYY-MM-DD")
    kept = api.client.get("/api/v1/profiles/me", headers=headers).json()
    assert kept["profile"]["birth_date"] == str(make_profile().birth_date)  # the earlier version stands
