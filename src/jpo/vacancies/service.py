"""Vacancy workflow (draft → published → closed) for programme admins; flushes, never commits."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import User, VacancyRow
from jpo.errors import ConflictError, ForbiddenError, InputError, NotFoundError
from jpo.files.store import put
from jpo.vacancy.extract import SUFFIXES
from jpo.vacancy.parse import parse_bytes


def _may_manage(user: User, vacancy_sponsor: str | None) -> None:  # raises; `may_manage` answers
    if user.role != "admin":
        raise ForbiddenError("only programme admins manage vacancies")
    if user.sponsor_country is not None and user.sponsor_country != vacancy_sponsor:
        raise ForbiddenError(f"this vacancy is not sponsored by {user.sponsor_country}")


def _columns(row: VacancyRow, vacancy: Vacancy) -> None:
    row.document = vacancy.model_dump(mode="json", by_alias=True)
    row.sponsor_country = vacancy.sponsor_country
    row.organization = vacancy.organization
    row.duty_station_country = vacancy.duty_station.country
    row.closing_utc = (
        datetime.fromisoformat(vacancy.closing.utc.replace("Z", "+00:00")) if vacancy.closing else None
    )


def draft_vacancy(
    session: Session, *, actor: User, filename: str, data: bytes, data_dir: Path, max_bytes: int
) -> VacancyRow:
    """A draft from an uploaded ToR: parsed, its original kept, the upload audited."""
    fmt = SUFFIXES.get(Path(filename).suffix.lower())
    if fmt is None:
        raise InputError(f"{filename}: unsupported file type (expected one of {', '.join(sorted(SUFFIXES))})")
    vacancy = parse_bytes(data, fmt, max_bytes=max_bytes)
    _may_manage(actor, vacancy.sponsor_country)
    vacancy.source_file = Path(filename).name
    row = VacancyRow(status="draft", source_sha256=put(data_dir, data))
    _columns(row, vacancy)
    session.add(row)
    session.flush()
    record(session, actor_id=actor.id, action="vacancy.drafted", subject_type="vacancy", subject_id=row.id,
           detail={"file": vacancy.source_file, "warnings": len(vacancy.warnings)})  # fmt: skip
    return row


_REPLACED_WHOLE = frozenset({"closing"})  # its parts only make sense together (utc, local, zone, text)


def _merge(document: dict[str, Any], changes: dict[str, Any], top: bool = True) -> dict[str, Any]:
    merged = dict(document)
    for key, value in changes.items():
        nested = isinstance(value, dict) and isinstance(merged.get(key), dict)
        whole = top and key in _REPLACED_WHOLE
        merged[key] = _merge(merged[key], value, top=False) if nested and not whole else value
    return merged


def _corrected(document: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The document with `changes` applied; the parser's sources and warnings for them no longer hold."""
    merged = _merge(document, changes)
    if "sources" not in changes:
        merged["sources"] = {
            path: span
            for path, span in (merged.get("sources") or {}).items()
            if path.split(".")[0] not in changes
        }
    if "warnings" not in changes:
        merged["warnings"] = [
            w for w in merged.get("warnings") or [] if str(w.get("field", "")).split(".")[0] not in changes
        ]
    return merged


def get_vacancy(session: Session, vacancy_id: int) -> VacancyRow:
    row = session.get(VacancyRow, vacancy_id)
    if row is None:
        raise NotFoundError(f"vacancy {vacancy_id} not found")
    return row


def may_manage(user: User | None, row: VacancyRow) -> bool:
    """Whether `user` is a programme admin whose scope covers this vacancy."""
    return (
        user is not None
        and user.role == "admin"
        and (user.sponsor_country is None or user.sponsor_country == row.sponsor_country)
    )


def visible_vacancy(session: Session, *, viewer: User | None, vacancy_id: int) -> VacancyRow:
    """A published or closed vacancy for anyone; a draft only for the admins who manage it."""
    row = session.get(VacancyRow, vacancy_id)
    if row is None or (row.status == "draft" and not may_manage(viewer, row)):
        raise NotFoundError(f"vacancy {vacancy_id} not found")
    return row


def edit_vacancy(session: Session, *, actor: User, vacancy_id: int, changes: dict[str, Any]) -> VacancyRow:
    """Correct parsed fields (a partial jpo.vacancy/1); each change is audited with before and after."""
    row = get_vacancy(session, vacancy_id)
    _may_manage(actor, row.sponsor_country)
    if row.status == "closed":
        raise ConflictError(f"vacancy {vacancy_id} is closed")
    try:
        vacancy = Vacancy.model_validate(_corrected(row.document, changes))
    except ValidationError as error:
        first = error.errors()[0]
        raise InputError(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from error
    before = {key: row.document.get(key) for key in changes}
    _columns(row, vacancy)
    _may_manage(actor, row.sponsor_country)  # an admin cannot move a vacancy out of their scope
    record(session, actor_id=actor.id, action="vacancy.edited", subject_type="vacancy", subject_id=row.id,
           detail={"before": before, "after": {key: row.document.get(key) for key in changes}})  # fmt: skip
    return row


def _move(session: Session, *, actor: User, vacancy_id: int, start: str, end: str) -> VacancyRow:
    row = get_vacancy(session, vacancy_id)
    _may_manage(actor, row.sponsor_country)
    if row.status != start:
        raise ConflictError(f"vacancy {vacancy_id} is {row.status}, not {start}")
    row.status = end
    record(session, actor_id=actor.id, action=f"vacancy.{end}", subject_type="vacancy", subject_id=row.id)
    return row


def publish_vacancy(session: Session, *, actor: User, vacancy_id: int, now: datetime) -> VacancyRow:
    """Make a draft public; it needs a deadline still ahead (candidates must know when it closes)."""
    row = get_vacancy(session, vacancy_id)
    _may_manage(actor, row.sponsor_country)
    if row.status == "draft" and row.closing_utc is None:
        raise InputError("closing: set the deadline before publishing", code="no-deadline")
    if row.status == "draft" and row.closing_utc is not None and row.closing_utc <= now:
        raise InputError(
            "closing: the deadline has passed; set a later one before publishing", code="past-deadline"
        )
    return _move(session, actor=actor, vacancy_id=vacancy_id, start="draft", end="published")


def close_vacancy(session: Session, *, actor: User, vacancy_id: int) -> VacancyRow:
    """Stop taking applications and take the vacancy off the public list of open posts."""
    return _move(session, actor=actor, vacancy_id=vacancy_id, start="published", end="closed")
