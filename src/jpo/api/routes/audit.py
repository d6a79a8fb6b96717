"""The audit trail, read-only, for auditors."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from jpo.api.deps import Auditor
from jpo.api.schemas import AuditEventRead
from jpo.contracts.text import Text
from jpo.db.repositories import audit_events
from jpo.http.deps import MAX_ID, DbSession

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get("/events", response_model=list[AuditEventRead])
def events(
    auditor: Auditor,
    session: DbSession,
    subject_type: Annotated[Text | None, Query(max_length=24)] = None,
    subject_id: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    before_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
) -> list[AuditEventRead]:
    """Events newest first: state changes, edits and staff reads of personal data (who, when, why)."""
    rows = audit_events(
        session, subject_type=subject_type, subject_id=subject_id, limit=limit, before_id=before_id
    )
    return [AuditEventRead.model_validate(row, from_attributes=True) for row in rows]
