"""Property-based tests of eligibility's date arithmetic: birthdays, leap days, experience, deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from jpo.contracts.profile import ExperienceEntry, Profile
from jpo.contracts.vacancy import Closing, Vacancy
from jpo.eligibility import check
from jpo.eligibility.periods import add_years, age_on, experience_years
from tests.support.profiles import make_profile, profile_documents

births = st.dates(min_value=date(1950, 1, 1), max_value=date(2010, 12, 31))
zones = st.sampled_from(["Asia/Seoul", "Europe/Paris", "America/New_York", "Pacific/Auckland", "Etc/GMT-2"])


@given(births, st.integers(min_value=1, max_value=60))
def test_age_turns_on_the_birthday(birth: date, years: int) -> None:
    birthday = add_years(birth, years)
    if (birth.month, birth.day) == (2, 29) and birthday.day == 28:
        assert age_on(birth, birthday) == years - 1  # a leap-day birthday counts on 1 March
        assert age_on(birth, birthday + timedelta(days=1)) == years
    else:
        assert age_on(birth, birthday) == years
        assert age_on(birth, birthday - timedelta(days=1)) == years - 1


@given(births, st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 1, 1)), st.integers(0, 400))
def test_age_never_decreases(birth: date, day: date, later: int) -> None:
    assert age_on(birth, day + timedelta(days=later)) >= age_on(birth, day)


periods = st.tuples(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2024, 1, 1)), st.integers(0, 3000), st.booleans()
).map(lambda t: ExperienceEntry(start=t[0], end=t[0] + timedelta(days=t[1]), full_time=t[2]))


@given(st.lists(periods, max_size=6))
def test_overlapping_periods_count_once(entries: list[ExperienceEntry]) -> None:
    until = date(2035, 1, 1)
    once = experience_years(entries, until)
    assert experience_years(entries + entries, until) == once
    first = min((e.start for e in entries), default=until)
    assert once <= (until - first).days / 365 + 1e-9


@given(periods)
def test_part_time_counts_half_unless_covered_by_full_time(entry: ExperienceEntry) -> None:
    until = date(2035, 1, 1)
    full = entry.model_copy(update={"full_time": True})
    part = entry.model_copy(update={"full_time": False})
    assert abs(experience_years([part], until) - experience_years([full], until) / 2) < 1e-9
    assert experience_years([full, part], until) == experience_years([full], until)


# Deadlines to the second, as ToRs and the admin's form write them: `utc` (to the second) and `local`
# must be the same moment for the contract.
deadlines = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda moment: moment.replace(microsecond=0)
)


@given(zones, deadlines, st.integers(-36 * 3600, 36 * 3600))
def test_deadline_is_judged_on_the_utc_instant(zone: str, local: datetime, offset_seconds: int) -> None:
    closing_local = local.replace(tzinfo=ZoneInfo(zone))
    utc = closing_local.astimezone(UTC)
    vacancy = Vacancy(
        closing=Closing(
            utc=utc.strftime("%Y-%m-%dT%H:%M:%SZ"), local=closing_local.isoformat(), timezone=zone
        )
    )
    moment = utc + timedelta(seconds=offset_seconds)
    verdict = check(make_profile(), vacancy, on=moment, packs={})
    deadline = next(c for c in verdict.criteria if c.id == "deadline")
    assert deadline.status == ("pass" if moment <= utc else "fail")


@given(profile_documents())
def test_the_generated_profiles_are_valid(document: dict[str, Any]) -> None:
    """The strategy the property tests share makes only profiles the contract accepts."""
    Profile.model_validate(document)
