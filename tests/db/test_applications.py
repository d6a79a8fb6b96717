"""Submitting applications on every backend: deadline, yearly limit, one per vacancy, idempotent
retries, eligibility refusals; and, in parallel threads, exactly one application per candidate."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from jpo.applications.checklist import Checklist
from jpo.applications.service import IneligibleError, submit_application, withdraw_application
from jpo.db.models import Application, User
from jpo.db.session import unit_of_work
from jpo.errors import ConflictError, JpoError
from jpo.profiles.service import save_profile
from jpo.users.service import create_user
from jpo.vacancies.checklists import replace_checklist
from jpo.vacancies.service import draft_vacancy, publish_vacancy
from tests.support.profiles import make_profile

SEED_002 = Path(str(files("jpo.demo").joinpath("seeds"))) / "002_225b0afb764ea097.txt"
BEFORE = datetime(2024, 8, 1, tzinfo=UTC)


def _setup(engine: Engine, tmp_path: Path, vacancies: int = 1, **profile: Any) -> tuple[User, list[int]]:
    with unit_of_work(engine) as session:
        admin = create_user(
            session, email="kr@example.org", password="a long secret", role="admin", sponsor="KR"
        )
        candidate = create_user(session, email="c@example.org", password="a long secret", role="candidate")
        ids = []
        for index in range(vacancies):
            row = draft_vacancy(
                session,
                actor=admin,
                filename=SEED_002.name,
                data=SEED_002.read_bytes() + b" " * index,
                data_dir=tmp_path,
                max_bytes=1 << 24,
            )
            # No documents asked: these tests are about the rules of submitting (tests/api/test_checklist.py
            # holds seed 002 to its own list).
            replace_checklist(session, actor=admin, vacancy_id=row.id, checklist=Checklist())
            publish_vacancy(session, actor=admin, vacancy_id=row.id, now=BEFORE)
            ids.append(row.id)
        save_profile(
            session, user=candidate, document=make_profile(**profile).model_dump(mode="json", by_alias=True)
        )
    return candidate, ids


def _submit(
    engine: Engine, user: User, vacancy_id: int, key: str | None, now: datetime = BEFORE
) -> tuple[int, str, bool]:
    with unit_of_work(engine) as session:
        application, created = submit_application(
            session, user=user, vacancy_id=vacancy_id, motivation="Because.", idempotency_key=key, now=now
        )
        return application.id, application.receipt, created


def _count(engine: Engine) -> int:
    with unit_of_work(engine) as session:
        return session.scalar(select(func.count()).select_from(Application)) or 0


def test_submit_retry_and_duplicate(engine: Engine, tmp_path: Path) -> None:
    user, (vacancy,) = _setup(engine, tmp_path)
    first = _submit(engine, user, vacancy, "key-1")
    assert first[2] and first[1].startswith("JPO-2024-")
    assert _submit(engine, user, vacancy, "key-1") == (
        first[0],
        first[1],
        False,
    )  # same key: same application
    with pytest.raises(ConflictError):
        _submit(engine, user, vacancy, "key-2")  # another key, same vacancy
    assert _count(engine) == 1


def test_deadline_is_enforced_on_the_server_clock(engine: Engine, tmp_path: Path) -> None:
    user, (vacancy,) = _setup(engine, tmp_path)
    with pytest.raises(ConflictError, match="closed"):
        _submit(engine, user, vacancy, "late", now=datetime(2024, 8, 9, 15, 0, tzinfo=UTC))
    assert _count(engine) == 0


def test_ineligible_is_refused_with_the_failing_criteria(engine: Engine, tmp_path: Path) -> None:
    user, (vacancy,) = _setup(engine, tmp_path, nationalities=["FR"])
    with pytest.raises(IneligibleError, match="nationality"):
        _submit(engine, user, vacancy, "k")
    assert _count(engine) == 0


def test_undecided_is_accepted_for_review(engine: Engine, tmp_path: Path) -> None:
    user, (vacancy,) = _setup(engine, tmp_path, language_tests=None)
    _submit(engine, user, vacancy, "k")
    with unit_of_work(engine) as session:
        assert session.scalars(select(Application.status)).one() == "needs_review"


def test_yearly_limit_of_the_sponsor(engine: Engine, tmp_path: Path) -> None:
    user, ids = _setup(engine, tmp_path, vacancies=3)
    _submit(engine, user, ids[0], "a")
    second = _submit(engine, user, ids[1], "b")
    with pytest.raises(ConflictError, match="2 applications"):
        _submit(engine, user, ids[2], "c")
    with unit_of_work(engine) as session:
        withdraw_application(session, user=user, application_id=second[0])
    _submit(engine, user, ids[2], "c")  # a withdrawn application no longer counts


def _race(engine: Engine, user: User, vacancy: int, keys: list[str]) -> list[str]:
    def attempt(key: str) -> str:
        try:
            return "created" if _submit(engine, user, vacancy, key)[2] else "replayed"
        except JpoError as error:
            return error.code
        except Exception as error:  # a database error under contention is a failure of the rules
            return f"error: {error}"

    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(attempt, keys))


def test_parallel_retries_of_one_submission_create_one_application(engine: Engine, tmp_path: Path) -> None:
    user, (vacancy,) = _setup(engine, tmp_path)
    outcomes = _race(engine, user, vacancy, ["same-key"] * 12)
    assert outcomes.count("created") == 1 and set(outcomes) <= {"created", "replayed"}, outcomes
    assert _count(engine) == 1


def test_parallel_submissions_with_different_keys_create_one_application(
    engine: Engine, tmp_path: Path
) -> None:
    user, (vacancy,) = _setup(engine, tmp_path)
    outcomes = _race(engine, user, vacancy, [f"key-{i}" for i in range(12)])
    assert outcomes.count("created") == 1 and set(outcomes) <= {"created", "already-applied"}, outcomes
    assert _count(engine) == 1


def test_parallel_submissions_to_many_vacancies_respect_the_yearly_limit(
    engine: Engine, tmp_path: Path
) -> None:
    user, ids = _setup(engine, tmp_path, vacancies=6)  # seed 002's programme allows 2 a year

    def attempt(vacancy: int) -> str:
        try:
            _submit(engine, user, vacancy, f"key-{vacancy}")
            return "created"
        except JpoError as error:
            return error.code

    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = list(pool.map(attempt, ids))
    assert sorted(outcomes) == ["application-limit"] * 4 + ["created"] * 2, outcomes
    assert _count(engine) == 2
