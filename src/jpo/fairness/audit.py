"""Selection rates and impact ratios per category and per intersection of two categories.

Definitions follow NYC Local Law 144's rules (6 RCNY § 5-300): a category's selection rate is the
share of its people selected; its impact ratio is that rate over the rate of the most selected
category. A category under 2 % of the people with a known value may be left out of that maximum; it is
still reported. Rates are compared in exact fractions, so a ratio of exactly 0.8 is not flagged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations

from jpo.contracts.fairness import (
    EXCLUDED_SHARE,
    REVIEW_BELOW,
    FairnessAudit,
    FairnessFamily,
    FairnessRow,
    Measure,
)

_REVIEW = Fraction(REVIEW_BELOW).limit_denominator()
_EXCLUDED = Fraction(EXCLUDED_SHARE).limit_denominator()


@dataclass(frozen=True, slots=True)
class Person:
    """One person's categories (None when unknown) and whether they were selected."""

    categories: Mapping[str, str | None]
    selected: bool


@dataclass(frozen=True, slots=True)
class _Tally:
    key: tuple[str, ...]
    n: int
    selected: int

    @property
    def rate(self) -> Fraction:
        return Fraction(self.selected, self.n)


def audit(
    people: Sequence[Person],
    by: Sequence[str],
    outcome: str,
    *,
    measure: Measure = "outcome",
    median: float | None = None,
    smallest: int = 0,
) -> FairnessAudit:
    """The audit of `people` by each column of `by` alone and by every pair of them. A category of fewer
    than `smallest` people is also left out of the maximum (jpo's pages withhold its numbers, and the
    others' impact ratios must not give its rate away)."""
    families = [_family(people, (column,), smallest) for column in by]
    families += [_family(people, pair, smallest) for pair in combinations(by, 2)]
    return FairnessAudit(outcome=outcome, n=len(people), families=families, measure=measure, median=median)


def _family(people: Sequence[Person], columns: tuple[str, ...], smallest: int = 0) -> FairnessFamily:
    counts: dict[tuple[str, ...], list[int]] = {}
    unknown = 0
    for person in people:
        values = [person.categories.get(column) for column in columns]
        if any(value is None for value in values):
            unknown += 1
            continue
        count = counts.setdefault(tuple(v for v in values if v is not None), [0, 0])
        count[0] += 1
        count[1] += person.selected
    tallies = [_Tally(key, n, selected) for key, (n, selected) in sorted(counts.items())]
    known = sum(t.n for t in tallies)
    excluded = {t.key for t in tallies if Fraction(t.n, known) < _EXCLUDED or t.n < smallest}
    kept = [t for t in tallies if t.key not in excluded]
    best = max((t.rate for t in kept), default=Fraction(0))
    total_selected = sum(t.selected for t in tallies)
    rows = [
        _row(columns, t, t.key in excluded, best, kept, known, total_selected)
        for t in tallies
    ]  # fmt: skip
    return FairnessFamily(by=list(columns), unknown=unknown, rows=rows)


def _row(
    columns: tuple[str, ...],
    tally: _Tally,
    excluded: bool,
    best: Fraction,
    kept: list[_Tally],
    known: int,
    total_selected: int,
) -> FairnessRow:
    ratio = None if excluded or best == 0 else tally.rate / best
    return FairnessRow(
        category=dict(zip(columns, tally.key, strict=True)),
        n=tally.n,
        selected=tally.selected,
        rate=_round(tally.rate),
        impact_ratio=None if ratio is None else _round(ratio),
        excluded=excluded,
        flag="review" if ratio is not None and ratio < _REVIEW else None,
        fisher_p=_round(fisher_p(tally.selected, tally.n, total_selected, known)),
        to_parity=None if excluded else to_parity(tally, [t for t in kept if t.key != tally.key]),
    )


def to_parity(tally: _Tally, others: Sequence[_Tally]) -> int:
    """The fewest extra selections among `tally`'s people that bring its impact ratio to 0.8 or more
    (its own rate may become the highest as it rises)."""
    others_best = max((t.rate for t in others), default=Fraction(0))
    for extra in range(tally.n - tally.selected + 1):
        rate = Fraction(tally.selected + extra, tally.n)
        best = max(rate, others_best)
        if best == 0 or rate / best >= _REVIEW:
            return extra
    return tally.n - tally.selected  # unreachable: selecting everyone gives a ratio of 1


def fisher_p(selected: int, n: int, total_selected: int, total: int) -> float:
    """Two-sided Fisher's exact test of a category (`selected` of `n`) against the other people of its
    family (the rest of `total_selected` of `total`)."""
    from scipy.stats import fisher_exact  # imported when an audit runs: scipy is slow to load

    table = [[selected, n - selected], [total_selected - selected, total - n - (total_selected - selected)]]
    return float(fisher_exact(table, alternative="two-sided").pvalue)


def _round(value: Fraction | float) -> float:
    return round(float(value), 4)
