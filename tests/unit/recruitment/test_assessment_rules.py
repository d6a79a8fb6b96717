"""A written assessment's pure rules: windows and due times, answer numbers, the scheme's and the
marks' problems, and sheets' standings against numbers worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from fractions import Fraction

from jpo.recruitment.assessment import (
    Task,
    answer_number,
    due_at,
    phase,
    problems_of_marks,
    problems_of_scheme,
    sitting_state,
    standing,
)
from jpo.recruitment.marking import Criterion

OPENS = datetime(2030, 1, 1, 9, tzinfo=UTC)
CLOSES = OPENS + timedelta(hours=8)
SCHEME = [Criterion("Analysis", 10), Criterion("Writing", 5)]


def test_the_window_and_the_due_time() -> None:
    assert phase(OPENS, CLOSES, OPENS - timedelta(seconds=1)) == "not_open"
    assert phase(OPENS, CLOSES, OPENS) == "open"
    assert phase(OPENS, CLOSES, CLOSES) == "closed"
    assert due_at(OPENS, 90, CLOSES) == OPENS + timedelta(minutes=90)
    late_start = CLOSES - timedelta(minutes=20)
    assert due_at(late_start, 90, CLOSES) == CLOSES  # the window closing cuts the limit short
    due = OPENS + timedelta(minutes=90)
    assert sitting_state(None, None, None, OPENS) == "not_started"
    assert sitting_state(OPENS, due, None, due - timedelta(seconds=1)) == "in_progress"
    assert sitting_state(OPENS, due, None, due) == "submitted"  # at the limit, with what was saved
    assert (
        sitting_state(OPENS, due, OPENS + timedelta(minutes=3), OPENS + timedelta(minutes=4)) == "submitted"
    )


def test_answer_numbers_are_drawn_again_while_taken() -> None:
    draws = iter([12345678, 12345678, 7])
    taken = {"1234-5678"}
    assert answer_number(taken.__contains__, lambda _: next(draws)) == "0000-0007"


def test_the_scheme_and_the_marks_say_what_is_wrong_by_field() -> None:
    assert problems_of_scheme([Task("Brief", "Write")], SCHEME, 3) == {}
    problems = problems_of_scheme([Task(" ", "")], [Criterion("A", 0), Criterion("a ", 5)], 9)
    assert problems == {
        "tasks.0.title": "a task needs a title",
        "tasks.0.instructions": "a task needs its instructions",
        "criteria.0.max_marks": "maximum marks are 1 to 100",
        "criteria.1.name": "two criteria have this name",
        "allowed_spread": "the allowed spread is 0 to the scheme's total (5)",
    }
    assert problems_of_scheme([], SCHEME, 3)["tasks"] == "an assessment has 1 to 10 tasks"
    assert problems_of_marks(SCHEME, {"Analysis": 10, "Writing": 5}) == {}
    assert problems_of_marks(SCHEME, {"Analysis": 11, "Style": 2}) == {
        "marks.Style": "not a criterion of the marking scheme",
        "marks.Analysis": "a mark is a whole number from 0 to 10",
        "marks.Writing": "this criterion needs a mark",
    }


def test_standings_worked_by_hand() -> None:
    # 8 + 4 = 12 and 6 + 3 = 9: three apart, within a spread of 3, so the mean 10.5.
    close = standing(
        SCHEME, [("m1", {"Analysis": 8, "Writing": 4}), ("m2", {"Analysis": 6, "Writing": 3})], 3
    )
    assert close.totals == (12, 9) and close.mark == Fraction(21, 2) and not close.needs_moderation
    # 9 + 5 = 14 and 5 + 2 = 7: seven apart, over the spread: no mark until moderated (to 11).
    apart = [("m1", {"Analysis": 9, "Writing": 5}), ("m2", {"Analysis": 5, "Writing": 2})]
    assert standing(SCHEME, apart, 3).mark is None and standing(SCHEME, apart, 3).needs_moderation
    moderated = standing(SCHEME, apart, 3, (11, "Misread task 2", "chief"))
    assert moderated.mark == 11 and moderated.moderated
    assert standing(SCHEME, apart[:1], 3).mark is None  # one marking is not a mark
