"""A competency-based interview panel's sheet: each member rates each indicator of each competency alone
on the UN four-step scale; the chair sees, per competency, every member's rating (the mean of their
indicators), the panel's mean, the spread between members, and the step the mean maps to.

Exact arithmetic (fractions), so a mean that lies on a boundary maps the same way every time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

Step = Literal["outstanding", "satisfactory", "partially_satisfactory", "unsatisfactory"]
# The UN's competency-based interview scale, highest first; a rating is its value here.
SCALE: dict[Step, int] = {
    "outstanding": 4,
    "satisfactory": 3,
    "partially_satisfactory": 2,
    "unsatisfactory": 1,
}
STEPS: tuple[Step, ...] = tuple(SCALE)
FLAG_SPREAD = 1  # members more than one step apart on a competency: the chair should hear why


@dataclass(frozen=True)
class Rating:
    """One member's rating of one behavioural indicator, with the evidence they heard."""

    member: str
    competency: str
    indicator: str
    value: int  # 1..4, see SCALE
    evidence: str

    def __post_init__(self) -> None:
        if self.value not in SCALE.values():
            raise ValueError(f"{self.competency} / {self.indicator}: a rating is 1 to 4, not {self.value}")


@dataclass(frozen=True)
class CompetencyLine:
    competency: str
    by_member: dict[str, Fraction]  # each member's mean over the competency's indicators
    mean: Fraction
    spread: Fraction  # highest member's rating minus the lowest's
    step: Step
    flagged: bool  # spread > FLAG_SPREAD


def step_of(value: Fraction) -> Step:
    """The step a mean rating maps to: the nearest, halves upward (3.5 → outstanding)."""
    for step, rating in SCALE.items():
        if value >= Fraction(2 * rating - 1, 2):
            return step
    return "unsatisfactory"


def _mean(values: Sequence[Fraction | int]) -> Fraction:
    return sum((Fraction(v) for v in values), Fraction(0)) / len(values)


def consolidate(ratings: Sequence[Rating], competencies: Sequence[str]) -> list[CompetencyLine]:
    """The sheet, one line per competency in the kit's order; a competency no member rated is left out."""
    lines = []
    for competency in competencies:
        per_member: dict[str, list[int]] = {}
        for rating in ratings:
            if rating.competency == competency:
                per_member.setdefault(rating.member, []).append(rating.value)
        if not per_member:
            continue
        by_member = {member: _mean(values) for member, values in sorted(per_member.items())}
        mean = _mean(list(by_member.values()))
        spread = max(by_member.values()) - min(by_member.values())
        lines.append(CompetencyLine(competency, by_member, mean, spread, step_of(mean), spread > FLAG_SPREAD))
    return lines


def overall(lines: Sequence[CompetencyLine]) -> Fraction | None:
    """The mean of the competencies' means (each competency counts once), or None with no line."""
    return _mean([line.mean for line in lines]) if lines else None


def missing(
    ratings: Sequence[Rating], members: Sequence[str], kit: Mapping[str, Sequence[str]]
) -> dict[str, list[tuple[str, str]]]:
    """Per member, the (competency, indicator) pairs of the kit they have not rated yet."""
    done = {(r.member, r.competency, r.indicator) for r in ratings}
    pairs = [(competency, indicator) for competency, indicators in kit.items() for indicator in indicators]
    return {member: [pair for pair in pairs if (member, *pair) not in done] for member in members}
