"""A recruitment's stages for the fairness audit: which stage each application reached, from the
statuses it held (its transitions), and the people of each stage as the audit reads them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from jpo.fairness.audit import Person

# The stages audited, in order; an application reached a stage when it held that status, or one past it.
STAGES: Final = (
    "eligible",
    "longlisted",
    "shortlisted",
    "assessed",
    "interviewed",
    "recommended",
    "selected",
)
_AFTER: Final[dict[str, frozenset[str]]] = {
    "eligible": frozenset(STAGES[1:]) | {"confirmed", "offered", "accepted", "declined"},
    "longlisted": frozenset(STAGES[2:]) | {"confirmed", "offered", "accepted", "declined"},
    "shortlisted": frozenset(STAGES[3:]) | {"confirmed", "offered", "accepted", "declined"},
    # a written assessment is optional: only those who sat one reached it
    "assessed": frozenset(),
    "interviewed": frozenset(STAGES[5:]) | {"confirmed", "offered", "accepted", "declined"},
    "recommended": frozenset({"selected", "confirmed", "offered", "accepted", "declined"}),
    "selected": frozenset({"confirmed", "offered", "accepted", "declined"}),
}


def reached(stage: str, held: Iterable[str]) -> bool:
    """Whether an application that held the statuses `held` reached `stage`."""
    statuses = set(held)
    return stage in statuses or bool(statuses & _AFTER[stage])


def people_at(
    stage: str, applicants: Iterable[tuple[Mapping[str, str | None], Iterable[str]]]
) -> list[Person]:
    """Every applicant (categories, statuses held), selected when they reached `stage`."""
    return [Person(categories, reached(stage, held)) for categories, held in applicants]
