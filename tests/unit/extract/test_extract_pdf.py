"""PDF: text of every page in order, page ranges, and refusal of bad PDFs."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from jpo.errors import InputError
from jpo.vacancy.extract import extract_bytes
from tests.unit.extract.extract_samples import BODY, pdf_bytes


def test_three_pages_give_three_ranges_in_order() -> None:
    result = extract_bytes(pdf_bytes(3), "pdf")
    assert result.format == "pdf"
    assert len(result.pages) == 3
    pages = [result.text[start:end] for start, end in result.pages]
    for number, page in enumerate(pages, start=1):
        assert f"Section {number}." in page
        assert "UNDP - JPO Terms of Reference" in page
        assert f"Page {number} of 3" in page
    assert " ".join(BODY.split()[:6]) in result.text


def test_pdf_text_uses_newlines_only_and_ends_with_one() -> None:
    result = extract_bytes(pdf_bytes(2), "pdf")
    assert "\r" not in result.text
    assert result.text.endswith("\n")
    assert result.pages[0][0] == 0
    assert result.pages[-1][1] == len(result.text)
    assert result.pages[0][1] == result.pages[1][0]


def test_encrypted_pdf_needs_a_password() -> None:
    with pytest.raises(InputError, match="PDF is encrypted"):
        extract_bytes(pdf_bytes(1, user_password="user-secret"), "pdf")


def test_truncated_pdf_is_not_valid() -> None:
    data = pdf_bytes(3)
    with pytest.raises(InputError, match="not a valid PDF"):
        extract_bytes(data[: len(data) // 2], "pdf")


def test_random_bytes_are_not_a_pdf() -> None:
    with pytest.raises(InputError, match="not a valid PDF"):
        extract_bytes(bytes(range(256)) * 4, "pdf")


def test_pdf_without_text_is_reported_as_scanned() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    with pytest.raises(InputError, match=r"no text found.*OCR"):
        extract_bytes(bytes(pdf.output()), "pdf")


def test_a_documents_comment_balloons_in_the_margin_are_left_out() -> None:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    rows = [
        ("Grade: P-2", "Comment [SO2]: Could we advertise as P-1/P-2?"),
        ("Closing date: 3 May 2027, 23:59 Geneva time", "Comment [AB1]: Should the deadline not be 15 May?"),
        ("Duration: One year", "Deleted: 28 April 2027, 17:00"),
    ]
    for y, (text, balloon) in enumerate(rows):
        pdf.set_xy(15, 20 + 12 * y)
        pdf.cell(110, 6, text)
        pdf.set_xy(135, 20 + 12 * y)
        pdf.multi_cell(60, 5, balloon)
    text = (
        __import__("jpo.vacancy.extract", fromlist=["extract_bytes"])
        .extract_bytes(bytes(pdf.output()), "pdf")
        .text
    )
    assert "Grade: P-2" in text and "Closing date: 3 May 2027, 23:59 Geneva time" in text
    for gone in ("Comment", "P-1/P-2", "15 May", "Deleted", "28 April"):
        assert gone not in text
