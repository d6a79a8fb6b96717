"""A PDF page's footnotes, printed at its bottom by a word processor, are read at their marks."""

from __future__ import annotations

from fpdf import FPDF

from jpo.vacancy.extract import extract_bytes
from jpo.vacancy.extract.footnotes import inline_footnotes


def test_a_note_at_the_pages_bottom_is_read_at_its_mark() -> None:
    page = (
        "Requisitos del programa\n- Tener 30 años o menos3.\n- Tener la nacionalidad española.\n"
        "Las candidaturas se presentan hasta el 7 de junio de 2027 a las 14:00, hora peninsular española4.\n"
        "3\n Edad cumplida a 31 de diciembre de 2027, año de la convocatoria.\n"
        "4\n Equivale a las 12:00 UTC.\nAECID · Programa JPO Página 4 de 4"
    )
    lines = inline_footnotes(page).split("\n")
    assert (
        lines[1]
        == "- Tener 30 años o menos (note: Edad cumplida a 31 de diciembre de 2027, año de la convocatoria.)."
    )
    assert lines[3].endswith("hora peninsular española (note: Equivale a las 12:00 UTC.).")
    assert lines[4:] == ["AECID · Programa JPO Página 4 de 4"]


def test_numbers_that_call_no_note_or_notes_no_mark_calls_stay() -> None:
    unmarked = "Grade P2, 24 months.\n\n3\n Edad cumplida a 31 de diciembre.\n"
    assert inline_footnotes(unmarked) == unmarked
    listed = "- Tener 30 años o menos3.\n1. CV en inglés.\n2. Carta de motivación.\n3 Copia del DNI.\n"
    assert inline_footnotes(listed) == listed  # a list's items are no notes, and no note of the first kind


def test_a_word_processors_pdf_footnote_is_read_into_the_rule() -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(
        0, 6, "Eligibility\n- Applicants must be 32 years of age or younger1.\n- Dutch nationality."
    )
    pdf.set_xy(10, 250)
    pdf.set_font("helvetica", size=8)
    pdf.multi_cell(0, 4, "1\nAge reached on 31 December 2027.")
    text = extract_bytes(bytes(pdf.output()), "pdf").text
    assert "- Applicants must be 32 years of age or younger (note: Age reached on 31 December 2027.)." in text


def test_a_note_whose_raised_number_is_glued_to_its_text_and_a_mark_glued_to_the_next_word() -> None:
    # a LaTeX PDF's text: the raised numbers lose their spaces ("younger2and", "4This limit …")
    page = (
        "Applicants must be 35 years of age or younger2and hold the degree of Section 5.1.\n"
        "Applicants may apply for up to two posts4.\n"
        "2Age is counted on the closing date, 16 June 2027.\n"
        "4This limit applies within one recruitment round. The Centre holds more than one round\n"
        "each year.\n"
        "3"
    )
    lines = inline_footnotes(page).split("\n")
    assert lines[0] == (
        "Applicants must be 35 years of age or younger (note: Age is counted on the closing date, 16 June "
        "2027.) and hold the degree of Section 5.1."
    )
    assert lines[1].startswith("Applicants may apply for up to two posts (note: This limit applies")
    assert lines[1].endswith("more than one round each year.).")
    assert lines[2:] == ["3"]


def test_a_numbered_heading_is_no_glued_note() -> None:
    page = "Applicants may apply for up to two posts.\nModels2 and tools.\n2 Background\nThe office covers …"
    assert inline_footnotes(page) == page
