"""API tests drive the real app over a real, freshly migrated database (SQLite, and PostgreSQL in CI)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from jpo.app import create_app
from jpo.db.session import unit_of_work
from jpo.demo.setup import seed_files
from jpo.settings import Settings
from jpo.users.service import create_user
from tests.support.profiles import make_profile

PASSWORD = "a long secret"
SEEDS = {path.name[:3]: path for path in seed_files()}
FUTURE_CLOSING = {
    "utc": "2099-01-01T00:00:00Z",
    "local": "2099-01-01T01:00:00+01:00",
    "timezone": "Europe/Zurich",
}

# The checklist `Api.vacancy` confirms unless told otherwise: tests about something else apply with a
# letter and no documents (tests/api/test_checklist.py and test_drafts.py hold seeds to their own lists).
NO_DOCUMENTS: dict[str, Any] = {"motivation_letter": "optional", "items": []}


class Api:
    """A test client with helpers for the usual steps; every call goes through HTTP."""

    def __init__(self, client: TestClient, engine: Engine) -> None:
        self.client = client
        self.engine = engine

    def staff(
        self, email: str, role: str, sponsor: str | None = None, organization: str | None = None
    ) -> dict[str, str]:
        with unit_of_work(self.engine) as session:
            create_user(
                session, email=email, password=PASSWORD, role=role, sponsor=sponsor, organization=organization
            )
        return self.login(email)

    def candidate(self, email: str, **profile: Any) -> dict[str, str]:
        assert (
            self.client.post("/api/v1/users", json={"email": email, "password": PASSWORD}).status_code == 201
        )
        headers = self.login(email)
        recent = (date.today() - timedelta(days=30)).isoformat()  # a test score still valid today
        profile.setdefault("language_tests", [{"test": "TOEFL iBT", "score": 110, "date": recent}])
        document = make_profile(**profile).model_dump(mode="json", by_alias=True)
        assert self.client.put("/api/v1/profiles/me", json=document, headers=headers).status_code == 200
        return headers

    def login(self, email: str) -> dict[str, str]:
        response = self.client.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def vacancy(
        self, admin: dict[str, str], seed: str = "002", publish: bool = True,
        checklist: dict[str, Any] | None = NO_DOCUMENTS, **changes: Any,
    ) -> int:  # fmt: skip
        path = SEEDS[seed]
        response = self.client.post(
            "/api/v1/vacancies", files={"file": (path.name, path.read_bytes())}, headers=admin
        )
        assert response.status_code == 201, response.text
        vacancy_id: int = response.json()["id"]
        changes = {"closing": FUTURE_CLOSING, **changes}
        assert (
            self.client.patch(f"/api/v1/vacancies/{vacancy_id}", json=changes, headers=admin).status_code
            == 200
        )
        if checklist is not None:  # None: the proposal from the ToR, which publishing confirms
            confirmed = self.client.put(
                f"/api/v1/vacancies/{vacancy_id}/checklist", json=checklist, headers=admin
            )
            assert confirmed.status_code == 200, confirmed.text
        if publish:
            assert (
                self.client.post(f"/api/v1/vacancies/{vacancy_id}/publish", headers=admin).status_code == 200
            )
        return vacancy_id

    def apply(self, candidate: dict[str, str], vacancy_id: int, key: str = "k1") -> Any:
        return self.client.post(
            f"/api/v1/vacancies/{vacancy_id}/applications",
            json={"motivation": "I care about human rights."},
            headers={**candidate, "Idempotency-Key": key},
        )


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url)


@pytest.fixture
def api(settings: Settings, engine: Engine) -> Iterator[Api]:
    with TestClient(create_app(settings, engine), raise_server_exceptions=False) as client:
        yield Api(client, engine)
