"""One move of an application along its allowed transitions, by any party (staff, the panel, the host
agency, the donor programme, the candidate, the system), audited with its actor and reason; the
candidate's timeline reads these events. `required_reason` is the one check of a reason a person must
give (a decision, a contest and its answer, a change of a ranking's weights). Callers check who their
user is first; flushes, never commits."""

from __future__ import annotations

from sqlalchemy.orm import Session

from jpo.applications.states import Actor, allowed, next_statuses
from jpo.audit.trail import record
from jpo.contracts.text import forbidden_character
from jpo.db.models import Application
from jpo.errors import ConflictError, InputError

REASON_MAX_LENGTH = 4000  # characters of the reason for a decision, on every edge


def required_reason(value: str | None, field: str, *, missing: str = "say why") -> str:
    """`value` stripped, or InputError naming `field`: empty (`"{field}: {missing}"`), longer than
    REASON_MAX_LENGTH, or holding a control character."""
    reason = (value or "").strip()
    if not reason:
        raise InputError(f"{field}: {missing}", field=field)
    if len(reason) > REASON_MAX_LENGTH:
        raise InputError(f"{field}: at most {REASON_MAX_LENGTH} characters", field=field)
    if forbidden_character(reason):
        raise InputError(f"{field}: remove the control characters", field=field)
    return reason


def move(
    session: Session, *, application: Application, to: str, actor: Actor, by: int | None, reason: str | None
) -> Application:
    """Move `application` to `to` as `actor` (user id `by`, None for the system); a reason is required of
    every party but the system and the candidate. ConflictError (code transition-not-allowed) when the
    table does not allow the move from the application's current status."""
    reason = (reason or "").strip()
    if reason or actor not in ("system", "candidate"):
        reason = required_reason(reason, "reason", missing="a decision about an application needs a reason")
    if not allowed(application.status, to, actor):
        options = ", ".join(next_statuses(application.status, actor)) or "none"
        raise ConflictError(
            f"an application that is {application.status} cannot move to {to} (allowed: {options})",
            code="transition-not-allowed",
        )
    before = application.status
    application.status = to
    record(session, actor_id=by, action="application.transition", subject_type="application",
           subject_id=application.id, reason=reason or None,
           detail={"from": before, "to": to, "by": actor})  # fmt: skip
    return application
