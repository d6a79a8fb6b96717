"""What a candidate is told of their application's progress: its statuses, from the audit events of its
transitions, as stages with the day each began. Pure: staff's reasons and who decided are never read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Literal, Protocol

from jpo.applications.states import FINAL

Stage = Literal[
    "submitted", "under_review", "not_eligible", "longlisted", "shortlisted", "interviewed", "selected",
    "not_selected", "withdrawn",
]  # fmt: skip
State = Literal["done", "current", "upcoming"]

# The candidate's words for the statuses: screening and staff's checks are one "under review", and a
# recommendation stays the panel's until the decision ("interviewed" until then).
STAGE_OF: Final[dict[str, Stage]] = {
    "submitted": "submitted", "needs_review": "under_review", "eligible": "under_review",
    "ineligible": "not_eligible", "longlisted": "longlisted", "shortlisted": "shortlisted",
    "interviewed": "interviewed", "recommended": "interviewed", "selected": "selected",
    "not_selected": "not_selected", "withdrawn": "withdrawn",
}  # fmt: skip
# The stages an application goes through when it goes all the way (the last one, the decision).
PATH: Final[tuple[Stage, ...]] = ("submitted", "under_review", "longlisted", "shortlisted", "interviewed",
                                  "selected")  # fmt: skip
ACTIONS: Final = ("application.submitted", "application.transition", "application.withdrawn")


class Event(Protocol):
    """An audit event about the application (`jpo.db.models.AuditEvent` is one)."""

    @property
    def action(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def detail(self) -> Mapping[str, Any] | None: ...


@dataclass(frozen=True, slots=True)
class Step:
    """A stage of the timeline: `at` when it began (None for one still to come, or a date unknown)."""

    stage: Stage
    at: datetime | None
    state: State


def stage_of(status: str) -> Stage:
    """The stage a candidate is told of for an application's `status`."""
    return STAGE_OF.get(status, "under_review")


def _status_after(event: Event) -> str | None:
    detail = event.detail or {}
    if event.action == "application.withdrawn":
        return "withdrawn"
    if event.action == "application.transition":
        return str(detail["to"]) if detail.get("to") else None
    return str(detail["status"]) if event.action == "application.submitted" and detail.get("status") else None


def _reached(events: Iterable[Event], submitted_at: datetime) -> list[tuple[Stage, datetime | None]]:
    """Each stage reached, oldest first, with when; a stage repeated in a row counts once, from its first."""
    reached: list[tuple[Stage, datetime | None]] = [("submitted", submitted_at)]
    for event in sorted(events, key=lambda e: e.at):
        status = _status_after(event)
        if status is not None and stage_of(status) != reached[-1][0]:
            reached.append((stage_of(status), event.at))
    return reached


def timeline(events: Iterable[Event], *, status: str, submitted_at: datetime) -> list[Step]:
    """The application's stages, oldest first: those reached with their dates, the current one last
    reached (its current `status` if the events do not say it, dated unknown), then the stages still to
    come while it is on its way."""
    reached = _reached([e for e in events if e.action in ACTIONS], submitted_at)
    current = stage_of(status)
    if reached[-1][0] != current:
        reached.append((current, None))
    steps = [Step(stage, at, "done") for stage, at in reached[:-1]]
    steps.append(Step(current, reached[-1][1], "current"))
    if status not in FINAL and current in PATH:
        steps += [Step(stage, None, "upcoming") for stage in PATH[PATH.index(current) + 1 :]]
    return steps
