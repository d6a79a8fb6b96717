"""A written assessment's blind double marking: two markers mark each answer on the scheme's criteria
alone; answers whose totals differ by more than the allowed spread go to moderation, whose mark (with
its reason) then stands; otherwise the answer's mark is the mean of the two."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Criterion:
    name: str
    max_marks: int


@dataclass(frozen=True)
class Marking:
    """One marker's marks for one answer, per criterion."""

    marker: str
    marks: Mapping[str, Fraction | int]

    def total(self, scheme: Sequence[Criterion]) -> Fraction:
        known = {criterion.name: criterion for criterion in scheme}
        for name, mark in self.marks.items():
            if name not in known:
                raise ValueError(f"{name}: not a criterion of the marking scheme")
            if not 0 <= mark <= known[name].max_marks:
                raise ValueError(f"{name}: a mark is 0 to {known[name].max_marks}, not {mark}")
        absent = [criterion.name for criterion in scheme if criterion.name not in self.marks]
        if absent:
            raise ValueError(f"not marked yet: {', '.join(absent)}")
        return sum((Fraction(mark) for mark in self.marks.values()), Fraction(0))


@dataclass(frozen=True)
class Moderation:
    mark: Fraction
    reason: str
    moderator: str


@dataclass(frozen=True)
class AnswerResult:
    totals: tuple[Fraction, ...]  # each marker's total, in the order they were given
    needs_moderation: bool
    mark: Fraction | None  # None while a marking or a needed moderation is missing
    moderated: bool


def result(
    scheme: Sequence[Criterion],
    markings: Sequence[Marking],
    *,
    allowed_spread: Fraction | int,
    moderation: Moderation | None = None,
) -> AnswerResult:
    """An answer's standing from its (up to two) markings and any moderation."""
    if len({m.marker for m in markings}) != len(markings):
        raise ValueError("each marker marks an answer once")
    if len(markings) > 2:
        raise ValueError("an answer has two markers")
    totals = tuple(marking.total(scheme) for marking in markings)
    maximum = sum(criterion.max_marks for criterion in scheme)
    if moderation is not None and not 0 <= moderation.mark <= maximum:
        raise ValueError(f"a moderated mark is 0 to {maximum}, not {moderation.mark}")
    if len(totals) < 2:
        return AnswerResult(totals, False, None, False)
    apart = abs(totals[0] - totals[1]) > allowed_spread
    if moderation is not None:
        return AnswerResult(totals, apart, Fraction(moderation.mark), True)
    return AnswerResult(totals, apart, None if apart else (totals[0] + totals[1]) / 2, False)
