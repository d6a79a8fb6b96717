"""A bilingual PDF set side by side: the same text in two languages, one per half of the page.

Read whole, its lines alternate between the languages and every list counts twice; read as its first
(left) column, with the lines that span both halves (letterheads, running heads), it reads as one notice.
A page whose halves are in one language (a two-column layout) is left to the ordinary reading.
"""

from __future__ import annotations

import re
import unicodedata

import pypdfium2 as pdfium

from jpo.vacancy.extract.runs import Run

_SLACK = 2.0  # points a column's line may reach past the page's middle
_SHARE = 0.3  # each half holds at least this share of the page's letters
_WORDS = re.compile(r"[^\W\d_]+")
# The commonest words of each language, none shared between them.
_COMMON = {
    "en": frozenset((
        "the", "and", "of", "to", "for", "with", "will", "is", "are", "be", "on", "this", "that", "from",
        "by", "as", "an",
    )),
    "fr": frozenset((
        "le", "la", "les", "des", "et", "du", "pour", "avec", "est", "sont", "dans", "une", "au", "aux",
        "sur", "ce", "qui",
    )),
    "es": frozenset((
        "el", "los", "las", "del", "y", "para", "con", "por", "una", "son", "al", "lo", "pero", "como", "sus",
    )),
}  # fmt: skip


def _language(text: str) -> str | None:
    folded = unicodedata.normalize("NFKD", text.casefold())
    words = _WORDS.findall("".join(ch for ch in folded if not unicodedata.combining(ch)))
    counts = {code: sum(word in common for word in words) for code, common in _COMMON.items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 5 else None


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
    languages = _language(left_text), _language(right_text)
    if None in languages or languages[0] == languages[1]:
        return None
    kept = [r for r in rects if r[0] < middle - _SLACK]  # the left column and the lines across both
    return _lines(textpage, kept)


def _lines(textpage: pdfium.PdfTextPage, rects: list[Run]) -> str:
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
