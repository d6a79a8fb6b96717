"""People and their outcomes read from the rows of an auditor's CSV, every bad cell named by its line."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from jpo.errors import InputError
from jpo.fairness.audit import Person

_TRUE = frozenset(("1", "true", "yes", "y", "oui", "sí", "si"))
_FALSE = frozenset(("0", "false", "no", "n", "non"))


@dataclass(frozen=True, slots=True)
class Outcomes:
    people: list[Person]
    median: float | None  # with a score column: the whole sample's median


def read_outcomes(
    rows: Iterable[Mapping[str, str | None]],
    columns: Sequence[str],
    by: Sequence[str],
    *,
    outcome: str | None = None,
    score: str | None = None,
) -> Outcomes:
    """People from CSV rows (line 2 is the first row): categories from `by` (an empty cell is
    unknown), selected from the `outcome` column (1/0, true/false, yes/no), or, with `score`, whether
    the score is strictly above the whole sample's median. Raises InputError naming line and column."""
    target = score or outcome or "selected"
    for column in [*by, target]:
        if column not in columns:
            known = ", ".join(columns) or "none"
            raise InputError(f'no column "{column}" (the columns are: {known})')
    if len(set(by)) != len(by):
        raise InputError("a --by column is given twice")
    if target in by:
        raise InputError(f'"{target}" is both a category and the outcome')
    categories: list[dict[str, str | None]] = []
    values: list[str] = []
    for line, row in enumerate(rows, start=2):
        categories.append({column: (row.get(column) or "").strip() or None for column in by})
        values.append((row.get(target) or "").strip())
        if None in row:  # csv.DictReader puts a row's extra cells under the key None
            raise InputError(f"line {line}: more cells than the header has columns")
    if not values:
        raise InputError("no rows: the file holds a header only")
    if score is None:
        selected = [_outcome(value, line, target) for line, value in enumerate(values, start=2)]
        return Outcomes([Person(c, s) for c, s in zip(categories, selected, strict=True)], None)
    scores = [_score(value, line, target) for line, value in enumerate(values, start=2)]
    median = statistics.median(scores)
    people = [Person(c, value > median) for c, value in zip(categories, scores, strict=True)]
    return Outcomes(people, median)


def _outcome(value: str, line: int, column: str) -> bool:
    folded = value.casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    shown = value or "an empty cell"
    raise InputError(
        f'line {line}, column "{column}": {shown!r} is no outcome (use 1/0, true/false or yes/no)'
    )


def _score(value: str, line: int, column: str) -> float:
    try:
        number = float(value if "." in value else value.replace(",", "."))  # "3,5" is a decimal comma
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        shown = value or "an empty cell"
        raise InputError(f'line {line}, column "{column}": {shown!r} is not a number')
    return number
