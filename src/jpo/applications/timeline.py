"""What a candidate is told of their application's progress: its statuses, from the audit events of its
transitions, as stages with the day each began. Pure: staff's reasons and who decided are never read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Literal, Protocol

from jpo.applications.states import FINAL

Stage = Literal[
    "submitted", "under_review", "not_eligible", "longlisted", "shortlisted", "written_assessment",
    "interviewed", "decision", "offer", "accepted", "declined", "lapsed", "not_selected", "withdrawn",
]  # fmt: skip
State = Literal["done", "current", "upcoming"]

# The candidate's words for the statuses: screening and staff's checks are one "under review"; the panel's
# recommendation, the host agency's selection and the donor's confirmation stay "interviewed" until the
# offer is made (or the candidate is not selected): candidates see "Interview", then "Decision".
STAGE_OF: Final[dict[str, Stage]] = {
    "submitted": "submitted", "needs_review": "under_review", "eligible": "under_review",
    "ineligible": "not_eligible", "longlisted": "longlisted", "shortlisted": "shortlisted",
    "assessed": "written_assessment", "interviewed": "interviewed", "recommended": "interviewed",
    "selected": "interviewed", "confirmed": "interviewed", "offered": "offer", "accepted": "accepted",
    "declined": "declined", "not_selected": "not_selected", "withdrawn": "withdrawn",
}  # fmt: skip
# The stages an application goes through when it goes all the way (the last one, the decision). The written
# assessment is optional per vacancy: shown once reached, never as a stage to come.
PATH: Final[tuple[Stage, ...]] = (
    "submitted", "under_review", "longlisted", "shortlisted", "written_assessment", "interviewed", "decision",
)  # fmt: skip
OPTIONAL: Final = frozenset({"written_assessment"})
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


def _stage_after(event: Event) -> Stage | None:
    """The stage an event moved the application to: an offer ended by the system has lapsed."""
    detail = event.detail or {}
    if (
        event.action == "application.transition"
        and detail.get("from") == "offered"
        and detail.get("to") == "not_selected"
    ):
        return "lapsed"
    status = _status_after(event)
    return stage_of(status) if status is not None else None


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
        stage = _stage_after(event)
        if stage is not None and stage != reached[-1][0]:
            reached.append((stage, event.at))
    return reached


def timeline(events: Iterable[Event], *, status: str, submitted_at: datetime) -> list[Step]:
    """The application's stages, oldest first: those reached with their dates, the current one last
    reached (its current `status` if the events do not say it, dated unknown), then the stages still to
    come while it is on its way."""
    reached = _reached([e for e in events if e.action in ACTIONS], submitted_at)
    current = stage_of(status)
    if current == "not_selected" and reached[-1][0] == "lapsed":
        current = "lapsed"
    if reached[-1][0] != current:
        reached.append((current, None))
    steps = [Step(stage, at, "done") for stage, at in reached[:-1]]
    steps.append(Step(current, reached[-1][1], "current"))
    if status not in FINAL and current in PATH:
        steps += [
            Step(stage, None, "upcoming")
            for stage in PATH[PATH.index(current) + 1 :]
            if stage not in OPTIONAL
        ]
    return steps
