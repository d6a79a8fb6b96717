"""The life of an application: statuses, who may move it where, and when a reason is required."""

from __future__ import annotations

from typing import Literal

Status = Literal[
    "submitted", "withdrawn", "eligible", "ineligible", "needs_review", "longlisted", "shortlisted",
    "assessed", "interviewed", "recommended", "selected", "confirmed", "offered", "accepted", "declined",
    "not_selected",
]  # fmt: skip
# Who moves an application: the candidate; staff through the reviewer's pages (screening and lists);
# the system (the eligibility engine, an assessment's final marks, an offer's reply-by date passing);
# the interview panel (through its sheet and recommendation); the host agency, which selects; the donor
# programme, which confirms the selection and makes the offer. Each service checks who its user is.
Actor = Literal["candidate", "staff", "system", "panel", "host", "donor"]

# status -> statuses it may move to, by whom.
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
    # A written assessment is optional per vacancy: without one, the panel interviews the shortlist.
    "shortlisted": {
        "withdrawn": "candidate",
        "assessed": "system",
        "interviewed": "panel",
        "not_selected": "staff",
    },
    "assessed": {"withdrawn": "candidate", "interviewed": "panel", "not_selected": "staff"},
    # The panel's recommendation: recommended (with or without reservations) or not.
    "interviewed": {"withdrawn": "candidate", "recommended": "panel", "not_selected": "panel"},
    # Recommended candidates not selected stay so until the recruitment ends (the next may be offered).
    "recommended": {"withdrawn": "candidate", "selected": "host", "not_selected": "host"},
    "selected": {"withdrawn": "candidate", "confirmed": "donor", "not_selected": "donor"},
    "confirmed": {"withdrawn": "candidate", "offered": "donor"},
    # An offer not answered by its reply-by date lapses: the system ends the application (`selection`).
    "offered": {"accepted": "candidate", "declined": "candidate", "not_selected": "system"},
    "accepted": {},
    "declined": {},
    "not_selected": {},
    "withdrawn": {},
}
FINAL = frozenset(status for status, moves in TRANSITIONS.items() if not moves)
# The statuses a `status_changed` e-mail tells the candidate of: shortlisted, the one stage a candidate sees
# that has no e-mail of its own (assessment and interview invitations, the offer and the outcome do).
TOLD_STATUSES = frozenset({"shortlisted"})
# Statuses a recruitment has finished with for good, for a candidate: they are told of the outcome.
UNSUCCESSFUL = frozenset({"not_selected", "declined"})


def allowed(current: str, target: str, actor: Actor) -> bool:
    """Whether `actor` may move an application from `current` to `target`."""
    return TRANSITIONS.get(current, {}).get(target) == actor


def next_statuses(current: str, actor: Actor) -> list[str]:
    """Where `actor` may move an application that is `current`."""
    return sorted(target for target, who in TRANSITIONS.get(current, {}).items() if who == actor)
