"""Wordings met in the `tors18` and `tors19` batches (held-out sets o and p until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_list_of_partner_countries_that_a_refusal_ends_is_refused_whole() -> None:
    v = parse_text(
        "Conditions du programme\nLe programme est ouvert aux ressortissant(e)s belges. Pour ce poste, les "
        "ressortissant(e)s des pays partenaires de la Coopération belge (Bénin, Burundi, Guinée, Mali, Niger, "
        "Rwanda, Sénégal) ne sont pas éligibles.\n"
    )
    assert v.eligibility.nationalities == ["BE"]


def test_a_dual_nationality_pair_before_a_refusal_keeps_the_sponsors_half() -> None:
    v = parse_text(
        "Ouvert aux ressortissant(e)s belges. Les personnes ayant la double nationalité belge et malienne ne sont "
        "pas éligibles pour un poste au Mali.\n"
    )
    assert v.eligibility.nationalities == ["BE"]


def test_a_citizenship_held_in_addition_to_the_sponsors_is_the_one_refused() -> None:
    v = parse_text(
        "The Norwegian JPO Programme is open to Norwegian citizens only. Applicants holding Kenyan citizenship in "
        "addition to Norwegian citizenship cannot be considered for posts in Kenya.\n"
    )
    assert v.eligibility.nationalities == ["NO"]


def test_a_duty_stations_country_beside_its_city_is_no_nationality() -> None:
    v = parse_text(
        "JPO - Child Protection Officer (Emergencies), P-2, Dhaka, Bangladesh (Open to Japanese nationals only)\n"
    )
    assert v.eligibility.nationalities == ["JP"]
