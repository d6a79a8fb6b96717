"""Assignment tests run over the real app and a fresh database (SQLite, and PostgreSQL when
JPO_TEST_DATABASE_URL is set); `world` is an accepted offer's assignment with its people."""

from __future__ import annotations

import pytest

from tests.api.conftest import Api, api, settings
from tests.support.assignment import AssignmentWorld, assignment_of

__all__ = ["api", "settings"]


@pytest.fixture
def world(api: Api) -> AssignmentWorld:
    return assignment_of(api)
