"""Database fixtures for the DB and API tests: SQLite, and PostgreSQL when JPO_TEST_DATABASE_URL is set.

Each test gets a freshly migrated database; on PostgreSQL an unreachable server is an error, not a
skip, so CI cannot pass without it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from jpo.db.migrate import downgrade, upgrade
from jpo.db.session import make_engine

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("JPO_TEST_DATABASE_URL") else [])


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jpo.sqlite3'}"
        return
    url = os.environ["JPO_TEST_DATABASE_URL"]
    downgrade_all(url)
    yield url
    downgrade_all(url)


def downgrade_all(url: str) -> None:
    """Leave the shared PostgreSQL test database empty (migrations down, and Alembic's own table)."""
    engine = make_engine(url)
    with engine.begin() as connection:
        present = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    engine.dispose()
    if present:
        downgrade(url)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()
