"""Wordings met in the `tors38` and `tors39` batches (held-out sets aj and ak until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

import pytest

from tests.support.tor import parse_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign nationals holding permanent residence in Finland are not eligible.",
        "Persons holding permanent residency in Finland without Finnish nationality are not eligible.",
        "Les personnes résidant en Finlande sans la nationalité finlandaise ne sont pas admises.",
        "Las personas residentes en Finlandia que no tengan la nacionalidad finlandesa no pueden postular.",
    ],
)
def test_residents_lacking_the_nationality_exclude_no_nationals(sentence: str) -> None:
    v = parse_text(f"Eligibility\n- Open to Finnish citizens only. {sentence}\n")
    assert v.eligibility.nationalities == ["FI"]
    assert not [w for w in v.warnings if w.field == "eligibility.nationalities"]


def test_a_nationality_refused_beside_a_residence_stays_refused() -> None:
    v = parse_text(
        "Eligibility\n- Open to Danish citizens. Candidates with Kenyan nationality or permanent residence in\n"
        "Kenya are not eligible for this assignment.\n"
    )
    assert v.eligibility.nationalities == ["DK"]


def test_a_colon_inside_a_bracket_makes_no_label() -> None:
    v = parse_text(
        """
        Titre du poste Chargé(e) de programme
        Lieu d'affectation Dakar, Sénégal
        Classe P-2
        Durée 12 mois, renouvelable (durée totale maximale : 36 mois)
        """
    )
    assert v.duration_months == 12


def test_a_degree_obtenu_au_cours_des_n_annees_precedant_the_deadline() -> None:
    v = parse_text(
        "Conditions du programme\n- Avoir obtenu le master au cours des trois années précédant la date limite.\n"
    )
    assert v.education.graduated_within_months == 36


@pytest.mark.parametrize(
    ("sentence", "cap"),
    [
        ("- Máximo de dos (2) postulaciones en la convocatoria anual del programa.", 2),
        (
            "- The programme holds one call a year; a candidate may submit only one application in the 2027 call.",
            1,
        ),
        (
            "- Une même personne ne peut déposer plus de trois candidatures au cours d'une même année civile.",
            3,
        ),
    ],
)
def test_caps_on_applications(sentence: str, cap: int) -> None:
    v = parse_text(f"Programme rules\n{sentence}\n")
    assert v.eligibility.max_applications_per_year == cap
