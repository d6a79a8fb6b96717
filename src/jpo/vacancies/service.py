"""Vacancy workflow (draft → published → closed) for programme admins; flushes, never commits."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from jpo.applications.checklist import checklist_of
from jpo.audit.trail import record
from jpo.authz import may_see_vacancy, require_manage_sponsor, require_manage_vacancy
from jpo.contracts.text import forbidden_character
from jpo.contracts.vacancy import Vacancy, VacancyEdit
from jpo.db.models import User, VacancyRow
from jpo.db.session import start_writing
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.files.store import put
from jpo.profiles.vectors import vectors_when_published
from jpo.vacancy.extract import SUFFIXES
from jpo.vacancy.parse import parse_bytes


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
    if forbidden_character(filename):
        raise InputError("file: the file's name holds a control character (such as NUL)", field="file")
    fmt = SUFFIXES.get(Path(filename).suffix.lower())
    if fmt is None:
        raise InputError(
            f"{filename}: unsupported file type (expected one of {', '.join(sorted(SUFFIXES))})", field="file"
        )
    vacancy = parse_bytes(data, fmt, max_bytes=max_bytes)  # slow: before the unit of work writes
    require_manage_sponsor(actor, vacancy.sponsor_country)
    start_writing(session)
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
    """The document with `changes` applied; the parser's sources, confidence and warnings for them no
    longer hold."""
    merged = _merge(document, changes)
    if "sources" not in changes:
        merged["sources"] = {
            path: span
            for path, span in (merged.get("sources") or {}).items()
            if path.split(".")[0] not in changes
        }
    if "confidence" not in changes:
        merged["confidence"] = {
            path: level
            for path, level in (merged.get("confidence") or {}).items()
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


def visible_vacancy(session: Session, *, viewer: User | None, vacancy_id: int) -> VacancyRow:
    """A published or closed vacancy for anyone; a draft only for the admins who manage it."""
    row = session.get(VacancyRow, vacancy_id)
    if row is None or not may_see_vacancy(viewer, row):
        raise NotFoundError(f"vacancy {vacancy_id} not found")
    return row


def _invalid(error: ValidationError) -> InputError:
    """The first problem of a refused document, as one line naming its field (a dotted path)."""
    first = error.errors()[0]
    field = ".".join(map(str, first["loc"])) or None
    return InputError(f"{field or 'vacancy'}: {first['msg']}", field=field)


def edit_vacancy(
    session: Session, *, actor: User, vacancy_id: int, changes: VacancyEdit | dict[str, Any]
) -> VacancyRow:
    """Correct parsed fields (a `VacancyEdit`, or its JSON); each change is audited with before and after.
    The corrected document must still be a valid jpo.vacancy/1 (InputError naming the field if not)."""
    row = get_vacancy(session, vacancy_id)
    require_manage_vacancy(actor, row)
    if row.status == "closed":
        raise ConflictError(f"vacancy {vacancy_id} is closed")
    try:
        edit = changes if isinstance(changes, VacancyEdit) else VacancyEdit.model_validate(changes)
        given = edit.changes()
        vacancy = Vacancy.model_validate(_corrected(row.document, given))
    except ValidationError as error:
        raise _invalid(error) from error
    before = {key: row.document.get(key) for key in given}
    _columns(row, vacancy)
    require_manage_vacancy(actor, row)  # an admin cannot move a vacancy out of their scope
    record(session, actor_id=actor.id, action="vacancy.edited", subject_type="vacancy", subject_id=row.id,
           detail={"before": before, "after": {key: row.document.get(key) for key in given}})  # fmt: skip
    return row


def _move(
    session: Session, *, actor: User, vacancy_id: int, start: str, end: str,
    detail: dict[str, Any] | None = None,
) -> VacancyRow:  # fmt: skip
    row = get_vacancy(session, vacancy_id)
    require_manage_vacancy(actor, row)
    if row.status != start:
        raise ConflictError(f"vacancy {vacancy_id} is {row.status}, not {start}")
    row.status = end
    record(session, actor_id=actor.id, action=f"vacancy.{end}", subject_type="vacancy", subject_id=row.id,
           detail=detail)  # fmt: skip
    return row


def publish_vacancy(session: Session, *, actor: User, vacancy_id: int, now: datetime) -> VacancyRow:
    """Make a draft public; it needs a deadline still ahead (candidates must know when it closes)."""
    row = get_vacancy(session, vacancy_id)
    require_manage_vacancy(actor, row)
    if row.status == "draft" and row.closing_utc is None:
        raise InputError("closing: set the deadline before publishing", code="no-deadline", field="closing")
    if row.status == "draft" and row.closing_utc is not None and row.closing_utc <= now:
        raise InputError(
            "closing: the deadline has passed; set a later one before publishing",
            code="past-deadline",
            field="closing",
        )
    detail = None
    if row.status == "draft" and row.checklist is None:  # publishing confirms the checklist proposed
        row.checklist = checklist_of(None, row.document).model_dump(mode="json")
        detail = {"checklist": row.checklist}
    row = _move(session, actor=actor, vacancy_id=vacancy_id, start="draft", end="published", detail=detail)
    vectors_when_published(session, vacancy_id)  # after the commit: its first ranking then embeds nothing
    return row


def close_vacancy(session: Session, *, actor: User, vacancy_id: int) -> VacancyRow:
    """Stop taking applications and take the vacancy off the public list of open posts."""
    return _move(session, actor=actor, vacancy_id=vacancy_id, start="published", end="closed")
