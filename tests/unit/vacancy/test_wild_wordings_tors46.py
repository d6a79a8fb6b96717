"""Wordings met while the `ar` and `as` batches were being written (held out until their one measure), and
in the design batches' remaining documents: one test per general rule, on text not copied from a batch."""

from __future__ import annotations

from jpo.geo.zones import sole_timezone
from tests.support.tor import parse_text


def test_a_hyphened_city_named_after_its_country_is_a_city() -> None:
    v = parse_text(
        "Lieu d'affectation : Cap-Haïtien, Haïti\nClasse : P-2\n\nLe JPO sera basé à Port-au-Prince.\n"
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Cap-Haïtien", "HT")


def test_a_city_the_gazetteer_does_not_know_takes_its_countrys_only_zone() -> None:
    v = parse_text("Lugar de destino: Cobija, Bolivia\n")
    assert (v.duty_station.city, v.duty_station.timezone) == ("Cobija", "America/La_Paz")
    v = parse_text("Lugar de destino: Comitán, México\n")
    assert v.duty_station.city == "Comitán" and v.duty_station.timezone is None  # Mexico has several


def test_sole_timezone_is_none_where_a_country_has_several() -> None:
    assert sole_timezone("bo") == "America/La_Paz"
    assert sole_timezone("US") is None and sole_timezone("BR") is None


def test_a_list_opened_by_an_ocr_l_is_numbered() -> None:
    v = parse_text(
        "ELEMENTS DE FORMATION\n\n"
        "l. Gestion du cycle de programme en contexte humanitaire\n   (planification, suivi).\n"
        "2. Coordination humanitaire au sein des clusters.\n"
        "3. Normes techniques en situation d'urgence.\n"
    )
    assert len(v.learning_elements) == 3 and v.learning_elements[1].startswith("Coordination")


def test_a_lettered_list_stays_lettered() -> None:
    v = parse_text(
        "Duties\n\na. Support the planning of the programme.\nb. Draft reports.\n   1. quarterly;\n   2. annual.\n"
        "c. Any other duty.\n"
    )
    assert len(v.duties) == 3
