"""A page whose text a design tool drew out of reading order (a poster: its footer and sidebar first, its
title last), read again in the order a reader takes: bands from the top, columns from the left.

Only a page whose text stream starts below its top quarter while text stands above it is reordered; any
other page keeps the order its text was written in.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from jpo.vacancy.extract.runs import Run

_TOP_SHARE = 0.25  # the top quarter of the page, where a page's reading starts
_GAP = {"y": 6.0, "x": 14.0}  # points of white space that part two bands, or two columns (not a bullet's)
_LINE = 3.0  # points between the middles of two runs on one line
_NEAR = 24.0  # points between two runs of one line


def reordered_text(textpage: pdfium.PdfTextPage, rects: list[Run], height: float) -> str | None:
    """The page's text in reading order when its stream starts below the top quarter, else None."""
    if len(rects) < 2:
        return None
    top_line = height * (1 - _TOP_SHARE)
    if rects[0][3] >= top_line or max(rect[3] for rect in rects) < top_line:
        return None
    try:
        lines = _lines(_xy_cut(rects))
    except RecursionError:
        return None  # (a layout nested past any poster's: the order the text was written in)
    texts = [" ".join(t for r in line if (t := textpage.get_text_bounded(*r).strip())) for line in lines]
    return "\n".join(text for text in texts if text)


def _xy_cut(rects: list[Run]) -> list[Run]:
    """The runs in reading order: cut at the widest white gap across them, a band's (top part first) or a
    column's (left part first), until none is left; then top to bottom."""
    if len(rects) <= 1:
        return rects
    gaps = [(gap, axis) for axis in ("y", "x") if (gap := _widest_gap(rects, axis)) is not None]
    if not gaps:
        return sorted(rects, key=lambda r: (-(r[1] + r[3]) / 2, r[0]))
    (_, cut), axis = max(gaps)  # the widest gap, whichever way it runs
    if axis == "y":
        first = [r for r in rects if (r[1] + r[3]) / 2 > cut]
        rest = [r for r in rects if (r[1] + r[3]) / 2 <= cut]
    else:
        first = [r for r in rects if (r[0] + r[2]) / 2 < cut]
        rest = [r for r in rects if (r[0] + r[2]) / 2 >= cut]
    if not first or not rest:  # (a run straddling the cut's middle: no progress)
        return sorted(rects, key=lambda r: (-(r[1] + r[3]) / 2, r[0]))
    return _xy_cut(first) + _xy_cut(rest)


def _widest_gap(rects: list[Run], axis: str) -> tuple[float, float] | None:
    """The width and the middle of the widest white gap (over its `_GAP`) between the runs' spans."""
    spans = sorted((r[1], r[3]) if axis == "y" else (r[0], r[2]) for r in rects)
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for low, high in spans[1:]:
        if low - reach > _GAP[axis] and (best is None or low - reach > best[1] - best[0]):
            best = (reach, low)
        reach = max(reach, high)
    return None if best is None else (best[1] - best[0], (best[0] + best[1]) / 2)


def _lines(rects: list[Run]) -> list[list[Run]]:
    """Consecutive runs whose middles stand level and close, as lines, each read from the left (a bullet and
    its item; not a title and a badge far to its right)."""
    lines: list[list[Run]] = []
    for rect in rects:
        middle = (rect[1] + rect[3]) / 2
        last = lines[-1][-1] if lines else None
        if last is not None and abs((last[1] + last[3]) / 2 - middle) <= _LINE and rect[0] - last[2] <= _NEAR:
            lines[-1].append(rect)
        else:
            lines.append([rect])
    return [sorted(line, key=lambda r: r[0]) for line in lines]
