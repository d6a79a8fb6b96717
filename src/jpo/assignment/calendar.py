"""The assignment's calendar: the first month (the work plan's agreement), the yearly cycles counted from
the start date (a mid-point review half-way, an end-of-cycle evaluation at the year's end) and the window
before each year's end in which its extension is decided."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Final

DEFAULT_MONTHS: Final = 24  # when the ToR states no duration: the usual two years
EXTENSION_NOTICE_DAYS: Final = 90  # the yearly review opens this long before the year ends
REMINDER_DAYS: Final = 7  # reminders go this long before a step is due


def add_months(day: date, months: int) -> date:
    """The same day `months` later, the month's last day where it has fewer (31 January + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def ends_on(starts_on: date, months: int | None) -> date:
    """The last day of an assignment of `months` (the ToR's duration, else two years) from `starts_on`."""
    return add_months(starts_on, months or DEFAULT_MONTHS) - timedelta(days=1)


def first_month_ends(starts_on: date) -> date:
    """The day by which the work plan is to be agreed."""
    return add_months(starts_on, 1)


def cycles(starts_on: date, ends_on: date) -> int:
    """How many yearly cycles the assignment spans (a part year counts as one)."""
    count = 1
    while add_months(starts_on, 12 * count) <= ends_on:
        count += 1
    return count


def cycle_of(starts_on: date, day: date) -> int:
    """The cycle `day` falls in (1 for the first year; 1 before the start)."""
    count = 1
    while add_months(starts_on, 12 * count) <= day:
        count += 1
    return count


def cycle_bounds(starts_on: date, cycle: int) -> tuple[date, date]:
    """The first and last day of year `cycle` of an assignment that starts on `starts_on`."""
    return add_months(starts_on, 12 * (cycle - 1)), add_months(starts_on, 12 * cycle) - timedelta(days=1)


def midpoint_due(starts_on: date, cycle: int) -> date:
    """The mid-point review of year `cycle`: six months into it."""
    return add_months(starts_on, 12 * (cycle - 1) + 6)


def final_due(starts_on: date, cycle: int) -> date:
    """The end-of-cycle evaluation of year `cycle`: its last day."""
    return cycle_bounds(starts_on, cycle)[1]


def extension_opens(starts_on: date, cycle: int) -> date:
    """The day the yearly review of the extension after year `cycle` opens."""
    return final_due(starts_on, cycle) - timedelta(days=EXTENSION_NOTICE_DAYS)


def funding_years(starts_on: date, ends_on: date) -> list[int]:
    """The calendar years the assignment spans, which the donor funds."""
    return list(range(starts_on.year, ends_on.year + 1))
