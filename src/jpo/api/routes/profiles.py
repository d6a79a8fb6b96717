"""A candidate's own profile (versioned), the export of everything held about them, and erasure."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response, status

from jpo.api.deps import AnyUser, Candidate
from jpo.contracts.profile import Profile
from jpo.errors import NotFoundError
from jpo.http.deps import AppSettings, DbSession, Now, reads_first
from jpo.profiles.privacy import erase_user, export_data
from jpo.profiles.service import current_profile, save_profile_with_vectors

router = APIRouter(prefix="/profiles/me", tags=["profiles"])


@router.put("", response_model=dict[str, Any])
@reads_first
def save_my_profile(document: Profile, candidate: Candidate, session: DbSession, now: Now) -> dict[str, Any]:
    """Save a new version of the jpo.profile/1 document; earlier applications keep the version they used.
    A document equal to the current version stores nothing and answers that version."""
    document_json = document.model_dump(mode="json", by_alias=True)
    row = save_profile_with_vectors(session, user=candidate, document=document_json, now=now)
    return {"version": row.version, "profile": row.document, "not_kept": sorted(document.model_extra or {})}


@router.get("", response_model=dict[str, Any])
def my_profile(candidate: Candidate, session: DbSession) -> dict[str, Any]:
    row = current_profile(session, candidate.id)
    if row is None:
        raise NotFoundError("no profile saved yet")
    return {"version": row.version, "profile": row.document}


@router.get("/export", response_model=dict[str, Any])
def export_my_data(user: AnyUser, session: DbSession, now: Now) -> dict[str, Any]:
    """Everything jpo holds about the signed-in person, as one JSON document."""
    return export_data(session, user=user, now=now)


@router.delete("", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def erase_me(candidate: Candidate, session: DbSession, now: Now, settings: AppSettings) -> None:
    """Erase the account's personal data: profiles, applications, documents, e-mail and password."""
    erase_user(session, user=candidate, now=now, data_dir=settings.data_dir)
