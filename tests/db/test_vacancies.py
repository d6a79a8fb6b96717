"""The vacancy workflow on every backend: draft from a ToR, scoped edits with audit, publish."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from jpo.db.models import AuditEvent, User, VacancyRow
from jpo.db.session import unit_of_work
from jpo.errors import ConflictError, ForbiddenError, InputError
from jpo.files.store import get
from jpo.users.service import create_user
from jpo.vacancies.service import draft_vacancy, edit_vacancy, publish_vacancy

SEED_002 = Path(str(files("jpo.demo").joinpath("seeds"))) / "002_225b0afb764ea097.txt"
LIMIT = 20 * 1024 * 1024


def _admins(engine: Engine) -> tuple[User, User, User]:
    with unit_of_work(engine) as session:
        korea = create_user(
            session, email="kr@example.org", password="a long secret", role="admin", sponsor="KR"
        )
        usa = create_user(
            session, email="us@example.org", password="a long secret", role="admin", sponsor="US"
        )
        centre = create_user(session, email="centre@example.org", password="a long secret", role="admin")
    return korea, usa, centre


def test_draft_edit_publish_with_audit(engine: Engine, tmp_path: Path) -> None:
    korea, _, _ = _admins(engine)
    data = SEED_002.read_bytes()
    with unit_of_work(engine) as session:
        row = draft_vacancy(
            session, actor=korea, filename=SEED_002.name, data=data, data_dir=tmp_path, max_bytes=LIMIT
        )
        vacancy_id = row.id
    assert get(tmp_path, row.source_sha256 or "") == data  # the original is kept
    with unit_of_work(engine) as session:
        edited = edit_vacancy(
            session,
            actor=korea,
            vacancy_id=vacancy_id,
            changes={
                "closing": {
                    "utc": "2030-01-01T00:00:00Z",
                    "local": "2030-01-01T09:00:00+09:00",
                    "timezone": "Asia/Seoul",
                }
            },
        )
        assert edited.document["closing"]["utc"] == "2030-01-01T00:00:00Z"
        assert edited.document["title"].startswith("JPO in Human Rights")  # untouched fields stay
        publish_vacancy(session, actor=korea, vacancy_id=vacancy_id, now=datetime(2029, 1, 1, tzinfo=UTC))
    with unit_of_work(engine) as session:
        row = session.get(VacancyRow, vacancy_id)
        assert row is not None and row.status == "published" and row.closing_utc is not None
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions == ["vacancy.drafted", "vacancy.edited", "vacancy.published"]
        edit = session.scalars(select(AuditEvent).where(AuditEvent.action == "vacancy.edited")).one()
        assert edit.detail["before"]["closing"]["utc"] == "2024-08-09T14:59:00Z"  # type: ignore[index]
    with pytest.raises(ConflictError), unit_of_work(engine) as session:
        publish_vacancy(session, actor=korea, vacancy_id=vacancy_id, now=datetime(2029, 1, 1, tzinfo=UTC))


def test_admins_are_scoped_to_their_sponsor(engine: Engine, tmp_path: Path) -> None:
    korea, usa, centre = _admins(engine)
    data = SEED_002.read_bytes()
    with pytest.raises(ForbiddenError), unit_of_work(engine) as session:
        draft_vacancy(
            session, actor=usa, filename=SEED_002.name, data=data, data_dir=tmp_path, max_bytes=LIMIT
        )
    with unit_of_work(engine) as session:
        assert session.scalars(select(VacancyRow)).all() == []  # nothing half-written
        vacancy_id = draft_vacancy(
            session, actor=centre, filename=SEED_002.name, data=data, data_dir=tmp_path, max_bytes=LIMIT
        ).id
    with pytest.raises(ForbiddenError), unit_of_work(engine) as session:
        edit_vacancy(session, actor=usa, vacancy_id=vacancy_id, changes={"title": "x"})
    with pytest.raises(ForbiddenError), unit_of_work(engine) as session:
        edit_vacancy(session, actor=korea, vacancy_id=vacancy_id, changes={"sponsor_country": "US"})


def test_bad_edits_and_uploads_change_nothing(engine: Engine, tmp_path: Path) -> None:
    korea, _, _ = _admins(engine)
    with unit_of_work(engine) as session:
        vacancy_id = draft_vacancy(
            session,
            actor=korea,
            filename=SEED_002.name,
            data=SEED_002.read_bytes(),
            data_dir=tmp_path,
            max_bytes=LIMIT,
        ).id
    with pytest.raises(InputError) as error, unit_of_work(engine) as session:
        edit_vacancy(session, actor=korea, vacancy_id=vacancy_id, changes={"duration_months": "long"})
    assert error.value.message.startswith("duration_months")
    with pytest.raises(InputError), unit_of_work(engine) as session:
        draft_vacancy(
            session, actor=korea, filename="tor.exe", data=b"MZ", data_dir=tmp_path, max_bytes=LIMIT
        )
    with unit_of_work(engine) as session:
        assert session.get(VacancyRow, vacancy_id).document["duration_months"] == 12  # type: ignore[union-attr]
        assert len(session.scalars(select(AuditEvent)).all()) == 1
