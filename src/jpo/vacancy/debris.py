"""Recognise page-break debris: running headers and footers, page numbers and bare link lines."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import pairwise

from jpo.vacancy.lines import Line

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/|de|sur)\s*\d{1,4})?"
    # OCR reads "- 1 -" as "- l -", "- 1/2 -" as "- l/2 -"
    r"|[-–—]\s*[\dlI]{1,4}(?:\s*/\s*[\dlI]{1,4})?\s*[-–—]"
    r"|\d{1,4}\s*(?:/|of|de|sur)\s*\d{1,4})$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_EDGE = 3  # lines at the top and bottom of a page where running headers and footers live
# A page's footnotes: a rule near its foot, then notes that open on their marker ("1 Step on entry is …").
_RULE = re.compile(r"^[-_–—=]{8,}$")
_FOOTNOTE = re.compile(r"^(?:\d{1,2}|[*†‡¹²³⁴⁵⁶⁷⁸⁹])\s*[A-ZÀ-Ý]")
_FOOTNOTE_LINES = 8
_WIDE_GAP = 10  # spaces between a running head's left and right parts ("UNHCR / BFIO      Bertoua")
_HEAD_WORDS = 12


def _shape(text: str) -> str:
    return _DIGITS.sub("#", text.casefold())


def _edge_lines(lines: list[Line]) -> dict[int, list[Line]]:
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append(line)
    return {page: found[:_EDGE] + found[-_EDGE:] for page, found in by_page.items()}


def _running_shapes(edges: dict[int, list[Line]]) -> set[str]:
    """Shapes of lines repeated at a page edge on at least half the pages (and two of them)."""
    counts: Counter[str] = Counter()
    for found in edges.values():
        counts.update({_shape(line.text) for line in found})
    needed = max(2, (len(edges) + 1) // 2)
    return {shape for shape, count in counts.items() if count >= needed}


# A mail app's signature: "Sent from my iPhone", "Envoyé de mon iPhone", "Enviado desde mi Android"
_MOBILE_SIGNATURE = re.compile(
    r"^(?:sent|envoy[ée]|enviado)\s+(?:from|de|depuis|desde)\s+(?:my|mon|ma|mi)\s+(?:\w+\s+)?"
    r"(?:iphone|ipad|android|galaxy|phone|mobile|smartphone|portable|t[ée]l[ée]phone|m[óo]vil|celular|tablet|tablette)\b",
    re.IGNORECASE,
)


def is_debris_text(text: str) -> bool:
    """A line that is never content wherever it stands: a page number, a bare link, a mail app's signature."""
    return bool(_PAGE_NUMBER.match(text) or _BARE_URL.match(text) or _MOBILE_SIGNATURE.match(text))


def _running_lines(lines: list[Line]) -> list[Line]:
    """The running heads and feet of a multi-page document, and bare numbers at a page's edge."""
    edges = _edge_lines(lines)
    running = _running_shapes(edges)
    found = [
        line for found in edges.values() for line in found
        if _shape(line.text) in running or _BARE_NUMBER.match(line.text)
    ]  # fmt: skip
    return found + _rules_beside(lines, found)


def _rules_beside(lines: list[Line], running: list[Line]) -> list[Line]:
    """A rule right under a running head or over a running foot, on its page: the head's own underline,
    which would otherwise end the list that the page break cuts."""
    heads = {id(line) for line in running if not _BARE_NUMBER.match(line.text)}

    def beside_a_head(i: int) -> bool:
        near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        return any(id(other) in heads and other.page == lines[i].page for other in near)

    return [line for i, line in enumerate(lines) if _RULE.match(line.text) and beside_a_head(i)]


