"""The life of an application: statuses, who may move it where, and when a reason is required."""

from __future__ import annotations

from typing import Literal

Status = Literal[
    "submitted", "withdrawn", "eligible", "ineligible", "needs_review", "longlisted", "shortlisted",
    "interviewed", "recommended", "selected", "not_selected",
]  # fmt: skip
Actor = Literal["candidate", "staff", "system"]

# status -> statuses it may move to, by whom. Screening (the eligibility engine) is the system's.
TRANSITIONS: dict[str, dict[str, Actor]] = {
    "submitted": {
        "withdrawn": "candidate",
        "eligible": "system",
        "ineligible": "system",
        "needs_review": "system",
    },
    "needs_review": {"withdrawn": "candidate", "eligible": "staff", "ineligible": "staff"},
    "eligible": {"withdrawn": "candidate", "longlisted": "staff", "not_selected": "staff"},
    "ineligible": {"eligible": "staff"},  # a staff member may overrule the screening, with a reason
    "longlisted": {"withdrawn": "candidate", "shortlisted": "staff", "not_selected": "staff"},
    "shortlisted": {"withdrawn": "candidate", "interviewed": "staff", "not_selected": "staff"},
    "interviewed": {"withdrawn": "candidate", "recommended": "staff", "not_selected": "staff"},
    "recommended": {"withdrawn": "candidate", "selected": "staff", "not_selected": "staff"},
    "selected": {},
    "not_selected": {},
    "withdrawn": {},
}
FINAL = frozenset(status for status, moves in TRANSITIONS.items() if not moves)


def allowed(current: str, target: str, actor: Actor) -> bool:
    """Whether `actor` may move an application from `current` to `target`."""
    return TRANSITIONS.get(current, {}).get(target) == actor


def next_statuses(current: str, actor: Actor) -> list[str]:
    """Where `actor` may move an application that is `current`."""
    return sorted(target for target, who in TRANSITIONS.get(current, {}).items() if who == actor)
