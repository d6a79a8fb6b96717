"""A bilingual PDF set side by side is read as its first column; a two-column page in one language whole."""

from __future__ import annotations

from jpo.vacancy.extract import extract_bytes
from tests.unit.extract.extract_samples import two_column_pdf

FRENCH = [
    "Ville : Saint-Louis",
    "Le bureau de projet de l'ONUDI met en oeuvre le programme dans la vallee du fleuve, avec les cooperatives"
    " et les entreprises de transformation de la region.",
    "- Appuyer la planification et le suivi des activites du programme ;",
    "- Realiser des analyses des chaines de valeur du riz et du lait ;",
]
ENGLISH = [
    "City: Saint-Louis",
    "The UNIDO project office implements the programme in the river valley, with the cooperatives and the"
    " processing enterprises of the region.",
    "- Support the planning and monitoring of the programme's activities;",
    "- Carry out analyses of the rice and dairy value chains;",
]


def test_a_bilingual_page_is_read_as_its_first_column_with_the_lines_across_it() -> None:
    text = extract_bytes(
        two_column_pdf(FRENCH, ENGLISH, heading="TERMES DE REFERENCE / TERMS OF REFERENCE"), "pdf"
    ).text
    assert "TERMES DE REFERENCE / TERMS OF REFERENCE" in text
    assert "Ville : Saint-Louis" in text and "- Appuyer la planification" in text
    assert "City: Saint-Louis" not in text and "Support the planning" not in text


def test_two_columns_in_one_language_are_both_read() -> None:
    more = [
        "- Preparer des notes de synthese et des contributions aux rapports destines au donateur ;",
        "- Assurer la liaison avec les services techniques de l'Etat et les organisations de producteurs ;",
        "Le programme publie un seul appel par an et la date limite est fixee dans l'avis de vacance.",
    ]
    text = extract_bytes(two_column_pdf(FRENCH, more), "pdf").text
    assert "Appuyer la planification" in text and "Preparer des notes" in text
