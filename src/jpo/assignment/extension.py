"""The yearly extension review's rules: when a review opens (a notice period before the current end
date), the order of its three answers (the supervisor recommends, the host agency confirms the priorities,
the donor programme confirms the funding), its outcome (all three yes: `extended` by the months the donor
gives, within the programme's maximum; any no: `ending` at the current end date), the steps' due dates
and the end-of-assignment report's sections and window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal

from jpo.assignment.calendar import EXTENSION_NOTICE_DAYS, add_months, cycle_of

Step = Literal["recommend", "priorities", "funding"]
Outcome = Literal["open", "extended", "ending"]

STEPS: Final[tuple[Step, ...]] = ("recommend", "priorities", "funding")
# Each step's code in the steps due (jpo.assignment.steps) and whose it is.
STEP_CODES: Final[dict[Step, tuple[str, Literal["supervisor", "host", "donor"]]]] = {
    "recommend": ("recommend_extension", "supervisor"),
    "priorities": ("confirm_priorities", "host"),
    "funding": ("confirm_funding", "donor"),
}
# Each step is due this many days before the end date under review, in the order they are taken.
DUE_DAYS_BEFORE: Final[dict[Step, int]] = {"recommend": 60, "priorities": 45, "funding": 30}

DEFAULT_MONTHS: Final = 12  # an extension's length when the donor gives none: one more year
MAX_EXTENSION_MONTHS: Final = 12  # one review extends by at most a year
MAX_TOTAL_MONTHS: Final = 36  # the programme's maximum: no assignment lasts longer than three years
REASON_MAX: Final = 2000  # a step's reason

REPORT_SECTIONS: Final = ("achievements", "learning", "challenges", "advice")
REPORT_SECTION_MAX: Final = 10_000
REPORT_OPENS_DAYS: Final = 90  # the report may be submitted in the assignment's last 90 days, or after
REPORT_DUE_DAYS_AFTER: Final = 30  # and is due 30 days after the end date


class ExtensionRuleError(ValueError):
    """An answer the review's rules refuse; `field` names the input (months) it is about."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Answers:
    """The answers given so far: None for a step not yet answered."""

    recommend: bool | None = None
    priorities: bool | None = None
    funding: bool | None = None


def opens_on(ends_on: date) -> date:
    """The day the review of an extension beyond `ends_on` opens."""
    return ends_on - timedelta(days=EXTENSION_NOTICE_DAYS)


def review_cycle(starts_on: date, ends_on: date, last_cycle: int | None) -> int:
    """The cycle of the review of an extension beyond `ends_on`: the year the end date falls in, and
    always after the previous review's (a short extension may leave the end date in the same year)."""
    cycle = cycle_of(starts_on, ends_on)
    return max(cycle, last_cycle + 1) if last_cycle is not None else cycle


def latest_end(starts_on: date) -> date:
    """The last day an assignment that starts on `starts_on` may reach: the programme's maximum."""
    return add_months(starts_on, MAX_TOTAL_MONTHS) - timedelta(days=1)


def extended_end(ends_on: date, months: int) -> date:
    """The end date `months` after the last day `ends_on` (to the month's end when it was one)."""
    return add_months(ends_on + timedelta(days=1), months) - timedelta(days=1)


def months_left(starts_on: date, ends_on: date) -> int:
    """How many whole months an extension beyond `ends_on` may still add within the programme's maximum."""
    left = 0
    while left < MAX_TOTAL_MONTHS and extended_end(ends_on, left + 1) <= latest_end(starts_on):
        left += 1
    return left


def may_extend(starts_on: date, ends_on: date) -> bool:
    """Whether any extension is still possible (else no review opens: the assignment ends at its date)."""
    return months_left(starts_on, ends_on) > 0


def default_months(starts_on: date, ends_on: date) -> int:
    """The donor's default: a year, or what is left of the programme's maximum when less."""
    return min(DEFAULT_MONTHS, months_left(starts_on, ends_on))


def checked_months(starts_on: date, ends_on: date, months: int | None) -> int:
    """The months of an extension: 1 to 12 (the default when None), never beyond the maximum."""
    if months is None:
        months = default_months(starts_on, ends_on)
    if not 1 <= months <= MAX_EXTENSION_MONTHS:
        raise ExtensionRuleError(
            f"months: an extension is 1 to {MAX_EXTENSION_MONTHS} months", field="months"
        )
    left = months_left(starts_on, ends_on)
    if months > left:
        raise ExtensionRuleError(
            f"months: at most {left} more months — an assignment lasts at most {MAX_TOTAL_MONTHS} months "
            f"(until {latest_end(starts_on).isoformat()})",
            field="months",
        )
    return months


def next_step(answers: Answers) -> Step | None:
    """The step whose turn it is; None once the review is decided (all yes, or a no)."""
    for step in STEPS:
        value = getattr(answers, step)
        if value is None:
            return step
        if value is False:
            return None
    return None


def outcome(answers: Answers) -> Outcome:
    """`ending` after any no, `extended` after three yes, else `open`."""
    values = [getattr(answers, step) for step in STEPS]
    if False in values:
        return "ending"
    return "extended" if all(value is True for value in values) else "open"


def step_due(ends_on: date, step: Step) -> date:
    """The day `step` of the review of an extension beyond `ends_on` is due."""
    return ends_on - timedelta(days=DUE_DAYS_BEFORE[step])


def report_opens(ends_on: date) -> date:
    """The first day the end-of-assignment report may be submitted."""
    return ends_on - timedelta(days=REPORT_OPENS_DAYS)


def report_due(ends_on: date) -> date:
    """The day the end-of-assignment report is due."""
    return ends_on + timedelta(days=REPORT_DUE_DAYS_AFTER)
