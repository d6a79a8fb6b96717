"""A deadline (`closing` of jpo.vacancy/1) is one moment written twice: `utc` (kept in the `Z` form)
and `local` (with its zone's offset at that time), both aware, ISO 8601, from 2000 to 2100; its zones are
IANA names. Every ToR the parser reads still gives a document the contract accepts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from jpo.contracts.vacancy import Closing, DutyStation, Vacancy
from jpo.demo.setup import seed_files
from jpo.vacancy.parse import parse_file
from tests.support.tor import parse_text

DATA = Path(__file__).parents[2] / "data"
TORS = sorted(p for folder in ("tors", "tors2") for p in (DATA / folder).iterdir() if p.suffix != ".py"
              and p.name != "README.md" and p.is_file()) + sorted(seed_files())  # fmt: skip
SEOUL = {"utc": "2030-08-09T14:59:00Z", "local": "2030-08-09T23:59:00+09:00", "timezone": "Asia/Seoul"}


@pytest.mark.parametrize(
    ("changes", "kind"),
    [({"utc": "9999-12-31T23:59:00Z", "local": "9999-12-31T23:59:00+00:00", "timezone": "UTC"}, "moment_range"),
     ({"utc": "1999-12-31T23:59:59Z", "local": "2000-01-01T08:59:59+09:00"}, "moment_range"),
     ({"utc": "not a date"}, "moment_format"), ({"utc": "2030-08-09T14:59:00"}, "moment_format"),
     ({"local": "2030-08-09 23:59"}, "moment_format"), ({"local": "2030-13-09T23:59:00+09:00"}, "moment_format"),
     ({"timezone": "Mars/Olympus"}, "unknown_zone"), ({"timezone": "localtime"}, "unknown_zone"),
     ({"timezone": "asia/seoul"}, "unknown_zone"), ({"local": "2030-08-09T22:59:00+09:00"}, "closing_disagrees"),
     ({"timezone": "Asia/Tokyo", "local": "2030-08-09T22:59:00+08:00"}, "closing_offset")],
)  # fmt: skip
def test_a_deadline_that_is_not_one_real_moment_is_refused(changes: dict[str, Any], kind: str) -> None:
    with pytest.raises(ValidationError) as refused:
        Closing.model_validate({**SEOUL, **changes})
    assert kind in {error["type"] for error in refused.value.errors()}, refused.value.errors()


def test_utc_is_kept_in_the_z_form_and_local_as_written() -> None:
    closing = Closing.model_validate({**SEOUL, "utc": "2030-08-09T23:59:00+09:00"})
    assert (closing.utc, closing.local) == ("2030-08-09T14:59:00Z", SEOUL["local"])


@pytest.mark.parametrize(
    "given",
    [{"utc": "2024-09-08T04:00:00Z", "local": "2024-09-08T00:00:00-04:00", "timezone": "America/Santiago"},
     {"utc": "2030-10-27T00:30:00Z", "local": "2030-10-27T02:30:00+02:00", "timezone": "Europe/Paris"},
     {"utc": "2030-10-27T01:30:00Z", "local": "2030-10-27T02:30:00+01:00", "timezone": "Europe/Paris"},
     {"utc": "2000-01-01T00:00:00Z", "local": "1999-12-31T13:00:00-11:00", "timezone": "Pacific/Pago_Pago"}],
    ids=["a midnight the clocks skip", "first 02:30 of the night", "second 02:30", "the first moment"],
)  # fmt: skip
def test_clock_changes_and_the_range_ends_are_read_as_python_reads_them(given: dict[str, str]) -> None:
    assert Closing.model_validate(given).local == given["local"]


def test_a_duty_station_zone_must_be_an_iana_name() -> None:
    assert DutyStation(timezone="Pacific/Kiritimati").timezone == "Pacific/Kiritimati"
    with pytest.raises(ValidationError):
        DutyStation(timezone="Not/AZone")


@pytest.mark.parametrize("path", TORS, ids=[p.name for p in TORS])
def test_every_parsed_tor_is_a_valid_document(path: Path) -> None:
    vacancy = parse_file(path)
    assert Vacancy.model_validate_json(vacancy.to_json()) == vacancy


@pytest.mark.parametrize("year", ["1999", "2100", "9999"])
def test_a_deadline_outside_the_accepted_years_is_warned_about_not_kept(year: str) -> None:
    vacancy = parse_text(f"Duty Station: Geneva, Switzerland\nClosing date: 31 December {year} midnight\n")
    assert vacancy.closing is None
    assert any(w.field == "closing" and year in w.message for w in vacancy.warnings)


def test_stray_control_characters_in_a_tor_become_spaces() -> None:
    vacancy = parse_text("Title: JPO in\x0bHuman\x01Rights\nDuty Station: Geneva, Switzerland\n")
    assert vacancy.title == "JPO in Human Rights"  # and the document validated: it holds none
