"""Wordings met in the `tors42` and `tors43` batches (held-out sets an and ao until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

import pytest

from tests.support.tor import parse_text


def test_a_capital_inside_a_countrys_name_is_no_city_before_the_next_country() -> None:
    v = parse_text(
        "Eligibility\n- Open to nationals of Norway or of one of: Benin, Guinea-Bissau, Kyrgyzstan, Mali or Niger.\n"
    )
    assert v.eligibility.nationalities == ["NO", "BJ", "GW", "KG", "ML", "NE"]


@pytest.mark.parametrize(
    "note",
    [
        "(poste ouvert aux ressortissant(e)s belges ; lieu d'affectation : Mao, Tchad)",
        "(poste ouvert aux ressortissant(e)s belges, pour le bassin du lac Tchad)",
    ],
)
def test_a_country_named_as_the_posts_place_or_a_lakes_name_is_no_nationality(note: str) -> None:
    v = parse_text(f"Expert(e) associé(e) en résilience\n{note}\n")
    assert v.eligibility.nationalities == ["BE"]


def test_dual_nationals_given_no_assignment_in_the_country_are_not_admitted_for_it() -> None:
    v = parse_text(
        "Êtes-vous éligible ?\n• Nationalité belge\n• Double nationalité belgo-rwandaise : pas d'affectation au"
        " Rwanda\n• Âge : 31 ans au plus\n"
    )
    assert v.eligibility.nationalities == ["BE"]
