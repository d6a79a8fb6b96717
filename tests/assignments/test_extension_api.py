"""The yearly extension review over the API: the supervisor recommends, the host agency confirms the
priorities, the donor the funding, in that order and each by its party alone; three yes move the end date
and the funded years, a no ends the assignment at its date (by the worker's chore); limits and the
programme's 36 months."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from jpo.assignment.calendar import add_months
from jpo.assignments.extension import end_due, recommend
from jpo.db.assignment_tables import Assignment, Extension
from jpo.db.models import AuditEvent, User
from jpo.db.session import unit_of_work
from jpo.errors import ConflictError
from jpo.notifications.compose import compose
from jpo.notifications.running import chores
from tests.support.assignment import AssignmentWorld


def _path(world: AssignmentWorld, step: str = "") -> str:
    return f"/assignments/{world.assignment_id}/extension" + (f"/{step}" if step else "")


def _yes(reason: str = "Good work and still needed.", **more: object) -> dict[str, object]:
    return {"extend": True, "reason": reason, **more}


def _open_window(world: AssignmentWorld, days_before: int = 80) -> None:
    world.on_day(world.assignment().ends_on - timedelta(days=days_before))


def _actions(world: AssignmentWorld, prefix: str) -> list[AuditEvent]:
    with unit_of_work(world.api.engine, writes=False) as session:
        rows = list(session.scalars(select(AuditEvent).where(AuditEvent.action.startswith(prefix))
                                    .order_by(AuditEvent.id)))  # fmt: skip
        session.expunge_all()
        return rows


def test_three_yes_move_the_end_date_and_the_funded_years(world: AssignmentWorld) -> None:
    before = world.assignment()
    _open_window(world)
    seen = world.get(_path(world), world.jpo).json()["current"]
    assert seen["open_now"] and seen["turn"] == "recommend" and seen["id"] is None
    due = world.get(f"/assignments/{world.assignment_id}", world.donor).json()["due"]
    assert "recommend_extension" in [step["code"] for step in due]
    recommended = world.post(_path(world, "recommend"), world.supervisor, _yes("Delivers; learns fast."))
    assert recommended.status_code == 200, recommended.text
    hidden = world.get(_path(world), world.jpo).json()["current"]
    assert hidden["recommend"]["extend"] is None and hidden["recommend"]["reason"] is None  # not while open
    assert hidden["recommend"]["at"] is not None and hidden["turn"] == "priorities"
    shown = world.get(_path(world), world.colleague).json()["current"]  # the host's reviewers follow it
    assert shown["recommend"] == {**shown["recommend"], "extend": True, "reason": "Delivers; learns fast."}
    turn = {m.user_id for m in world.outbox("extension_turn") if m.context["code"] == "confirm_priorities"}
    assert turn  # the host agency's staff are told it is their turn
    assert world.post(_path(world, "priorities"), world.host, _yes("Still a priority.")).status_code == 200
    funded = world.post(_path(world, "funding"), world.donor, _yes("Funded.", months=6))
    assert funded.status_code == 200, funded.text
    after = world.assignment()
    assert after.ends_on == add_months(before.ends_on + timedelta(days=1), 6) - timedelta(days=1)
    assert after.funding_years == sorted(set(before.funding_years) | {after.ends_on.year})
    decided = funded.json()["past"][0]
    assert decided["status"] == "extended" and decided["new_ends_on"] == after.ends_on.isoformat()
    told = world.get(_path(world), world.jpo).json()["past"][0]  # once decided, the JPO reads every reason
    assert told["funding"]["reason"] == "Funded." and told["recommend"]["extend"] is True
    assert len(world.outbox("extension_extended")) >= 3  # the JPO, the supervisor, the host, the donor
    moved = _actions(world, "assignment.extended")
    assert moved[0].detail["before"]["ends_on"] == before.ends_on.isoformat()
    assert moved[0].detail["after"]["ends_on"] == after.ends_on.isoformat()
    steps = [e.action for e in _actions(world, "assignment.extension.")]
    assert steps == ["assignment.extension.recommend", "assignment.extension.priorities",
                     "assignment.extension.funding"]  # fmt: skip
    assert _actions(world, "assignment.extension.recommend")[0].reason == "Delivers; learns fast."
    following = world.get(_path(world), world.supervisor).json()["current"]  # the next, near the new end
    assert (
        following["cycle"] == 2 and following["opens_on"] == (after.ends_on - timedelta(days=90)).isoformat()
    )


def test_a_no_ends_the_assignment_at_its_end_date_through_the_chore(world: AssignmentWorld) -> None:
    ends_on = world.assignment().ends_on
    _open_window(world)
    assert world.post(_path(world, "recommend"), world.supervisor, _yes()).status_code == 200
    refused = world.post(
        _path(world, "priorities"), world.colleague, {"extend": False, "reason": "Reorganised."}
    )
    assert refused.status_code == 200 and refused.json()["past"][0]["status"] == "ending"
    assert refused.json()["current"] is None
    assert world.post(_path(world, "funding"), world.donor, _yes()).status_code == 409  # decided
    assert {m.user_id for m in world.outbox("extension_ending")} >= {world.assignment().jpo_id}
    assert world.assignment().ends_on == ends_on and world.assignment().status == "active"
    with unit_of_work(world.api.engine) as session:
        assert end_due(session, datetime(ends_on.year, ends_on.month, ends_on.day, 23, tzinfo=UTC)) == 0
    after = ends_on + timedelta(days=1)
    with unit_of_work(world.api.engine) as session:
        assert end_due(session, datetime(after.year, after.month, after.day, 1, tzinfo=UTC)) == 1
        assert end_due(session, datetime(after.year, after.month, after.day, 2, tzinfo=UTC)) == 0
    ended = world.assignment()
    assert ended.status == "ended" and ended.end_reason == "not extended at the yearly review"
    world.on_day(after)
    record = world.get(f"/assignments/{world.assignment_id}", world.jpo).json()
    assert [step["code"] for step in record["due"]] == ["end_report"]  # the report outlives the assignment


def test_an_unanswered_review_lapses_at_the_end_date(world: AssignmentWorld) -> None:
    _open_window(world)
    assert world.post(_path(world, "recommend"), world.supervisor, _yes()).status_code == 200
    after = world.assignment().ends_on + timedelta(days=2)
    with unit_of_work(world.api.engine) as session:
        assert end_due(session, datetime(after.year, after.month, after.day, tzinfo=UTC)) == 1
    with unit_of_work(world.api.engine, writes=False) as session:
        assert session.scalars(select(Extension.status)).all() == ["ending"]


def test_steps_go_in_order_and_each_party_answers_its_own(world: AssignmentWorld) -> None:
    early = world.post(_path(world, "recommend"), world.supervisor, _yes())
    assert early.status_code == 409 and early.json()["type"].endswith("review-not-open")  # not open yet
    _open_window(world)
    assert world.post(_path(world, "priorities"), world.host, _yes()).status_code == 409
    assert world.post(_path(world, "funding"), world.donor, _yes()).json()["type"].endswith("out-of-order")
    assert world.post(_path(world, "recommend"), world.jpo, _yes()).status_code == 403
    assert world.post(_path(world, "recommend"), world.donor, _yes()).status_code == 403
    assert world.post(_path(world, "recommend"), world.outsider, _yes()).status_code == 404
    assert world.post(_path(world, "recommend"), world.other_donor, _yes()).status_code == 404
    assert world.get(_path(world), world.outsider).status_code == 404
    assert world.post(_path(world, "recommend"), world.supervisor, _yes()).status_code == 200
    again = world.post(_path(world, "recommend"), world.supervisor, _yes())
    assert again.status_code == 409 and again.json()["type"].endswith("already-answered")
    # four eyes: the supervisor (also host staff) does not confirm what they recommended
    assert world.post(_path(world, "priorities"), world.supervisor, _yes()).status_code == 403
    assert world.post(_path(world, "priorities"), world.donor, _yes()).status_code == 403
    assert world.post(_path(world, "priorities"), world.host, _yes()).status_code == 200
    assert world.post(_path(world, "funding"), world.colleague, _yes()).status_code == 403
    assert world.post(_path(world, "funding"), world.jpo, _yes()).status_code == 403
    closed = world.assignment().ends_on + timedelta(days=1)
    world.on_day(closed)  # the end date passed before the donor answered
    late = world.post(_path(world, "funding"), world.donor, _yes())
    assert late.status_code == 409 and late.json()["type"].endswith("review-not-open")


def test_limits_and_control_characters_are_refused_and_nothing_is_saved(world: AssignmentWorld) -> None:
    _open_window(world)
    for body in ({"extend": True, "reason": ""}, {"extend": True, "reason": "   "},
                 {"extend": True, "reason": "x" * 2001}, {"extend": True, "reason": "a\x00b"},
                 {"extend": True, "reason": "ok", "extra": 1}, {"reason": "ok"},
                 {"extend": True, "reason": "ok", "months": 3}):  # fmt: skip
        refused = world.post(_path(world, "recommend"), world.supervisor, body)
        assert refused.status_code == 422, (body, refused.text)
    assert world.get(_path(world), world.supervisor).json()["current"]["id"] is None
    assert world.post(_path(world, "recommend"), world.supervisor, _yes("x" * 2000)).status_code == 200
    assert world.post(_path(world, "priorities"), world.host, _yes()).status_code == 200
    for months in (0, 13, -1):
        refused = world.post(_path(world, "funding"), world.donor, _yes(months=months))
        assert refused.status_code == 422
    assert world.get(_path(world), world.donor).json()["current"]["funding"]["at"] is None
    ends_on = world.assignment().ends_on
    assert world.post(_path(world, "funding"), world.donor, _yes()).status_code == 200  # default: a year
    assert world.assignment().ends_on == add_months(ends_on + timedelta(days=1), 12) - timedelta(days=1)


def test_no_assignment_lasts_beyond_36_months(world: AssignmentWorld) -> None:
    starts_on = world.starts_on
    with unit_of_work(world.api.engine) as session:  # extended twice already: 30 months in all
        session.get_one(Assignment, world.assignment_id).ends_on = add_months(starts_on, 30) - timedelta(
            days=1
        )
    _open_window(world)
    assert world.get(_path(world), world.donor).json()["current"]["suggested_months"] == 6
    assert world.post(_path(world, "recommend"), world.supervisor, _yes()).status_code == 200
    assert world.post(_path(world, "priorities"), world.host, _yes()).status_code == 200
    capped = world.post(_path(world, "funding"), world.donor, _yes(months=12))
    assert capped.status_code == 422 and capped.json()["field"] == "months"
    assert "36 months" in capped.json()["detail"]
    assert world.post(_path(world, "funding"), world.donor, _yes(months=6)).status_code == 200
    assert world.assignment().ends_on == add_months(starts_on, 36) - timedelta(days=1)
    assert world.get(_path(world), world.donor).json()["current"] is None  # no further review


def test_two_answers_at_once_are_heard_one_after_the_other(world: AssignmentWorld) -> None:
    assignment = world.assignment()
    day = assignment.ends_on - timedelta(days=80)
    now = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    barrier, outcomes = threading.Barrier(2), []

    def recommend_once(extend: bool) -> None:
        barrier.wait()
        try:
            with unit_of_work(world.api.engine, writes=False, now=now) as session:
                supervisor = session.get_one(User, assignment.supervisor_id)
                recommend(session, actor=supervisor, assignment_id=assignment.id, extend=extend,
                          reason="At once.", now=now)  # fmt: skip
            outcomes.append("done")
        except ConflictError as error:
            outcomes.append(error.code)

    threads = [threading.Thread(target=recommend_once, args=(extend,)) for extend in (True, False)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    # the second is refused: already answered after a yes, decided after a no
    assert sorted(outcomes) in (["already-answered", "done"], ["done", "review-decided"])
    with unit_of_work(world.api.engine, writes=False) as session:
        assert len(session.scalars(select(Extension)).all()) == 1


def test_the_workers_chores_end_the_assignments_past_their_end_date(world: AssignmentWorld) -> None:
    after = world.assignment().ends_on + timedelta(days=1)
    with unit_of_work(world.api.engine) as session:
        chores(session, datetime(after.year, after.month, after.day, 6, tzinfo=UTC))
    ended = world.assignment()
    assert ended.status == "ended" and ended.end_reason == "end date reached" and ended.ended_at is not None


def test_the_emails_name_the_step_or_the_outcome_in_english_and_french(world: AssignmentWorld) -> None:
    _open_window(world)
    assert world.post(_path(world, "recommend"), world.supervisor, _yes()).status_code == 200
    assert (
        world.post(_path(world, "priorities"), world.host, {"extend": False, "reason": "No."}).status_code
        == 200
    )
    turn, ending = world.outbox("extension_turn")[0], world.outbox("extension_ending")[0]
    assert "reason" not in turn.context and "No." not in str(ending.context)  # ids and codes only
    with unit_of_work(world.api.engine, writes=False) as session:
        for message, words in ((turn, ("your turn", "Confirm the priorities", "/extension")),
                               (ending, ("not extended", "ends on", "/extension"))):  # fmt: skip
            english = compose(session, message, sender="jpo@example.org", public_url="https://jpo.example")
            assert english is not None and all(word in english.as_string() for word in words)
            message.locale = "fr"
            french = compose(session, message, sender="jpo@example.org", public_url=None)
            body = french.get_body().get_content() if french else ""  # type: ignore[union-attr]
            assert french is not None and (
                "Confirmer les priorités" in body or "non prolongée" in french["Subject"]
            )
        session.rollback()
