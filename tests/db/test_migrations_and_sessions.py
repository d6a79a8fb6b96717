"""Migrations and the unit of work, on every backend: tables, constraints, commit and rollback."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.exc import IntegrityError

from jpo.db.migrate import downgrade, upgrade
from jpo.db.models import Application, Base, ProfileVersion, User, VacancyRow
from jpo.db.session import unit_of_work


def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_upgrade_is_idempotent_and_downgrade_empties(database_url: str) -> None:
    upgrade(database_url)
    upgrade(database_url)
    from jpo.db.session import make_engine

    engine = make_engine(database_url)
    assert {"users", "vacancies", "applications", "audit_events"} <= set(inspect(engine).get_table_names())
    engine.dispose()
    downgrade(database_url)
    engine = make_engine(database_url)
    assert "users" not in inspect(engine).get_table_names()
    engine.dispose()


def _candidate_and_vacancy(engine: Engine) -> tuple[int, int, int]:
    with unit_of_work(engine) as session:
        user = User(email="a@example.org", password_hash="x", role="candidate")
        vacancy = VacancyRow(document={"schema": "jpo.vacancy/1"}, status="published")
        session.add_all([user, vacancy])
        session.flush()
        profile = ProfileVersion(user_id=user.id, version=1, document={"schema": "jpo.profile/1"})
        session.add(profile)
        session.flush()
        return user.id, vacancy.id, profile.id


def test_unit_of_work_commits_or_rolls_back(engine: Engine) -> None:
    user_id, _, _ = _candidate_and_vacancy(engine)
    with pytest.raises(RuntimeError), unit_of_work(engine) as session:
        session.add(User(email="b@example.org", password_hash="x", role="candidate"))
        session.flush()
        raise RuntimeError("interrupted before commit")
    with unit_of_work(engine) as session:
        assert session.scalar(select(func.count()).select_from(User)) == 1
        assert session.get(User, user_id) is not None


def test_one_application_per_candidate_and_vacancy(engine: Engine) -> None:
    user_id, vacancy_id, profile_id = _candidate_and_vacancy(engine)
    with unit_of_work(engine) as session:
        session.add(
            Application(user_id=user_id, vacancy_id=vacancy_id, profile_version_id=profile_id, receipt="R-1")
        )
    with pytest.raises(IntegrityError), unit_of_work(engine) as session:
        session.add(
            Application(user_id=user_id, vacancy_id=vacancy_id, profile_version_id=profile_id, receipt="R-2")
        )
    with unit_of_work(engine) as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 1


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with pytest.raises(IntegrityError), unit_of_work(engine) as session:
        session.add(ProfileVersion(user_id=999, version=1, document={}))
