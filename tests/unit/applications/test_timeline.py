"""What a candidate is told of an application's progress, from its audit events: stages with their dates,
collapsed as the candidate sees them, the stages still to come, a withdrawal; never a reason or an actor."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import Any

from jpo.applications.timeline import Step, stage_of, timeline

DAY0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@dataclass
class Event:
    action: str
    at: datetime
    detail: Mapping[str, Any] | None = None
    reason: str | None = None  # staff's, on a transition: the timeline never reads it
    actor_id: int | None = None


def day(n: int) -> datetime:
    return DAY0 + timedelta(days=n)


def submitted(status: str = "eligible") -> Event:
    return Event("application.submitted", DAY0, {"status": status, "receipt": "JPO-2026-X"})


def moved(n: int, before: str, to: str) -> Event:
    return Event(
        "application.transition", day(n), {"from": before, "to": to}, reason="Strong fit", actor_id=7
    )


def test_just_submitted_it_is_under_review_with_the_rest_to_come() -> None:
    steps = timeline([submitted()], status="eligible", submitted_at=DAY0)
    assert steps == [
        Step("submitted", DAY0, "done"),
        Step("under_review", DAY0, "current"),
        Step("longlisted", None, "upcoming"),
        Step("shortlisted", None, "upcoming"),
        Step("interviewed", None, "upcoming"),
        Step("decision", None, "upcoming"),
    ]


def test_each_transition_is_a_dated_stage_and_staff_checks_are_one_review() -> None:
    events = [moved(9, "longlisted", "shortlisted"), submitted("needs_review"), moved(3, "needs_review", "eligible"),
              moved(5, "eligible", "longlisted")]  # fmt: skip  # out of order: sorted by date
    steps = timeline(events, status="shortlisted", submitted_at=DAY0)
    assert [(s.stage, s.at, s.state) for s in steps] == [
        ("submitted", DAY0, "done"), ("under_review", DAY0, "done"), ("longlisted", day(5), "done"),
        ("shortlisted", day(9), "current"), ("interviewed", None, "upcoming"), ("decision", None, "upcoming"),
    ]  # fmt: skip


def test_a_withdrawal_ends_it_with_its_date_and_nothing_to_come() -> None:
    events = [submitted(), moved(4, "eligible", "longlisted"), Event("application.withdrawn", day(6))]
    steps = timeline(events, status="withdrawn", submitted_at=DAY0)
    assert steps[-1] == Step("withdrawn", day(6), "current")
    assert [s.state for s in steps] == ["done", "done", "done", "current"]


def test_a_decision_is_final_and_a_recommendation_stays_the_panels() -> None:
    events = [submitted(), moved(2, "eligible", "longlisted"), moved(3, "longlisted", "shortlisted"),
              moved(4, "shortlisted", "interviewed"), moved(5, "interviewed", "recommended"),
              moved(6, "recommended", "not_selected")]  # fmt: skip
    steps = timeline(events, status="not_selected", submitted_at=DAY0)
    assert [s.stage for s in steps] == ["submitted", "under_review", "longlisted", "shortlisted", "interviewed",
                                        "not_selected"]  # fmt: skip
    assert steps[4].at == day(4) and steps[-1] == Step("not_selected", day(6), "current")
    assert stage_of("recommended") == "interviewed"


def test_a_staff_overrule_shows_both_stages_and_other_events_are_ignored() -> None:
    events = [submitted("needs_review"), moved(1, "needs_review", "ineligible"),
              Event("personal_data.read", day(2), {"purpose": "review"}), moved(3, "ineligible", "eligible")]  # fmt: skip
    steps = timeline(events, status="eligible", submitted_at=DAY0)
    assert [(s.stage, s.at) for s in steps[:4]] == [("submitted", DAY0), ("under_review", DAY0),
                                                    ("not_eligible", day(1)), ("under_review", day(3))]  # fmt: skip


def test_without_events_the_current_status_still_shows_undated() -> None:
    steps = timeline([], status="shortlisted", submitted_at=DAY0)
    assert steps[:2] == [Step("submitted", DAY0, "done"), Step("shortlisted", None, "current")]


def test_steps_carry_no_reason_and_no_actor() -> None:
    steps = timeline(
        [submitted(), moved(1, "eligible", "longlisted")], status="longlisted", submitted_at=DAY0
    )
    assert {f.name for f in fields(Step)} == {"stage", "at", "state"}
    assert "Strong fit" not in repr(steps) and "7" not in repr([s.stage for s in steps])


def through_interview() -> list[Event]:
    return [submitted(), moved(2, "eligible", "longlisted"), moved(3, "longlisted", "shortlisted"),
            moved(4, "shortlisted", "assessed"), moved(6, "assessed", "interviewed")]  # fmt: skip


def test_a_written_assessment_shows_once_reached_and_never_as_a_stage_to_come() -> None:
    shortlisted = timeline(through_interview()[:3], status="shortlisted", submitted_at=DAY0)
    assert [s.stage for s in shortlisted if s.state == "upcoming"] == ["interviewed", "decision"]
    assessed = timeline(through_interview()[:4], status="assessed", submitted_at=DAY0)
    assert [(s.stage, s.at, s.state) for s in assessed[-3:]] == [
        ("written_assessment", day(4), "current"), ("interviewed", None, "upcoming"),
        ("decision", None, "upcoming"),
    ]  # fmt: skip


def test_recommendation_selection_and_confirmation_stay_an_interview_until_the_offer() -> None:
    events = [*through_interview(), moved(7, "interviewed", "recommended"), moved(8, "recommended", "selected"),
              moved(9, "selected", "confirmed")]  # fmt: skip
    steps = timeline(events, status="confirmed", submitted_at=DAY0)
    assert [(s.stage, s.at, s.state) for s in steps[-3:]] == [
        ("written_assessment", day(4), "done"), ("interviewed", day(6), "current"), ("decision", None, "upcoming"),
    ]  # fmt: skip


def test_an_offer_then_its_answer_are_dated_stages_with_nothing_to_come() -> None:
    offered = [*through_interview(), moved(7, "interviewed", "recommended"), moved(8, "recommended", "selected"),
               moved(9, "selected", "confirmed"), moved(10, "confirmed", "offered")]  # fmt: skip
    steps = timeline(offered, status="offered", submitted_at=DAY0)
    assert steps[-2:] == [Step("interviewed", day(6), "done"), Step("offer", day(10), "current")]
    accepted = timeline([*offered, moved(12, "offered", "accepted")], status="accepted", submitted_at=DAY0)
    assert accepted[-2:] == [Step("offer", day(10), "done"), Step("accepted", day(12), "current")]
    declined = timeline([*offered, moved(11, "offered", "declined")], status="declined", submitted_at=DAY0)
    assert declined[-1] == Step("declined", day(11), "current")


def test_an_offer_ended_by_the_system_lapsed() -> None:
    events = [*through_interview(), moved(9, "confirmed", "offered"), moved(16, "offered", "not_selected")]
    steps = timeline(events, status="not_selected", submitted_at=DAY0)
    assert steps[-2:] == [Step("offer", day(9), "done"), Step("lapsed", day(16), "current")]


def test_a_selection_the_donor_declines_is_told_as_not_selected_only() -> None:
    events = [*through_interview(), moved(7, "interviewed", "recommended"), moved(8, "recommended", "selected"),
              moved(9, "selected", "not_selected")]  # fmt: skip
    steps = timeline(events, status="not_selected", submitted_at=DAY0)
    assert [s.stage for s in steps[-3:]] == ["written_assessment", "interviewed", "not_selected"]
    assert steps[-1].at == day(9)
