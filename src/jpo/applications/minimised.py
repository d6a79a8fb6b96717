"""What staff may read of a candidate without learning who they are: the profile's substance (what the
ranker sees: studies, jobs, languages, skills) and the screening's statuses without its reasons, which
quote the birth date, nationality or service. Every other field is withheld unless listed here."""

from __future__ import annotations

from typing import Any

# The jpo.profile/1 fields staff may read, and the keys kept in each of their entries (None: as is). A
# degree's institution is left out with the rest: the ranker does not see it, and it often tells where
# someone comes from.
SUBSTANCE: dict[str, tuple[str, ...] | None] = {
    "education": ("level", "field", "completed", "enrolled"),
    "experience": ("title", "organization", "start", "end", "full_time", "description"),
    "languages": ("code", "level"),
    "skills": None,
}
CRITERION_KEYS = ("id", "status", "source")  # a criterion's `reason` and `reason_parts` quote the profile


def _entry(entry: object, keys: tuple[str, ...] | None) -> object:
    if keys is None or not isinstance(entry, dict):
        return entry
    return {key: entry[key] for key in keys if key in entry}


def substance_of(document: dict[str, Any]) -> dict[str, Any]:
    """The part of a jpo.profile/1 document staff may read (absent fields are unknown to them)."""
    kept: dict[str, Any] = {"schema": document["schema"]} if "schema" in document else {}
    for name, keys in SUBSTANCE.items():
        value = document.get(name)
        kept[name] = [_entry(entry, keys) for entry in value] if isinstance(value, list) else value
    return kept


def screening_of(verdict: dict[str, Any] | None) -> dict[str, Any] | None:
    """A stored jpo.eligibility/1 verdict as staff may read it: the outcome and each criterion's id,
    status and source, with the notes on rules jpo could not apply."""
    if verdict is None:
        return None
    criteria = verdict.get("criteria")
    return {
        "eligible": verdict.get("eligible"),
        "criteria": [
            {key: criterion.get(key) for key in CRITERION_KEYS}
            for criterion in (criteria if isinstance(criteria, list) else [])
            if isinstance(criterion, dict)
        ],
        "notes": verdict.get("notes") or [],
        "evaluated_on": verdict.get("evaluated_on"),
    }
