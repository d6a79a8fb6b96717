"""The transition table: who may move an application where, and that every state is reachable."""

from __future__ import annotations

from typing import get_args

from jpo.applications.states import FINAL, TRANSITIONS, Actor, allowed, next_statuses

STATUSES = sorted(TRANSITIONS)
ACTORS: tuple[Actor, ...] = get_args(Actor)


def test_candidates_withdraw_staff_decide_system_screens() -> None:
    assert allowed("submitted", "withdrawn", "candidate")
    assert not allowed("submitted", "withdrawn", "staff")
    assert allowed("submitted", "needs_review", "system")
    assert not allowed("submitted", "shortlisted", "staff")  # no skipping screening
    assert allowed("longlisted", "shortlisted", "staff")
    assert not allowed("longlisted", "shortlisted", "candidate")
    assert next_statuses("recommended", "staff") == []  # the host agency selects, not any reviewer
    assert next_statuses("recommended", "host") == ["not_selected", "selected"]
    assert next_statuses("selected", "donor") == ["confirmed", "not_selected"]
    assert next_statuses("offered", "candidate") == ["accepted", "declined"]  # no withdrawing an offer
    assert not allowed("shortlisted", "interviewed", "staff")  # only through the panel
    assert not allowed("shortlisted", "assessed", "staff")  # only from the final marks


def test_final_states_have_no_way_out() -> None:
    assert FINAL == {"accepted", "declined", "not_selected", "withdrawn"}
    for final in FINAL:
        assert all(not allowed(final, target, actor) for target in STATUSES for actor in ACTORS)


def test_every_status_is_reachable_from_submitted() -> None:
    seen, frontier = {"submitted"}, ["submitted"]
    while frontier:
        for target in TRANSITIONS[frontier.pop()]:
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    assert seen == set(STATUSES)


def test_the_moves_offered_are_exactly_the_moves_allowed() -> None:
    """`next_statuses` (the moves the review page offers and a refused move's message lists) against
    `allowed` (what the service enforces), for every status and actor."""
    for current in STATUSES:
        for actor in ACTORS:
            offered = next_statuses(current, actor)
            assert offered == sorted(offered)
            assert set(offered) == {target for target in STATUSES if allowed(current, target, actor)}, (
                current,
                actor,
            )
