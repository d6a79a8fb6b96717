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
