"""How sure the parser is of each field it filled: what an admin reviewing a long form checks first.

A value read from its own label ("Duty station: Nairobi") is surer than one found in running
text, which is surer than one inferred from indirect evidence (the only nationality admitted taken
as the sponsor); any value a warning speaks of (two deadlines, a country the gazetteer disputes)
is the least sure of all.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from jpo.vacancy.fields.context import Context

LABELLED = 0.9
STATED = 0.75
INFERRED = 0.5
WARNED = 0.25


def field_of(key: str) -> str:
    """The field a source key belongs to: "duties.3" -> "duties", "competency_indicators.0.2" ->
    "competency_indicators"."""
    return ".".join(part for part in key.split(".") if not part.isdigit())


def _related(field: str, warned: str) -> bool:
    return field == warned or field.startswith(warned + ".") or warned.startswith(field + ".")


def _containment(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether [start, end) lies within one of `spans`: the furthest end among the spans that start at or
    before `start` reaches `end` (a search per question, not a scan: a document may hold thousands)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    furthest = list(accumulate((b for _, b in ordered), max))

    def inside(start: int, end: int) -> bool:
        at = bisect_right(starts, start) - 1
        return at >= 0 and furthest[at] >= end

    return inside


def confidences(ctx: Context) -> dict[str, float]:
    """Each filled field's confidence, from 0 to 1 (see the module's docstring)."""
    within_a_label = _containment([pair.value.span() for pair in ctx.structure.pairs if pair.value.text])
    found: dict[str, float] = {}
    for key, (start, end) in ctx.sources.items():
        if key in ctx.inferred:
            level = INFERRED
        elif within_a_label(start, end):
            level = LABELLED
        else:
            level = STATED
        field = field_of(key)
        found[field] = min(found.get(field, 1.0), level)
    for warned, _ in ctx.warnings:
        for field in found:
            if _related(field, warned):
                found[field] = WARNED
    return dict(sorted(found.items()))
