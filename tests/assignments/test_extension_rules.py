"""The extension review's pure rules: the order of the answers and the outcome, the end date moved by
whole months (to the month's end when it was one), the programme's 36 months, the review's cycle."""

from __future__ import annotations

from datetime import date

import pytest

from jpo.assignment.extension import (
    Answers,
    ExtensionRuleError,
    checked_months,
    default_months,
    extended_end,
    months_left,
    next_step,
    opens_on,
    outcome,
    report_due,
    report_opens,
    review_cycle,
    step_due,
)


def test_the_answers_go_in_order_and_any_no_decides() -> None:
    assert next_step(Answers()) == "recommend" and outcome(Answers()) == "open"
    assert next_step(Answers(True)) == "priorities"
    assert next_step(Answers(True, True)) == "funding"
    assert next_step(Answers(True, True, True)) is None and outcome(Answers(True, True, True)) == "extended"
    assert next_step(Answers(False)) is None and outcome(Answers(False)) == "ending"
    assert outcome(Answers(True, False)) == "ending" and outcome(Answers(True, True, False)) == "ending"


def test_dates_of_the_review_and_the_report() -> None:
    ends = date(2028, 3, 31)
    assert opens_on(ends) == date(2028, 1, 1)
    assert [step_due(ends, s) for s in ("recommend", "priorities", "funding")] == [
        date(2028, 1, 31), date(2028, 2, 15), date(2028, 3, 1)]  # fmt: skip
    assert report_opens(ends) == date(2028, 1, 1) and report_due(ends) == date(2028, 4, 30)


def test_the_end_date_moves_by_whole_months() -> None:
    assert extended_end(date(2027, 12, 31), 12) == date(2028, 12, 31)
    assert extended_end(date(2027, 2, 28), 1) == date(2027, 3, 31)  # a month's end stays one
    assert extended_end(date(2028, 1, 14), 6) == date(2028, 7, 14)


def test_no_assignment_goes_beyond_36_months() -> None:
    starts = date(2027, 1, 15)
    assert months_left(starts, date(2028, 1, 14)) == 24 and default_months(starts, date(2028, 1, 14)) == 12
    assert months_left(starts, date(2029, 7, 14)) == 6 and default_months(starts, date(2029, 7, 14)) == 6
    assert months_left(starts, date(2030, 1, 14)) == 0
    assert checked_months(starts, date(2028, 1, 14), None) == 12
    for months, ends in ((0, date(2028, 1, 14)), (13, date(2028, 1, 14)), (7, date(2029, 7, 14))):
        with pytest.raises(ExtensionRuleError) as refused:
            checked_months(starts, ends, months)
        assert refused.value.field == "months"


def test_each_review_has_a_cycle_of_its_own() -> None:
    starts = date(2027, 1, 1)
    assert review_cycle(starts, date(2027, 12, 31), None) == 1
    assert review_cycle(starts, date(2028, 12, 31), 1) == 2
    assert review_cycle(starts, date(2028, 6, 30), 2) == 3  # a short extension left the end in year 2
