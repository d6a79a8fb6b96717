"""Duty station lookups and mentions."""

from __future__ import annotations

import pytest

from jpo.geo.stations import DutyStation, find_station, find_station_in, stations, timezone_for_city


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("Geneva", "Geneva"),
        ("genève", "Geneva"),
        ("  GENEVE ", "Geneva"),
        ("La Haye", "The Hague"),
        ("Den Haag", "The Hague"),
        ("the hague", "The Hague"),
        ("Vienne", "Vienna"),
        ("Wien", "Vienna"),
        ("Roma", "Rome"),
        ("Le Caire", "Cairo"),
        ("Pékin", "Beijing"),
        ("Copenhague", "Copenhagen"),
        ("Bruxelles", "Brussels"),
        ("Moscou", "Moscow"),
        ("Londres", "London"),
        ("Addis-Abeba", "Addis Ababa"),
        ("New  York\nCity", "New York"),
        ("NYC", "New York"),
        ("Kiev", "Kyiv"),
        ("Cox’s Bazar", "Cox's Bazar"),
        ("the Geneva", "Geneva"),
        ("Panama City", "Panama City"),
        ("Kuwait City", "Kuwait City"),
    ],
)
def test_find_station_by_name_or_alias(name: str, city: str) -> None:
    station = find_station(name)
    assert station is not None
    assert station.city == city


def test_find_station_returns_the_full_record() -> None:
    assert find_station("Nairobi") == DutyStation("Nairobi", "KE", "Africa/Nairobi")


def test_find_station_unknown_is_none() -> None:
    assert find_station("Atlantis") is None
    assert find_station("") is None


def test_find_station_keeps_an_article_that_belongs_to_the_name() -> None:
    station = find_station("La Paz")
    assert station is not None
    assert station.country == "BO"


def test_find_station_accepts_a_country_hint() -> None:
    station = find_station("Geneva", country="CH")
    assert station is not None
    assert station.city == "Geneva"
    also = find_station("Geneva", country="Switzerland")
    assert also == station


def test_timezone_for_city() -> None:
    assert timezone_for_city("Paris") == "Europe/Paris"
    assert timezone_for_city("New York") == "America/New_York"
    assert timezone_for_city("Genève") == "Europe/Zurich"
    assert timezone_for_city("Nowhere") is None


def test_stations_lists_every_row() -> None:
    all_stations = stations()
    assert len(all_stations) >= 200
    assert all_stations[0].city == "New York"


@pytest.mark.parametrize(
    ("text", "mention", "city"),
    [
        ("Duty station: Geneva, Switzerland", "Geneva", "Geneva"),
        ("Location: The Hague, the Netherlands", "The Hague", "The Hague"),
        ("based in the Hague", "the Hague", "The Hague"),
        ("Lieu d'affectation : Genève (Suisse)", "Genève", "Geneva"),
        ("Lieu d'affectation : La Haye", "La Haye", "The Hague"),
        ("DUTY STATION: NAIROBI, KENYA", "NAIROBI", "Nairobi"),
        ("at UN Headquarters in New York City.", "New York City", "New York"),
        ("a New York-based post", "New York", "New York"),
        ("Addis\nAbaba, Ethiopia", "Addis\nAbaba", "Addis Ababa"),
        ("Cox’s Bazar, Bangladesh", "Cox’s Bazar", "Cox's Bazar"),
    ],
)
def test_find_station_in_text(text: str, mention: str, city: str) -> None:
    found = find_station_in(text)
    assert found is not None
    station, start, end = found
    assert station.city == city
    assert text[start:end] == mention


def test_find_station_in_returns_the_first_mention() -> None:
    text = "Travel from Rome to Nairobi"
    found = find_station_in(text)
    assert found is not None
    assert found[0].city == "Rome"
    assert text[found[1] : found[2]] == "Rome"


def test_find_station_in_offsets_survive_decomposed_accents() -> None:
    text = "Poste : Gene\u0300ve, Suisse"
    found = find_station_in(text)
    assert found is not None
    assert found[0].city == "Geneva"
    assert text[found[1] : found[2]] == "Gene\u0300ve"


@pytest.mark.parametrize(
    "text",
    ["", "no city here", "geneva in lower case", "Genevan cuisine", "xRome", "York"],
)
def test_find_station_in_needs_a_whole_capitalised_word(text: str) -> None:
    assert find_station_in(text) is None
