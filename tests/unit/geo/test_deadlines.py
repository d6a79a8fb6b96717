"""One deadline formatter: the ToR's zone named, then the duty station's where it is another clock; the
French names of cities; a reason's moment with its zone (RFC 9557)."""

from __future__ import annotations

from datetime import datetime

import pytest

from jpo.eligibility.wording import ENGLISH, moment
from jpo.geo.deadlines import deadline, moment_text
from jpo.geo.stations import stations
from jpo.geo.zone_names import city_name, country_in

SEED_002 = {"closing": {"timezone": "Asia/Seoul"},
            "duty_station": {"city": "Geneva", "country": "CH", "timezone": "Europe/Zurich"}}  # fmt: skip
UTC_MOMENT = datetime.fromisoformat("2024-08-09T14:59:00+00:00")


def test_seed_002_is_written_in_korean_time_then_geneva_time() -> None:
    assert deadline(UTC_MOMENT, SEED_002, "en").text() == (
        "Aug 9, 2024, 11:59\u202fPM Seoul time (Asia/Seoul); Aug 9, 2024, 4:59\u202fPM Geneva time (duty station)"
    )
    assert deadline("2024-08-09T14:59:00Z", SEED_002, "fr").text("fr") == (
        "9 août 2024, 23:59 heure de Séoul (Asia/Seoul); 9 août 2024, 16:59 heure de Genève (lieu d’affectation)"
    )


def test_a_deadline_in_the_duty_stations_own_zone_is_said_once_and_named_by_the_city() -> None:
    geneva = {"closing": {"timezone": "Europe/Zurich"}, "duty_station": SEED_002["duty_station"]}
    shown = deadline(UTC_MOMENT, geneva, "fr")
    assert shown.station is None and shown.zones == ("Europe/Zurich",)
    assert shown.text("fr") == "9 août 2024, 16:59 heure de Genève (lieu d’affectation, Europe/Zurich)"


@pytest.mark.parametrize(("vacancy", "expected"), [
    ({}, "9 août 2024, 14:59 UTC"),
    ({"closing": {"timezone": "Africa/Cairo"}}, "9 août 2024, 17:59 heure du Caire (Africa/Cairo)"),
    ({"duty_station": {"city": "Abidjan", "timezone": "Africa/Abidjan"}},
     "9 août 2024, 14:59 heure d’Abidjan (lieu d’affectation, Africa/Abidjan)"),
])  # fmt: skip
def test_french_contracts_its_articles(vacancy: dict[str, object], expected: str) -> None:
    assert deadline(UTC_MOMENT, vacancy, "fr").text("fr") == expected


def test_a_reasons_moment_names_its_zone_on_pages_and_stays_iso_in_the_reason_field() -> None:
    scalar = moment("2024-08-09T23:59:00+09:00", "Asia/Seoul")
    assert scalar.value == "2024-08-09T23:59:00+09:00[Asia/Seoul]"
    assert ENGLISH.scalar("moment", scalar.value) == "2024-08-09T23:59:00+09:00"
    assert moment_text(str(scalar.value), "fr") == "9 août 2024, 23:59 heure de Séoul"
    assert moment_text("2024-08-09T23:59:00+09:00", "en") == "Aug 9, 2024, 11:59\u202fPM"  # a stored verdict


def test_every_duty_station_has_a_french_name_and_the_known_ones_are_french() -> None:
    assert [city_name(c, None, "fr") for c in ("Geneva", "The Hague", "Seoul", "Cairo", "Beijing")] == [
        "Genève", "La Haye", "Séoul", "Le Caire", "Pékin"]  # fmt: skip
    assert all(city_name(s.city, s.country, "fr") for s in stations())
    assert city_name("Geneva", "CH", "en") == "Geneva" and city_name("Atlantis", None, "fr") == "Atlantis"
    assert country_in("CH", "fr") == "Suisse" and country_in("CH") == "Switzerland"
