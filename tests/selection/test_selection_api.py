"""Selection, confirmation, the offer and its answer through the API: who may do each step, one selection
at a time, the reply-by moment on its zone's clock, double answers, a decline then the next candidate."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.selection.conftest import Person, Recruitment, in_days


def test_host_selects_donor_confirms_and_offers_and_the_candidate_accepts(recruitment: Recruitment) -> None:
    r = recruitment
    board = r.api.client.get(f"/api/v1/vacancies/{r.vacancy_id}/selection", headers=r.selector.headers)
    assert board.status_code == 200, board.text
    shown = board.json()
    assert [c["application_id"] for c in shown["recommended"]] == [c.application_id for c in r.candidates]
    assert shown["recommended"][0]["recommendation"] == "Recommended: clear evidence on every competency."
    assert shown["recommended"][0]["name"] == "Ann0 Lee"
    assert (shown["may_select"], shown["may_confirm"]) == (True, False)

    assert r.select(0).json()["status"] == "selected"
    pending = r.outbox("selection_pending")
    assert [m.user_id for m in pending] == [r.user(r.admin.email).id]

    first = r.candidates[0]
    confirmed = r.post(f"/applications/{first.application_id}/selection/confirm", r.admin)
    assert confirmed.json()["status"] == "confirmed"
    made = r.offer(0)
    assert made.status_code == 201, made.text
    offer = made.json()
    # 17:00 on Seoul's clock (UTC+9, no summer time) is 08:00 UTC
    assert offer["reply_by"] == f"{in_days(14).isoformat()}T08:00:00Z"
    assert (offer["status"], offer["duty_station"], offer["grade"]) == ("open", "Geneva, CH", "P-2, step 1")
    assert r.outbox("offer_made")[0].user_id == r.user(first.email).id

    mine = r.api.client.get(f"/api/v1/offers/{offer['id']}", headers=first.headers)
    assert mine.json()["conditions"] == "Two years, renewable for a third."
    accepted = r.post(f"/offers/{offer['id']}/accept", first)
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    assert r.status(first.application_id) == "accepted"
    again = r.post(f"/offers/{offer['id']}/accept", first)
    assert again.status_code == 409 and again.json()["type"].endswith("offer-answered")
    told = {m.user_id for m in r.outbox("offer_answered")}
    assert told == {r.user(r.admin.email).id, r.user(r.selector.email).id}
    filled = r.select(1)
    assert filled.status_code == 409 and filled.json()["type"].endswith("post-filled")


def test_one_selection_at_a_time(recruitment: Recruitment) -> None:
    r = recruitment
    assert r.select(0).status_code == 200
    second = r.select(1)
    assert second.status_code == 409 and second.json()["type"].endswith("selection-pending")
    assert r.status(r.candidates[1].application_id) == "recommended"


def test_who_may_do_each_step(recruitment: Recruitment) -> None:
    r = recruitment
    other_host = Person("who@example.org", r.api.staff("who@example.org", "reviewer", organization="WHO"))
    other_donor = Person("us@example.org", r.api.staff("us@example.org", "admin", sponsor="US"))
    board = f"/api/v1/vacancies/{r.vacancy_id}/selection"
    for outsider in (other_host, other_donor):
        assert r.api.client.get(board, headers=outsider.headers).status_code == 403
    assert r.select(0, other_host).status_code == 403
    assert r.select(0, r.admin).status_code == 403  # the donor confirms; the host selects
    assert r.select(0, r.candidates[0]).status_code == 403  # a candidate is no staff
    assert r.select(0).status_code == 200
    first = r.candidates[0].application_id
    assert r.post(f"/applications/{first}/selection/confirm", other_donor).status_code == 403
    assert r.post(f"/applications/{first}/selection/confirm", r.selector).status_code == 403
    assert r.post(f"/applications/{first}/selection/confirm", r.admin).status_code == 200
    assert r.offer(0, reply_zone=None).status_code == 201
    offer_id = r.outbox("offer_made")[0].context["offer_id"]
    someone = r.candidates[1]
    assert r.api.client.get(f"/api/v1/offers/{offer_id}", headers=someone.headers).status_code == 404
    assert r.post(f"/offers/{offer_id}/accept", someone).status_code == 404
    assert r.api.client.get(f"/api/v1/offers/{offer_id}", headers=other_donor.headers).status_code == 404
    assert r.api.client.get(f"/api/v1/offers/{offer_id}", headers=r.admin.headers).status_code == 200
    close = f"/vacancies/{r.vacancy_id}/close-recruitment"
    assert r.post(close, other_donor).status_code == 403
    assert r.post(close, r.selector).status_code == 403


def test_a_declined_selection_lets_the_host_select_the_next(recruitment: Recruitment) -> None:
    r = recruitment
    assert r.select(0).status_code == 200
    first = r.candidates[0].application_id
    no_reason = r.post(f"/applications/{first}/selection/decline", r.admin, {"reason": " "})
    assert no_reason.status_code == 422
    declined = r.post(f"/applications/{first}/selection/decline", r.admin, {"reason": "Not within budget."})
    assert declined.json()["status"] == "not_selected"
    assert r.select(1).status_code == 200


def test_a_declined_offer_lets_the_next_recommended_candidate_be_offered(recruitment: Recruitment) -> None:
    r = recruitment
    offer_id = r.selected_and_offered(0)
    declined = r.post(f"/offers/{offer_id}/decline", r.candidates[0], {"reason": "I took another post."})
    assert declined.json()["status"] == "declined"
    assert r.status(r.candidates[0].application_id) == "declined"
    assert r.post(f"/offers/{offer_id}/accept", r.candidates[0]).status_code == 409
    next_offer = r.selected_and_offered(1)
    assert r.post(f"/offers/{next_offer}/accept", r.candidates[1]).json()["status"] == "accepted"
    answers = [m.context["offer_id"] for m in r.outbox("offer_answered")]
    assert answers.count(offer_id) == 2 and answers.count(next_offer) == 2  # the admin and the selector


def test_bad_input_is_refused_by_field_and_writes_nothing(recruitment: Recruitment) -> None:
    r = recruitment
    nul = r.post(
        f"/applications/{r.candidates[0].application_id}/selection", r.selector, {"reason": "ok\x00"}
    )
    assert nul.status_code == 422
    huge = r.post(
        f"/applications/{r.candidates[0].application_id}/selection", r.selector, {"reason": "x" * 5000}
    )
    assert huge.status_code == 422
    assert r.status(r.candidates[0].application_id) == "recommended"
    assert r.select(0).status_code == 200
    first = r.candidates[0].application_id
    assert r.post(f"/applications/{first}/selection/confirm", r.admin).status_code == 200
    for changes in ({"conditions": "x" * 10_001}, {"conditions": "a\x00b"}, {"grade": "P" * 40},
                    {"reply_by": "2001-01-01T10:00"}, {"reply_zone": "Mars/Olympus"},
                    {"start_date": in_days(1).isoformat()}):  # fmt: skip
        refused = r.offer(0, **changes)
        assert refused.status_code == 422, (changes, refused.text)
    skipped = r.offer(0, reply_by="2099-03-29T02:30", reply_zone="Europe/Zurich")  # summer time starts
    assert skipped.status_code == 422 and skipped.json()["field"] == "reply_by"
    assert r.status(first) == "confirmed" and r.outbox("offer_made") == []
    offer_id = r.offer(0).json()["id"]
    long_reason = r.post(f"/offers/{offer_id}/decline", r.candidates[0], {"reason": "x" * 2001})
    assert long_reason.status_code == 422
    assert r.status(first) == "offered"


def test_offer_times_are_aware(recruitment: Recruitment) -> None:
    r = recruitment
    assert r.select(0).status_code == 200
    assert (
        r.post(f"/applications/{r.candidates[0].application_id}/selection/confirm", r.admin).status_code
        == 200
    )
    moment = datetime(2099, 6, 1, 12, 0, tzinfo=UTC).isoformat()
    made = r.offer(0, reply_by=moment, start_date="2099-07-01")
    assert made.json()["reply_by"] == "2099-06-01T12:00:00Z"
