"""The criterion weights a programme admin may set for one vacancy, within bounds: every criterion named,
each weight from 0 to 1, shares normalised to sum to 1 (so scores stay between 0 and 1), at least two
criteria counting and none above MAX_SHARE of the total (a ranking on one criterion alone is no ranking)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final

from jpo.matching.rank import CRITERIA

MAX_SHARE: Final = 0.7


class WeightsError(ValueError):
    """Weights out of bounds: `code` says how (unknown, missing, number, range, too_few, too_heavy),
    `criterion` which one, so a page can say it in its reader's language."""

    def __init__(self, message: str, code: str, criterion: str | None = None) -> None:
        super().__init__(message)
        self.code, self.criterion = code, criterion


def steered_weights(values: Mapping[str, float]) -> dict[str, float]:
    """The weights as stored and used, or WeightsError naming what is out of bounds."""
    unknown = sorted(set(values) - set(CRITERIA))
    if unknown:
        message = f"weights: {unknown[0]} is not a criterion (the criteria are {', '.join(CRITERIA)})"
        raise WeightsError(message, "unknown", unknown[0])
    missing = [name for name in CRITERIA if name not in values]
    if missing:
        raise WeightsError(f"weights: give a weight for {missing[0]}", "missing", missing[0])
    for name in CRITERIA:
        value = values[name]
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise WeightsError(f"weights: {name} must be a number", "number", name)
        if not 0 <= value <= 1:
            raise WeightsError(f"weights: {name} must be from 0 to 1", "range", name)
    if sum(1 for name in CRITERIA if values[name] > 0) < 2:
        raise WeightsError("weights: at least two criteria must count", "too_few")
    total = sum(float(values[name]) for name in CRITERIA)
    shares = {name: round(float(values[name]) / total, 4) for name in CRITERIA}
    heaviest = max(CRITERIA, key=lambda name: shares[name])
    if shares[heaviest] > MAX_SHARE:
        message = f"weights: {heaviest} would be {shares[heaviest]:.0%} of the score; at most {MAX_SHARE:.0%}"
        raise WeightsError(message, "too_heavy", heaviest)
    return shares
