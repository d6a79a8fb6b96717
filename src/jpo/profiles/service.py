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


def _kept(profile: Profile) -> dict[str, Any]:
    # Data minimisation: only the contract's fields, each with a purpose (eligibility, matching, or the
    # name written on receipts and letters), are kept; anything else sent along (a photo, ...) is not.
    return profile.model_dump(mode="json", by_alias=True, exclude=set(profile.model_extra or {}))


def _canonical(document: dict[str, Any]) -> dict[str, Any] | None:
    """A stored document as it would be kept today (fields added since then filled in), or None when it
    no longer passes the contract."""
    try:
        return _kept(Profile.model_validate(document))
    except ValidationError:
        return None


def _unchanged(session: Session, user: User, profile: Profile) -> ProfileVersion | None:
    """The user's current version when `profile` would store exactly what it holds, else None."""
    current = current_profile(session, user.id)
    return current if current is not None and _canonical(current.document) == _kept(profile) else None


def save_profile(session: Session, *, user: User, document: dict[str, Any]) -> ProfileVersion:
    """Validate and store a new version of the user's profile; saving what the current version already
    holds stores nothing and returns that version."""
    profile = _validated(document)
    unchanged = _unchanged(session, user, profile)
    if unchanged is not None:
        return unchanged
    latest = session.scalar(select(func.max(ProfileVersion.version)).where(ProfileVersion.user_id == user.id))
    row = ProfileVersion(user_id=user.id, version=(latest or 0) + 1, document=_kept(profile))
    session.add(row)
    session.flush()
    record(session, actor_id=user.id, action="profile.saved", subject_type="profile", subject_id=row.id)
    return row


def save_profile_with_vectors(
    session: Session, *, user: User, document: dict[str, Any], now: datetime
) -> ProfileVersion:
    """Validate, embed the profile's sentences, then save the version and its vectors: the embedding
    (slow for a long profile) runs before the unit of work writes, so it holds no write lock. An
    unchanged profile writes nothing and returns the current version."""
    profile = _validated(document)
    unchanged = _unchanged(session, user, profile)
    if unchanged is not None:  # nothing to embed, nothing to write
        return unchanged
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
