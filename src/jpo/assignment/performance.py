"""The performance evaluation cycles of an assignment, in the manner of the UN's e-performance: each year
a mid-point review (a conversation on progress: comments required, ratings optional) and an end-of-cycle
evaluation (every objective of the work plan and every competency of the ToR rated on the UN scale, with an
overall rating). The JPO writes a self-assessment, the supervisor rates and comments, the JPO comments and
acknowledges, or, for an end-of-cycle rating they disagree with, rebuts it within `REBUTTAL_DAYS`; a donor
programme's admin answers the rebuttal (upheld, or revised with a new overall rating), with a reason."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final, Literal

from jpo.assignment.calendar import cycles, final_due, midpoint_due
from jpo.assignment.scale import RATINGS

Kind = Literal["midpoint", "final"]
Status = Literal["open", "self_assessed", "rated", "acknowledged", "rebutted", "closed"]

KINDS: Final[tuple[Kind, ...]] = ("midpoint", "final")
OPENS_BEFORE: Final[dict[Kind, int]] = {"midpoint": 30, "final": 60}  # days before its due date
SELF_ASSESSMENT_BEFORE: Final = 14  # the self-assessment is due this long before the evaluation
ACKNOWLEDGE_DAYS: Final = 14  # the JPO acknowledges within this long of the rating
REBUTTAL_DAYS: Final = 30  # an end-of-cycle rating may be rebutted this long after it was given
ANSWER_DAYS: Final = 30  # the donor answers a rebuttal within this long
TEXT_MAX: Final = 10_000  # a self-assessment, a comment, a rebuttal, an answer


class PerformanceRuleError(ValueError):
    """What the rules refuse, and the input (`field`) it is about."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Scheduled:
    """One evaluation of the assignment's calendar: open from `opens_on`, due on `due_on`."""

    cycle: int
    kind: Kind
    opens_on: date
    due_on: date


def _scheduled(cycle: int, kind: Kind, due_on: date) -> Scheduled:
    return Scheduled(cycle, kind, due_on - timedelta(days=OPENS_BEFORE[kind]), due_on)


def schedule(starts_on: date, ends_on: date) -> list[Scheduled]:
    """Every evaluation the assignment has, in order: per year a mid-point review (when the year reaches
    its middle before the end) and an end-of-cycle evaluation (at the year's end, or the assignment's)."""
    found = []
    for cycle in range(1, cycles(starts_on, ends_on) + 1):
        middle = midpoint_due(starts_on, cycle)
        if middle < ends_on:
            found.append(
                Scheduled(cycle, "midpoint", middle - timedelta(days=OPENS_BEFORE["midpoint"]), middle)
            )
        last = min(final_due(starts_on, cycle), ends_on)
        found.append(Scheduled(cycle, "final", last - timedelta(days=OPENS_BEFORE["final"]), last))
    return found


def self_assessment_due(due_on: date) -> date:
    return due_on - timedelta(days=SELF_ASSESSMENT_BEFORE)


def may_rate(status: str, due_on: date, today: date) -> bool:
    """The supervisor rates once the self-assessment is in, or once it was due and did not come."""
    return status == "self_assessed" or (status == "open" and today > self_assessment_due(due_on))


def may_rebut(kind: str, status: str, rated_at: datetime | None, now: datetime) -> bool:
    """An end-of-cycle rating, rated or acknowledged, within `REBUTTAL_DAYS` of the rating."""
    return (
        kind == "final"
        and status in ("rated", "acknowledged")
        and rated_at is not None
        and now <= rated_at + timedelta(days=REBUTTAL_DAYS)
    )


def _group(group: str, given: Mapping[str, str], names: list[str]) -> dict[str, str]:
    kept = {}
    for name, value in given.items():
        if name not in names:
            raise PerformanceRuleError(f"ratings.{group}: {name!r} is not one of them", field=group)
        if value in ("", None):
            continue
        if value not in RATINGS:
            raise PerformanceRuleError(f"ratings.{group}.{name}: {value!r} is not a rating", field=group)
        kept[name] = value
    return kept


def checked_ratings(
    kind: str,
    ratings: Mapping[str, Mapping[str, str]],
    overall: str | None,
    *,
    objectives: list[str],
    competencies: list[str],
) -> tuple[dict[str, dict[str, str]], str | None]:
    """The ratings kept (blank ones dropped) and the overall rating: every value on the UN scale, every key
    an objective of the work plan or a competency of the ToR; at the end of a cycle, all of them rated."""
    known = {"objectives": objectives, "competencies": competencies}
    for group in ratings:
        if group not in known:
            raise PerformanceRuleError(f"ratings: unknown group {group!r}", field="ratings")
    kept = {group: _group(group, ratings.get(group) or {}, names) for group, names in known.items()}
    if overall not in (None, "") and overall not in RATINGS:
        raise PerformanceRuleError(f"overall: {overall!r} is not a rating", field="overall")
    if kind == "final":
        for group, names in known.items():
            missing = [name for name in names if name not in kept[group]]
            if missing:
                raise PerformanceRuleError(
                    f"ratings.{group}: rate every one at the end of the cycle ({len(missing)} not rated)",
                    field=group,
                )
        if not overall:
            raise PerformanceRuleError("overall: an end-of-cycle evaluation needs an overall rating",
                                       field="overall")  # fmt: skip
    return kept, overall or None
