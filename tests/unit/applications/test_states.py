"""The transition table: who may move an application where, and that every state is reachable."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jpo.applications.states import FINAL, TRANSITIONS, allowed, next_statuses, reason_required

STATUSES = sorted(TRANSITIONS)


def test_candidates_withdraw_staff_decide_system_screens() -> None:
    assert allowed("submitted", "withdrawn", "candidate")
    assert not allowed("submitted", "withdrawn", "staff")
    assert allowed("submitted", "needs_review", "system")
    assert not allowed("submitted", "shortlisted", "staff")  # no skipping screening
    assert allowed("longlisted", "shortlisted", "staff")
    assert not allowed("longlisted", "shortlisted", "candidate")
    assert next_statuses("recommended", "staff") == ["not_selected", "selected"]


def test_final_states_have_no_way_out() -> None:
    assert FINAL == {"selected", "not_selected", "withdrawn"}
    for final in FINAL:
        assert all(
            not allowed(final, target, actor)
            for target in STATUSES
            for actor in ("candidate", "staff", "system")
        )


def test_every_status_is_reachable_from_submitted() -> None:
    seen, frontier = {"submitted"}, ["submitted"]
    while frontier:
        for target in TRANSITIONS[frontier.pop()]:
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    assert seen == set(STATUSES)


@given(st.sampled_from(STATUSES), st.sampled_from(STATUSES))
def test_only_staff_moves_need_a_reason(current: str, target: str) -> None:
    for actor in ("candidate", "staff", "system"):
        if allowed(current, target, actor):
            assert reason_required(actor) == (actor == "staff")
