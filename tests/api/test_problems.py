"""Bad requests get one RFC 9457 problem document saying what is wrong and where; never a traceback."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import Api


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
