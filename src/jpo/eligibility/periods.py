"""Date arithmetic of eligibility: whole years of age, and years of experience counted fairly."""

from __future__ import annotations

from datetime import date, timedelta

from jpo.contracts.profile import ExperienceEntry


def age_on(birth: date, day: date) -> int:
    """Completed years of age on `day` (a 29 February birthday counts on 1 March in common years)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 28 February in common years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def experience_years(entries: list[ExperienceEntry], until: date, since: date | None = None) -> float:
    """Years of experience up to `until` (ongoing entries run to it), from `since` if given.

    Overlapping periods count once; a part-time day counts half unless a full-time job covers it.
    """
    events: list[tuple[date, int, int]] = []  # (day, +1/-1, full-time?)
    for entry in entries:
        start = max(entry.start, since) if since else entry.start
        end = min(entry.end or until, until) + timedelta(days=1)  # end date inclusive
        if start < end:
            events += [(start, 1, entry.full_time), (end, -1, entry.full_time)]
    events.sort()
    full = part = 0
    days = 0.0
    previous: date | None = None
    for day, delta, full_time in events:
        if previous is not None and day > previous:
            weight = 1.0 if full else 0.5 if part else 0.0
            days += weight * (day - previous).days
        if full_time:
            full += delta
        else:
            part += delta
        previous = day
    return days / 365  # a year of experience is 365 days worked, leap days included
