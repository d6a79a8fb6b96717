"""Saving and reading candidate profiles (jpo.profile/1), versioned; flushes, never commits."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.contracts.profile import Profile
from jpo.db.models import ProfileVersion, User
from jpo.errors import InputError
from jpo.profiles.vectors import embed_profile, save_new_vectors, service_embedder


def _validated(document: dict[str, Any]) -> Profile:
    try:
        return Profile.model_validate(document)
    except ValidationError as error:
        first = error.errors()[0]
        raise InputError(f"{'.'.join(map(str, first['loc'])) or 'profile'}: {first['msg']}") from error


def save_profile(session: Session, *, user: User, document: dict[str, Any]) -> ProfileVersion:
    """Validate and store a new version of the user's profile."""
    profile = _validated(document)
    latest = session.scalar(select(func.max(ProfileVersion.version)).where(ProfileVersion.user_id == user.id))
    # Data minimisation: only the contract's fields, each with a purpose (eligibility or matching),
    # are kept; anything else sent along (a name, a photo, ...) is not stored.
    kept = profile.model_dump(mode="json", by_alias=True, exclude=set(profile.model_extra or {}))
    row = ProfileVersion(user_id=user.id, version=(latest or 0) + 1, document=kept)
    session.add(row)
    session.flush()
    record(session, actor_id=user.id, action="profile.saved", subject_type="profile", subject_id=row.id)
    return row


def save_profile_with_vectors(
    session: Session, *, user: User, document: dict[str, Any], now: datetime
) -> ProfileVersion:
    """Validate, embed the profile's sentences, then save the version and its vectors: the embedding
    (slow for a long profile) runs before the unit of work writes, so it holds no write lock."""
    profile = _validated(document)
    embedder = service_embedder(session)
    embed_profile(embedder, profile, now.date())
    save_new_vectors(session, embedder)  # starts writing
    return save_profile(session, user=user, document=document)


def current_profile(session: Session, user_id: int) -> ProfileVersion | None:
    """The user's latest profile version."""
    return session.scalar(
        select(ProfileVersion)
        .where(ProfileVersion.user_id == user_id)
        .order_by(ProfileVersion.version.desc())
        .limit(1)
    )
