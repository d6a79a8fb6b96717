"""The work plan's pure rules: the proposal from a ToR and the checks of an edited list."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from jpo.assignment.calendar import final_due, midpoint_due
from jpo.assignment.work_plan import (
    OBJECTIVES_MAX,
    TEXT_MAX,
    WorkPlanRuleError,
    propose,
    same_content,
    validated,
)

STARTS, ENDS = date(2027, 1, 31), date(2028, 1, 30)
TOR: dict[str, Any] = {
    "duties": ["Draft the  country briefs.", "  ", "Support the treaty bodies."],
    "learning_elements": ["Gain knowledge of human rights mechanisms."],
}


def test_the_proposal_keeps_every_item_verbatim_with_default_dates() -> None:
    proposed = propose(TOR, STARTS, ENDS)
    assert [o["id"] for o in proposed] == ["d1", "d2", "l1"]
    assert proposed[0]["source"] == {"field": "duties", "sentence": "Draft the  country briefs."}
    assert proposed[0]["text"] == "Draft the country briefs."
    assert proposed[0]["due_on"] == midpoint_due(STARTS, 1).isoformat()
    assert proposed[2]["due_on"] == final_due(STARTS, 1).isoformat() == "2028-01-30"
    short = propose(TOR, STARTS, date(2027, 3, 1))  # a short assignment: no date after its end
    assert {o["due_on"] for o in short} == {"2027-03-01"}
    long = propose({"duties": ["word " * 400] * 40}, STARTS, ENDS)
    assert len(long) == OBJECTIVES_MAX and len(long[0]["text"]) <= TEXT_MAX and long[0]["text"].endswith("…")
    assert long[0]["source"] is not None and long[0]["source"]["sentence"] == ("word " * 400).strip()
    assert propose({}, STARTS, ENDS) == []


def test_an_edit_keeps_sources_by_id_and_gives_added_ones_new_ids() -> None:
    proposed = propose(TOR, STARTS, ENDS)
    tokens = iter(["d1", "n1", "n2"])  # a token already taken is drawn again
    edited = [
        {"id": "l1", "text": "Learn the mechanisms", "indicators": ["", " Two sessions "], "due_on": None},
        {"text": "Added", "indicators": [], "due_on": date(2027, 6, 1)},
        {"id": "zz", "text": "Unknown id", "source": {"field": "duties", "sentence": "forged"}},
    ]
    saved = validated(edited, proposed, STARTS, ENDS, make_id=lambda: next(tokens))
    assert [o["id"] for o in saved] == ["l1", "n1", "n2"]
    assert saved[0]["source"] == proposed[2]["source"] and saved[0]["indicators"] == ["Two sessions"]
    assert saved[1]["source"] is None and saved[1]["due_on"] == "2027-06-01"
    assert saved[2]["source"] is None
    assert same_content(saved, saved) and not same_content(saved, proposed)


@pytest.mark.parametrize(
    ("edited", "field"),
    [
        ([], "objectives"),
        ([{"text": "x"}] * 31, "objectives"),
        ([{"text": ""}], "objectives.0.text"),
        ([{"text": "ok"}, {"text": "a\x00b"}], "objectives.1.text"),
        ([{"text": "ok", "indicators": "one"}], "objectives.0.indicators"),
        ([{"text": "ok", "indicators": ["x"] * 11}], "objectives.0.indicators"),
        ([{"text": "ok", "due_on": "tomorrow"}], "objectives.0.due_on"),
        ([{"text": "ok", "due_on": "2028-01-31"}], "objectives.0.due_on"),
        ([{"id": "d1", "text": "a"}, {"id": "d1", "text": "b"}], "objectives.1.id"),
        ([{"text": 5}], "objectives.0.text"),
    ],
)
def test_refused_edits_name_their_field(edited: list[dict[str, Any]], field: str) -> None:
    with pytest.raises(WorkPlanRuleError) as refused:
        validated(edited, propose(TOR, STARTS, ENDS), STARTS, ENDS)
    assert refused.value.field == field
