"""What answers questions about a long document by searching, not scanning, gives the scan's answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jpo.vacancy.confidence import _containment
from jpo.vacancy.extract import Extracted
from jpo.vacancy.parse import _context

_SPAN = st.tuples(st.integers(0, 200), st.integers(0, 60)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_SPAN, max_size=30), _SPAN)
def test_containment_agrees_with_a_scan(spans: list[tuple[int, int]], asked: tuple[int, int]) -> None:
    scan = any(a <= asked[0] and asked[1] <= b for a, b in spans)
    assert _containment(spans)(*asked) == scan


def test_line_at_agrees_with_a_scan() -> None:
    text = "Title\n\nDuty station:   Nairobi\n- item one\n  wrapped on\n\n| a | b |\nLast line\n"
    ctx = _context(Extracted(text, ((0, len(text)),), "txt"))
    for offset in range(len(text) + 2):
        scan = next((i for i, line in enumerate(ctx.lines) if line.start <= offset < line.end + 1), None)
        assert ctx.line_at(offset) == scan, offset
