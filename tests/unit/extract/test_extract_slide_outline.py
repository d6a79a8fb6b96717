"""A slide deck saved as text (PowerPoint's outline) is read as the notice it presents."""

from __future__ import annotations

from jpo.vacancy.extract.slide_outline import from_slide_outline, is_slide_outline
from jpo.vacancy.parse import parse_bytes

DECK = (
    "Diapositive 1\nFAO – Représentation au Cameroun\n\tProgramme belge de Jeunes Experts Associés – appel 2027\n"
    "Notes :\nAccueil des participants.\n\n"
    "Diapositive 2\nLe poste en bref\n\tIntitulé : Jeune expert associé – Chaînes de valeur agricoles\n\tGrade : P-2\n"
    "\tLieu d'affectation :\n\t\tVille : Garoua\n\t\tPays : Cameroun\n\n"
    "Diapositive 3\nVos missions (1/2)\n\tAppuyer le suivi des chaînes de valeur\n\t\tY compris l'appui aux coopératives\n"
    "\tContribuer aux analyses de marché\n\n"
    "Diapositive 4\nVos missions (2/2)\n\tPréparer des notes techniques\n\n"
    "Diapositive 5\nProfil recherché\n\tLangues\n\t\tFrançais : indispensable\n\t\tNéerlandais : non requis\n"
    "Notes :\nLa DGD n'organise qu'un seul appel JEA par an.\n"
)


def test_a_deck_outline_reads_as_headings_rows_and_lists() -> None:
    assert is_slide_outline(DECK)
    text = from_slide_outline(DECK)
    assert "Diapositive" not in text and "## Le poste en bref" in text and "Grade : P-2" in text
    assert text.count("## Vos missions") == 1  # the slide (2/2) carries on (1/2)
    assert "  - Y compris l'appui aux coopératives" in text and "  - Français : indispensable" in text
    assert "\nLa DGD n'organise qu'un seul appel JEA par an." in text


def test_a_deck_outline_parses_to_its_facts() -> None:
    v = parse_bytes(DECK.encode(), "txt")
    assert v.title == "Jeune expert associé – Chaînes de valeur agricoles"
    assert v.grades == ["P2"] and (v.duty_station.city, v.duty_station.country) == ("Garoua", "CM")
    assert len(v.duties) == 3 and v.languages.required == [["fr"]]


def test_tabs_without_slides_or_notes_are_no_deck() -> None:
    assert not is_slide_outline("Title\n\tfirst\n\tsecond\nOther\n\tthird\n")
    assert from_slide_outline("Grade: P-2\n") == "Grade: P-2\n"


def test_a_notice_with_tabbed_bullets_and_a_note_is_no_deck() -> None:
    notice = (
        "Duties\n\t- Support the office\n\t- Draft reports\nQualifications\n\t- Master degree\n"
        "Note: the deadline is firm.\nThe JPO will work closely with the team and report to the head of office.\n"
        "Languages\n\t- English\n"
    )
    assert not is_slide_outline(notice)
