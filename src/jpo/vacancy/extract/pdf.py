"""PDF files read page by page into text with pypdfium2."""

from __future__ import annotations

import re
import threading

import pypdfium2 as pdfium

from jpo.errors import InputError
from jpo.vacancy.extract.footnotes import inline_footnotes
from jpo.vacancy.extract.margin_notes import without_margin_notes
from jpo.vacancy.extract.parallel import first_of_parallel_columns, lines_of
from jpo.vacancy.extract.reading_order import reordered_text
from jpo.vacancy.extract.runs import page_runs
from jpo.vacancy.extract.text import Pages

MAX_PAGES = 500
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_SECURITY_ERROR = 5  # FPDF_ERR_SECURITY
_REASONS = {
    1: "unknown error",
    2: "file access error",
    3: "data format error",
    6: "page not found or content error",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
# PDFium is not thread-safe: one document at a time in this process.
_LOCK = threading.Lock()


def extract_pdf(data: bytes) -> tuple[str, Pages]:
    """Every page's text in order, pages joined with "\\n"; raises InputError for bad PDFs."""
    with _LOCK:
        texts = _page_texts(data)
    if not any(text.strip() for text in texts):
        raise InputError("no text found (scanned PDF? OCR is not supported)")
    pages: list[tuple[int, int]] = []
    start = 0
    for text in texts:
        pages.append((start, start + len(text) + 1))
        start += len(text) + 1
    return "\n".join(texts) + "\n", tuple(pages)


def _page_texts(data: bytes) -> list[str]:
    document = _open(data)
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise InputError(f"PDF has {count} pages, over the {MAX_PAGES}-page limit")
        return [inline_footnotes(_page_text(document, index)) for index in range(count)]
    except pdfium.PdfiumError as err:
        raise InputError(f"not a valid PDF (cannot read a page: {err})") from err
    finally:
        document.close()


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        code = getattr(err, "err_code", None)
        if code == _PASSWORD_ERROR:
            raise InputError("PDF is encrypted (password required)") from err
        if code == _SECURITY_ERROR:
            raise InputError("PDF is encrypted (unsupported security scheme)") from err
        reason = _REASONS.get(code, "unknown error") if isinstance(code, int) else str(err)
        raise InputError(f"not a valid PDF ({reason})") from err


def _page_text(document: pdfium.PdfDocument, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            width, height = page.get_size()
            runs = page_runs(textpage)
            kept = without_margin_notes(textpage, runs, width)
            raw: str = (
                (reordered_text(textpage, kept, height) or lines_of(textpage, kept))
                if kept is not None
                else first_of_parallel_columns(textpage, runs, width)
                or reordered_text(textpage, runs, height)
                or textpage.get_text_bounded()
            )
        finally:
            textpage.close()
    finally:
        page.close()
    text = _CONTROL.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip("\n")
