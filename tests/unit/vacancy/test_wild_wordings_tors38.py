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


@pytest.mark.parametrize(
    ("text", "utc", "zone"),
    [
        (
            "Plazo\nEl plazo, que vencía el domingo 19 de abril de 2026, se ha ampliado hasta el domingo 3 de mayo"
            " de 2026 a las 23.59 h (hora de los Países Bajos), es decir, las 16.59 h en Lima.\n",
            "2026-05-03T21:59:00Z",
            "Europe/Amsterdam",
        ),
        (
            "Date limite\nLe 5 mai 2027 à 17h00 (heure du Luxembourg), au lieu du 14 avril 2027 initialement.\n",
            "2027-05-05T15:00:00Z",
            "Europe/Luxembourg",
        ),
        (
            "Deadline\nApplications close on 7 May 2027 at 17:00 (Irish time); originally 30 April 2027.\n",
            "2027-05-07T16:00:00Z",
            "Europe/Dublin",
        ),
    ],
)
def test_an_extended_deadline_over_the_one_it_replaced(text: str, utc: str, zone: str) -> None:
    v = parse_text(text)
    assert v.closing is not None
    assert (v.closing.utc, v.closing.timezone) == (utc, zone)
    assert not [w for w in v.warnings if w.field == "closing"]


def test_ndebele_is_a_language() -> None:
    v = parse_text("Languages\nFluency in English is required. Knowledge of Ndebele would be an advantage.\n")
    assert v.languages.desirable == ["nd"]


def test_a_vacancy_notice_label_with_the_agencys_acronym_holds_the_reference() -> None:
    v = parse_text(
        """
        Puesto
        :   Oficial Técnico Asociado

        Aviso de vacante OIT
        :   OIT/JPO/QUI/2027/01

        Lugar de destino
        :   Quito, Ecuador
        """
    )
    assert v.reference == "OIT/JPO/QUI/2027/01"
