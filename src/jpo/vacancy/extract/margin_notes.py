"""A Word document printed "with markup": the notice in a narrowed column and, in the page's right margin,
reviewers' comment balloons ("Comment [AB1]: Should the deadline not be 15 May?") and the record of edits
("Deleted: 28 April 2027", "Formatted: Highlight"). The balloons are no part of the notice: their text
states other dates, grades and ages, and read with the page it runs into the notice's lines.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from jpo.vacancy.extract.runs import Run

# A balloon's first words, in Word's English, French and Spanish
_BALLOON = re.compile(
    r"^(?:Comment(?:aire|ario)?\s*\[[A-Z]{1,5}\d+\]\s*:|(?:Deleted|Formatted|Inserted|Supprim[ée]|Mis\s+en\s+forme"
    r"|Ins[ée]r[ée]|Eliminado|Con\s+formato|Insertado)\s*:)",
    re.IGNORECASE,
)
_MARGIN = 0.55  # of the page's width: balloons stand right of it
_SLACK = 2.0


def without_margin_notes(textpage: pdfium.PdfTextPage, rects: list[Run], width: float) -> list[Run] | None:
    """The page's runs without those of its margin's balloons, when it has any; else None."""
    starts = [
        r[0] for r in rects
        if r[0] >= _MARGIN * width and _BALLOON.match(textpage.get_text_bounded(*r).strip())
    ]  # fmt: skip
    if not starts:
        return None
    margin = min(starts) - _SLACK
    return [r for r in rects if r[0] < margin]
