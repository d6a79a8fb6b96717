"""A bilingual PDF set side by side: the same text in two languages, one per half of the page.

Read whole, its lines alternate between the languages and every list counts twice; read as its first
(left) column, with the lines that span both halves (letterheads, running heads), it reads as one notice.
A page whose halves are in one language (a two-column layout) is left to the ordinary reading.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from jpo.vacancy.extract.language import language_of
from jpo.vacancy.extract.runs import Run

_SLACK = 2.0  # points a column's line may reach past the page's middle
_SHARE = 0.3  # each half holds at least this share of the page's letters


def first_of_parallel_columns(textpage: pdfium.PdfTextPage, rects: list[Run], width: float) -> str | None:
    """The page's text without its right half when the halves say the same in two languages, else None."""
    middle = width / 2
    left = [r for r in rects if r[2] <= middle + _SLACK]
    right = [r for r in rects if r[0] >= middle - _SLACK]
    if not left or not right:
        return None
    left_text = " ".join(textpage.get_text_bounded(*r) for r in left)
    right_text = " ".join(textpage.get_text_bounded(*r) for r in right)
    letters = len(left_text) + len(right_text)
    if min(len(left_text), len(right_text)) < _SHARE * letters:
        return None
    languages = language_of(left_text), language_of(right_text)
    if None in languages or languages[0] == languages[1]:
        return None
    kept = [r for r in rects if r[0] < middle - _SLACK]  # the left column and the lines across both
    return lines_of(textpage, kept)


def lines_of(textpage: pdfium.PdfTextPage, rects: list[Run]) -> str:
    """The runs' text in the page's order, runs on one line joined by a space."""
    parts: list[str] = []
    previous: Run | None = None
    for rect in rects:
        text = textpage.get_text_bounded(*rect).strip()
        if not text:
            continue
        if previous is not None:
            parts.append(" " if _one_line(previous, rect) else "\n")
        parts.append(text)
        previous = rect
    return "".join(parts)


def _one_line(a: Run, b: Run) -> bool:
    """Whether two runs stand on one line: their heights overlap by half the lower one's (a bullet set in
    another size sits a little higher than its item)."""
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= 0.5 * min(a[3] - a[1], b[3] - b[1])
