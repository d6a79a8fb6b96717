"""Integrity of the reference data shipped with jpo.geo."""

from __future__ import annotations

import csv
import zoneinfo
from collections import Counter
from importlib import resources

import pycountry

from jpo.geo._text import key, split_list

UN_MEMBERS_SAMPLE = ("KR", "DE", "JP", "IT", "CH", "NL", "NO", "SE", "FR", "LU", "DK", "FI", "BE")


def rows(name: str) -> list[dict[str, str]]:
    text = resources.files("jpo.geo").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_station_timezones_all_load_in_zoneinfo() -> None:
    for row in rows("duty_stations.csv"):
        assert zoneinfo.ZoneInfo(row["timezone"]).key == row["timezone"], row


def test_station_countries_are_real_alpha2_codes() -> None:
    for row in rows("duty_stations.csv"):
        assert pycountry.countries.get(alpha_2=row["country"]) is not None, row


def test_stations_are_unique_and_at_least_200() -> None:
    stations = rows("duty_stations.csv")
    pairs = Counter((row["city"], row["country"]) for row in stations)
    assert [pair for pair, count in pairs.items() if count > 1] == []
    assert len(stations) >= 200


def test_no_station_alias_names_two_cities() -> None:
    owners: dict[str, str] = {}
    for row in rows("duty_stations.csv"):
        for name in (row["city"], *split_list(row["aliases"])):
            assert owners.setdefault(key(name), row["city"]) == row["city"], name


def test_required_headquarters_are_present() -> None:
    cities = {row["city"] for row in rows("duty_stations.csv")}
    required = {"New York", "Geneva", "Vienna", "Nairobi", "Paris", "Rome", "Bonn", "The Hague"}
    required |= {"Copenhagen", "Bangkok", "Addis Ababa", "Santiago", "Beirut", "Montreal"}
    required |= {"Washington", "Madrid", "Turin", "Brussels", "Luxembourg", "Budapest"}
    required |= {"Istanbul", "Amman", "Dakar", "Panama City", "Pretoria", "Manila", "Jakarta"}
    required |= {"Kabul", "Juba", "Goma", "Cox's Bazar", "Kuwait City"}
    assert required - cities == set()


def test_at_least_55_organizations_with_unique_acronyms() -> None:
    organizations = rows("organizations.csv")
    acronyms = [row["acronym"] for row in organizations]
    assert len(organizations) >= 55
    assert len(acronyms) == len(set(acronyms))
    assert all(row["name_en"] and row["name_fr"] for row in organizations)


def test_demonyms_cover_every_un_member_sample_and_use_real_codes() -> None:
    demonyms = rows("demonyms.csv")
    codes = {row["code"] for row in demonyms}
    assert len(demonyms) >= 193
    assert set(UN_MEMBERS_SAMPLE) <= codes
    for row in demonyms:
        assert pycountry.countries.get(alpha_2=row["code"]) is not None, row
        assert split_list(row["demonyms"]), row


def test_country_aliases_use_real_codes() -> None:
    for row in rows("country_aliases.csv"):
        assert pycountry.countries.get(alpha_2=row["code"]) is not None, row


def test_language_allow_list_uses_real_alpha2_codes() -> None:
    languages = rows("languages.csv")
    assert 70 <= len(languages) <= 130  # languages of duty stations, not every ISO 639-1 code
    for row in languages:
        assert pycountry.languages.get(alpha_2=row["code"]) is not None, row
    assert {"ar", "zh", "en", "fr", "ru", "es"} <= {row["code"] for row in languages}
