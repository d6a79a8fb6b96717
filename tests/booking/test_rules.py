"""The pure rules of slots: a time typed on a zone's clock as a moment (shown right on another clock,
across changes of hour), the times a clock skips or repeats refused, overlaps and the cut-off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from jpo.interviews.booking_rules import ClockError, moment_of, on_clock, open_for_booking, overlaps
from jpo.interviews.booking_times import on_named_clock


def test_a_slot_entered_in_geneva_time_is_shown_right_in_seoul_time() -> None:
    # Winter: Geneva UTC+1, Seoul UTC+9 (no summer time): 10:00 in Geneva is 18:00 in Seoul.
    winter = moment_of(datetime(2027, 1, 12, 10, 0), "Europe/Zurich")
    assert winter == datetime(2027, 1, 12, 9, 0, tzinfo=UTC)
    assert on_clock(winter, "Asia/Seoul").hour == 18
    # Summer: Geneva UTC+2: 10:00 in Geneva is 17:00 in Seoul.
    summer = moment_of(datetime(2027, 7, 12, 10, 0), "Europe/Zurich")
    assert on_clock(summer, "Asia/Seoul").hour == 17
    assert on_named_clock(winter, "Asia/Seoul", "en") == "Tuesday, January 12, 2027, 6:00\u202fPM Seoul time"
    assert on_named_clock(winter, "Asia/Seoul", "fr") == "mardi 12 janvier 2027, 18:00 heure de Séoul"


def test_the_week_between_two_changes_of_clock() -> None:
    """New York moves to summer time on 14 March 2027, Geneva on 28 March: for two weeks they are five
    hours apart, not six."""
    before = moment_of(datetime(2027, 3, 10, 9, 0), "America/New_York")
    between = moment_of(datetime(2027, 3, 17, 9, 0), "America/New_York")
    after = moment_of(datetime(2027, 3, 31, 9, 0), "America/New_York")
    assert [on_clock(m, "Europe/Zurich").hour for m in (before, between, after)] == [15, 14, 15]


def test_a_time_the_clock_skips_is_refused() -> None:
    with pytest.raises(ClockError) as error:
        moment_of(datetime(2027, 3, 28, 2, 30), "Europe/Zurich")  # 02:00 → 03:00
    assert error.value.kind == "skipped"


def test_a_time_the_clock_reads_twice_is_refused() -> None:
    with pytest.raises(ClockError) as error:
        moment_of(datetime(2027, 10, 31, 2, 30), "Europe/Zurich")  # 03:00 → 02:00
    assert error.value.kind == "repeated"
    # An hour either side is a single moment.
    assert moment_of(datetime(2027, 10, 31, 1, 30), "Europe/Zurich") == datetime(
        2027, 10, 30, 23, 30, tzinfo=UTC
    )
    assert moment_of(datetime(2027, 10, 31, 3, 30), "Europe/Zurich") == datetime(
        2027, 10, 31, 2, 30, tzinfo=UTC
    )


@pytest.mark.parametrize(("local", "zone", "kind"), [
    (datetime(2027, 1, 1, 10), "Mars/Olympus", "zone"),
    (datetime(2027, 1, 1, 10), "europe/zurich", "zone"),
    (datetime(9999, 12, 31, 23), "America/Los_Angeles", "year"),
    (datetime(1, 1, 1, 0), "Asia/Tokyo", "year"),
])  # fmt: skip
def test_unknown_zones_and_implausible_years_are_refused_before_any_arithmetic(
    local: datetime, zone: str, kind: str
) -> None:
    with pytest.raises(ClockError) as error:
        moment_of(local, zone)
    assert error.value.kind == kind


def test_overlaps() -> None:
    t = datetime(2027, 1, 12, 9, 0, tzinfo=UTC)
    hour = timedelta(hours=1)
    assert overlaps(t, t + hour, t + hour / 2, t + 2 * hour)
    assert overlaps(t, t + 3 * hour, t + hour, t + 2 * hour)  # one inside the other
    assert not overlaps(t, t + hour, t + hour, t + 2 * hour)  # back to back


def test_a_slot_closes_a_day_before_it_starts() -> None:
    start = datetime(2027, 1, 12, 9, 0, tzinfo=UTC)
    assert open_for_booking(start, start - timedelta(hours=24, seconds=1))
    assert not open_for_booking(start, start - timedelta(hours=24))
    assert not open_for_booking(start, start + timedelta(minutes=1))
