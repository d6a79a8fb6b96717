"""Ranking quality against graded judgements: nDCG with gain 2^grade − 1."""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping, Sequence
from pathlib import Path


def ndcg(order: Sequence[str], grades: Mapping[str, int], k: int) -> float:
    """nDCG@k of `order` (ids, best first); ungraded ids have grade 0."""

    def dcg(gains: Sequence[int]) -> float:
        return float(sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:k])))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(key, 0) for key in order]) / ideal if ideal else 0.0


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    """Tab-separated `vacancy_file, profile_id, grade[, reason]` rows under a header line, as
    {vacancy_file: {profile_id: grade}}."""
    grades: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            grades.setdefault(row["vacancy_file"], {})[row["profile_id"]] = int(row["grade"])
    return grades
