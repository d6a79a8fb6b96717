"""A vacancy of a test's own for the recruitment after the shortlist, made as an admin makes one: a seed
ToR drafted (its original kept), corrected, published and closed, so that every page of every role,
the admin's review beside the source included, renders it as it would a real one."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from jpo.db.models import VacancyRow
from jpo.db.repositories import user_by_email
from jpo.demo.setup import future_closing, seed_files
from jpo.users.service import create_user
from jpo.vacancies.service import close_vacancy, draft_vacancy, edit_vacancy, publish_vacancy

SEED = "003"  # OHCHR, Geneva (Europe/Zurich), sponsored by the Republic of Korea
ADMIN = "admin@demo.jpo.example"


def closed_vacancy(
    session: Session, *, data_dir: Path, now: datetime, changes: dict[str, Any] | None = None
) -> VacancyRow:
    """Seed 003 drafted from its ToR with a line of its own (a vacancy apart from the demo's), corrected by
    `changes` (a title, competencies…), published and closed at `now`, by the demo's unscoped admin (made
    when the database has none)."""
    admin = user_by_email(session, ADMIN) or create_user(
        session, email=ADMIN, password=secrets.token_hex(16), role="admin"
    )
    path = next(p for p in seed_files() if p.name.startswith(SEED))
    data = path.read_bytes() + f"\n[Test vacancy {secrets.token_hex(6)}]\n".encode()
    row = draft_vacancy(session, actor=admin, filename=path.name, data=data, data_dir=data_dir,
                        max_bytes=10_000_000)  # fmt: skip
    closing = future_closing(row.document, 1, now)
    edit_vacancy(session, actor=admin, vacancy_id=row.id, changes={"closing": closing, **(changes or {})})
    publish_vacancy(session, actor=admin, vacancy_id=row.id, now=now - timedelta(seconds=1))
    close_vacancy(session, actor=admin, vacancy_id=row.id)
    return row


def data_dir_of(sqlite_url: str) -> Path:
    """The data folder of a service whose database is the SQLite file at `sqlite_url` (its files beside it)."""
    return Path(sqlite_url.removeprefix("sqlite:///")).parent