def _footnotes(lines: list[Line]) -> list[Line]:
    """Each page's footnote block, its rule included, when the page is followed by another: a list or a
    sentence cut by the page break carries on past it."""
    found: list[Line] = []
    for i, line in enumerate(lines):
        if not _RULE.match(line.text) or i + 1 >= len(lines) or not _FOOTNOTE.match(lines[i + 1].text):
            continue
        block = [other for other in lines[i : i + _FOOTNOTE_LINES + 2] if other.page == line.page]
        if len(block) <= _FOOTNOTE_LINES + 1 and i + len(block) < len(lines):
            found += block
    return found


def _heads_beside_page_marks(lines: list[Line]) -> list[Line]:
    """In a text that lost its page breaks (an OCR's, a paste's), the running head or foot that stands
    right before or after a page mark ("- 1 -"): a short line whose two parts stand far apart."""
    found: list[Line] = []
    for i, line in enumerate(lines):
        if not _PAGE_NUMBER.match(line.text):
            continue
        for other in lines[max(0, i - 1) : i + 2]:
            far = any(b - a > _WIDE_GAP for a, b in zip(other.offsets, other.offsets[1:], strict=False))
            if other is not line and far and len(other.text.split()) <= _HEAD_WORDS:
                found.append(other)
    return found


# A phone's status bar, atop each screenshot an OCR reads: "9:41      4G  87 %", "14:02 ▂▄▆ LTE 62%"
_STATUS_BAR = re.compile(
    r"^\d{1,2}:\d{2}\b.{0,60}?(?:\b\d{1,3}\s?%|\b[345]G|\bLTE|\bWi-?Fi)\s*$", re.IGNORECASE
)
_SCREEN_EDGE = 5  # lines at a screenshot's top (its app bar and tabs) and bottom (a sticky button)
_MOST_OVERLAP = 15  # lines that two consecutive screenshots may both show


def _screenshots(lines: list[Line]) -> list[Line]:
    """In the OCR of consecutive screenshots, each shot's furniture (the status bar, the app's bar and tabs,
    a sticky button: lines at a shot's edge that recur on other shots) and the lines a shot repeats from the
    end of the one before it."""
    starts = [i for i, line in enumerate(lines) if _STATUS_BAR.match(line.text)]
    if len(starts) < 2:
        return []
    shots = [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=False)]
    # (counted at the top and at the bottom apart: the lines two shots share stand at the bottom of one and
    # the top of the next)
    tops = Counter(shape for shot in shots for shape in {_shape(line.text) for line in shot[:_SCREEN_EDGE]})
    feet = Counter(shape for shot in shots for shape in {_shape(line.text) for line in shot[-_SCREEN_EDGE:]})
    furniture = {shape for counts in (tops, feet) for shape, count in counts.items() if count >= 2}
    found = [line for shot in shots for line in shot if _shape(line.text) in furniture]
    furnished = {id(line) for line in found}
    kept = [[line for line in shot if id(line) not in furnished] for shot in shots]
    for before, after in pairwise(kept):
        most = min(len(before), len(after), _MOST_OVERLAP)
        overlap = next(
            (k for k in range(most, 0, -1) if [x.text for x in before[-k:]] == [x.text for x in after[:k]]), 0
        )
        found += after[:overlap]
    return found


def remove_debris(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines without page numbers, bare links, and (on multi-page documents) running heads; and
    each running head or foot once, where it first stands: it is no content of the page it repeats on,
    yet it may be the only place that states a value (a reference number)."""
    paged = len({line.page for line in lines}) > 1
    running = _running_lines(lines) if paged else _heads_beside_page_marks(lines)
    drop = {id(line) for line in lines if is_debris_text(line.text)} | {id(line) for line in running}
    drop |= {id(line) for line in _footnotes(lines)} if paged else {id(line) for line in _screenshots(lines)}
    seen: set[str] = set()
    heads: list[Line] = []
    for line in running:
        if not _BARE_NUMBER.match(line.text) and _shape(line.text) not in seen:
            seen.add(_shape(line.text))
            heads.append(line)
    return [line for line in lines if id(line) not in drop], heads
