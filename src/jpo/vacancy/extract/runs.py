"""The runs of text a PDF page holds: rectangles of characters on one line, in the order they were drawn."""

from __future__ import annotations

import pypdfium2 as pdfium

Run = tuple[float, float, float, float]  # left, bottom, right, top


def page_runs(textpage: pdfium.PdfTextPage) -> list[Run]:
    """Every run of the page, read once for the readers that reorder or select them."""
    return [textpage.get_rect(i) for i in range(textpage.count_rects())]
