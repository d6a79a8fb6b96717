"""A vacancy's document checklist: read (confirmed, or proposed from the ToR), confirmed or replaced by
the admins who manage the vacancy (audited with before and after); flushes, never commits."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from jpo.applications.checklist import Checklist, checklist_of
from jpo.audit.trail import record
from jpo.authz import require_manage_vacancy
from jpo.db.models import User, VacancyRow
from jpo.errors import ConflictError, InputError
from jpo.vacancies.service import get_vacancy


def vacancy_checklist(row: VacancyRow) -> Checklist:
    """The checklist candidates are held to: the confirmed one, else the proposal from the ToR."""
    return checklist_of(row.checklist, row.document)


def is_confirmed(row: VacancyRow) -> bool:
    return row.checklist is not None


def _valid(checklist: Checklist | dict[str, Any]) -> Checklist:
    if isinstance(checklist, Checklist):
        return checklist
    try:
        return Checklist.model_validate(checklist)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(map(str, ("checklist", *first["loc"])))
        raise InputError(f"{field}: {first['msg']}", field=field) from error


def replace_checklist(
    session: Session, *, actor: User, vacancy_id: int, checklist: Checklist | dict[str, Any]
) -> VacancyRow:
    """Confirm (or replace) the vacancy's checklist. Applications already made keep what they were
    checked against; a closed vacancy's checklist no longer changes."""
    row = get_vacancy(session, vacancy_id)
    require_manage_vacancy(actor, row)
    if row.status == "closed":
        raise ConflictError(f"vacancy {vacancy_id} is closed")
    confirmed = _valid(checklist).model_dump(mode="json")
    before = row.checklist
    row.checklist = confirmed
    record(session, actor_id=actor.id, action="vacancy.checklist", subject_type="vacancy", subject_id=row.id,
           detail={"before": before, "after": confirmed})  # fmt: skip
    return row
