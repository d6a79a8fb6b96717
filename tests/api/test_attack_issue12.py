"""Attacks on the issue-12 draft endpoint: control characters in the letter are a 422 problem naming the
field (never a 500: PostgreSQL refuses NUL), and nothing is half-written."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import Api

BAD = ["\x00", "\x07", "\x1b"]


def _is_field_problem(response: Any, field: str) -> None:
    assert response.status_code == 422, (response.status_code, response.text)
    assert field in response.text


@pytest.mark.parametrize("char", BAD)
def test_control_characters_in_a_draft_letter_are_refused(api: Api, char: str) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    candidate = api.candidate("a@example.org")
    response = api.client.put(f"/api/v1/vacancies/{vacancy}/draft", json={"motivation": f"Dear{char}"},
                              headers=candidate)  # fmt: skip
    _is_field_problem(response, "motivation")
    assert api.client.get(f"/api/v1/vacancies/{vacancy}/draft", headers=candidate).status_code == 404
