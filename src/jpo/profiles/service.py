"""Saving and reading candidate profiles (jpo.profile/1), versioned; flushes, never commits."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.contracts.profile import Profile
from jpo.db.models import ProfileVersion, User
from jpo.errors import InputError


def save_profile(session: Session, *, user: User, document: dict[str, Any]) -> ProfileVersion:
    """Validate and store a new version of the user's profile."""
    try:
        profile = Profile.model_validate(document)
    except ValidationError as error:
        first = error.errors()[0]
        raise InputError(f"{'.'.join(map(str, first['loc'])) or 'profile'}: {first['msg']}") from error
    latest = session.scalar(select(func.max(ProfileVersion.version)).where(ProfileVersion.user_id == user.id))
    # Data minimisation: only the contract's fields, each with a purpose (eligibility or matching),
    # are kept; anything else sent along (a name, a photo, ...) is not stored.
    kept = profile.model_dump(mode="json", by_alias=True, exclude=set(profile.model_extra or {}))
    row = ProfileVersion(user_id=user.id, version=(latest or 0) + 1, document=kept)
    session.add(row)
    session.flush()
    record(session, actor_id=user.id, action="profile.saved", subject_type="profile", subject_id=row.id)
    return row


def current_profile(session: Session, user_id: int) -> ProfileVersion | None:
    """The user's latest profile version."""
    return session.scalar(
        select(ProfileVersion)
        .where(ProfileVersion.user_id == user_id)
        .order_by(ProfileVersion.version.desc())
        .limit(1)
    )
