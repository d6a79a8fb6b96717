"""The shipped pycountry names are the installed pycountry's: rebuild them after an upgrade."""

from __future__ import annotations

from jpo.geo.snapshot import build, snapshot


def test_the_shipped_names_match_the_installed_pycountry() -> None:
    assert snapshot() == build(), "run `python -m jpo.geo.snapshot` after upgrading pycountry"


def test_spanish_names_are_read() -> None:
    from jpo.geo.countries import country_code, find_countries
    from jpo.geo.languages import find_languages

    assert country_code("España") == "ES"
    assert [code for code, *_ in find_countries("Nacionales de los Países Bajos y de Bélgica")] == [
        "NL",
        "BE",
    ]
    assert [code for code, *_ in find_languages("Dominio del español y del inglés")] == ["es", "en"]
