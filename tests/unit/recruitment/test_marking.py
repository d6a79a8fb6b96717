"""Blind double marking of a written assessment, against answers marked by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest

from jpo.recruitment.marking import Criterion, Marking, Moderation, result

SCHEME = [Criterion("Analysis", 10), Criterion("Writing", 10)]


def test_close_marks_average_and_distant_ones_wait_for_moderation() -> None:
    close = result(SCHEME, [Marking("m1", {"Analysis": 7, "Writing": 8}), Marking("m2", {"Analysis": 6, "Writing": 7})],
                   allowed_spread=3)  # fmt: skip
    assert close.totals == (15, 13) and close.mark == 14 and not close.needs_moderation
    apart = [
        Marking("m1", {"Analysis": 7, "Writing": 8}),
        Marking("m2", {"Analysis": 5, "Writing": 6}),
    ]  # 15 vs 11
    waiting = result(SCHEME, apart, allowed_spread=3)
    assert waiting.needs_moderation and waiting.mark is None
    moderated = result(
        SCHEME, apart, allowed_spread=3, moderation=Moderation(Fraction(13), "structure", "chief")
    )
    assert moderated.mark == 13 and moderated.moderated
    assert result(SCHEME, apart, allowed_spread=4).mark == 13  # 4 apart is within a spread of 4
    assert result(SCHEME, apart[:1], allowed_spread=3).mark is None  # the second marker has not marked


@pytest.mark.parametrize(
    ("marks", "message"),
    [({"Analysis": 11, "Writing": 0}, "0 to 10"), ({"Analysis": 5}, "not marked yet: Writing"),
     ({"Analysis": 5, "Writing": 5, "Style": 1}, "not a criterion"), ({"Analysis": -1, "Writing": 0}, "0 to 10")],
)  # fmt: skip
def test_marks_outside_the_scheme_are_refused(marks: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        result(SCHEME, [Marking("m1", marks)], allowed_spread=3)


def test_one_marker_marks_once_and_a_moderated_mark_stays_within_the_scheme() -> None:
    same = Marking("m1", {"Analysis": 5, "Writing": 5})
    with pytest.raises(ValueError, match="once"):
        result(SCHEME, [same, same], allowed_spread=3)
    two = [same, Marking("m2", {"Analysis": 9, "Writing": 9})]
    with pytest.raises(ValueError, match="0 to 20"):
        result(SCHEME, two, allowed_spread=3, moderation=Moderation(Fraction(21), "too generous", "chief"))
