"""Database fixtures for the DB and API tests: SQLite, and PostgreSQL when JPO_TEST_DATABASE_URL is set.

Each test gets a freshly migrated database; on PostgreSQL an unreachable server is an error, not a
skip, so CI cannot pass without it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text

from jpo.db.migrate import downgrade, upgrade
from jpo.db.session import make_engine
from jpo.users import passwords


@pytest.fixture(autouse=True, scope="session")
def quick_password_hashes() -> Iterator[None]:
    """Argon2id still, at its lightest cost: the recruitment's tests sign in many staff users, and the
    product's parameters (64 MiB, three passes) made hashing most of their time. A hash states its own
    parameters, so checking works the same; the servers of the browser tests keep the product's."""
    product = passwords._HASHER
    passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    passwords._HASHER = product


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
