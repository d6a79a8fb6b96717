"""Slots, invitations and bookings through the API (SQLite, and PostgreSQL when JPO_TEST_DATABASE_URL is
set): who may do what, the refusals with their codes, the e-mails written to the outbox, the audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import Calendar
from sqlalchemy import select

from jpo.db.models import OutboxMessage
from jpo.db.session import unit_of_work
from tests.api.conftest import Api
from tests.booking.conftest import Recruitment, days_ahead, shortlisted

BOOK_BY = (datetime.now(UTC) + timedelta(days=20)).replace(microsecond=0).isoformat()


def _slot(r: Recruitment, headers: dict[str, str] | None = None, **changes: Any) -> Any:
    body = {"starts_at": days_ahead(30), "minutes": 45, "mode": "video", "location": "https://v.example/r1"}
    body.update(changes)
    return r.api.client.post(f"/api/v1/vacancies/{r.vacancy_id}/interview-slots", json=body,
                             headers=headers or r.reviewer)  # fmt: skip


def _invite(r: Recruitment, *indexes: int, headers: dict[str, str] | None = None) -> Any:
    ids = [r.candidates[i].application_id for i in indexes]
    return r.api.client.post(f"/api/v1/vacancies/{r.vacancy_id}/interview-invitations",
                             json={"application_ids": ids, "book_by": BOOK_BY}, headers=headers or r.reviewer)  # fmt: skip


def _mine(r: Recruitment, index: int) -> dict[str, Any]:
    response = r.api.client.get("/api/v1/interview-invitations/mine", headers=r.candidates[index].headers)
    assert response.status_code == 200, response.text
    [invitation] = response.json()
    return dict(invitation)


def _book(r: Recruitment, index: int, invitation_id: int, slot_id: int, zone: str | None = None) -> Any:
    return r.api.client.put(f"/api/v1/interview-invitations/{invitation_id}/booking",
                            json={"slot_id": slot_id, "zone": zone}, headers=r.candidates[index].headers)  # fmt: skip


def _messages(api: Api, kind: str) -> list[OutboxMessage]:
    with unit_of_work(api.engine, writes=False) as session:
        return list(session.scalars(select(OutboxMessage).where(OutboxMessage.kind == kind)
                                    .order_by(OutboxMessage.id)))  # fmt: skip


def _actions(api: Api) -> list[str]:
    from jpo.db.models import AuditEvent as Event

    with unit_of_work(api.engine, writes=False) as session:
        return [event.action for event in session.scalars(select(Event).order_by(Event.id))]


def test_a_slot_is_entered_on_the_duty_stations_clock_by_default(recruitment: Recruitment) -> None:
    response = _slot(recruitment, starts_at="2027-01-12T10:00")
    if response.status_code == 409:  # the run is past that date: the same check a year on
        response = _slot(recruitment, starts_at=days_ahead(40))
    assert response.status_code == 201, response.text
    slot = response.json()
    assert slot["zone"] == "Europe/Zurich"
    starts = datetime.fromisoformat(slot["starts_at"])
    assert starts.astimezone(UTC).utcoffset() == timedelta(0)
    local = starts.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Zurich"))
    assert (local.hour, local.minute) == (10, 0)
    assert datetime.fromisoformat(slot["ends_at"]) - starts == timedelta(minutes=45)
    seoul = _slot(recruitment, starts_at=days_ahead(31, hour=18), zone="Asia/Seoul").json()
    assert seoul["zone"] == "Asia/Seoul"
    assert "interview_slot.created" in _actions(recruitment.api)


def test_slots_in_the_past_or_overlapping_are_refused_with_409(recruitment: Recruitment) -> None:
    assert _slot(recruitment).status_code == 201
    overlap = _slot(recruitment, starts_at=days_ahead(30).replace("T10:00", "T10:30"))
    assert overlap.status_code == 409 and overlap.json()["type"] == "urn:jpo:problem:slot-overlaps"
    assert "overlaps slot" in overlap.json()["detail"]
    back_to_back = _slot(recruitment, starts_at=days_ahead(30).replace("T10:00", "T10:45"))
    assert back_to_back.status_code == 201
    past = _slot(recruitment, starts_at=days_ahead(-2))
    assert past.status_code == 409 and past.json()["type"] == "urn:jpo:problem:slot-in-past"


def test_bad_slot_input_is_422_naming_the_field(recruitment: Recruitment) -> None:
    cases = [
        ({"zone": "Mars/Olympus"}, "zone"),
        ({"mode": "carrier-pigeon"}, "mode"),
        ({"minutes": 5}, "minutes"),
        ({"minutes": 10_000}, "minutes"),
        ({"location": "zoom.us/j/1"}, "location"),  # a video call needs an https link
        ({"location": "https://v.example/\x00"}, "location"),
        ({"location": "https://v.example/" + "x" * 600}, "location"),
        ({"starts_at": "9999-12-31T23:00", "zone": "America/Los_Angeles"}, "starts_at"),
        ({"starts_at": "2027-03-28T02:30"}, "starts_at"),  # Geneva's clock skips it
        ({"zone": "Europe/Zurich\x00"}, "zone"),
    ]
    for change, field in cases:
        response = _slot(recruitment, **change)
        assert response.status_code == 422, (change, response.text)
        assert field in response.json()["detail"], (change, response.json())


def test_who_may_set_slots(recruitment: Recruitment, api: Api) -> None:
    other_org = api.staff("unicef@example.org", "reviewer", organization="UNICEF")
    other_sponsor = api.staff("jp@example.org", "admin", sponsor="JP")
    auditor = api.staff("aud@example.org", "auditor")
    assert _slot(recruitment, headers=other_org).status_code == 403
    assert _slot(recruitment, headers=other_sponsor).status_code == 403
    assert _slot(recruitment, headers=auditor).status_code == 403
    assert _slot(recruitment, headers=recruitment.candidates[0].headers).status_code == 403
    assert _slot(recruitment, headers=recruitment.admin).status_code == 201  # the sponsor's admin runs it too
    slots = api.client.get(f"/api/v1/vacancies/{recruitment.vacancy_id}/interview-slots", headers=other_org)
    assert slots.status_code == 403
    assert (
        api.client.get("/api/v1/vacancies/999999/interview-slots", headers=recruitment.reviewer).status_code
        == 404
    )


def test_invite_book_move_and_cancel(recruitment: Recruitment) -> None:
    r = recruitment
    first, second = _slot(r).json(), _slot(r, starts_at=days_ahead(31)).json()
    invited = _invite(r, 0, 1)
    assert invited.status_code == 201, invited.text
    assert [m.context for m in _messages(r.api, "interview_invitation")] == [
        {"invitation_id": i["id"]} for i in invited.json()
    ]
    mine = _mine(r, 0)
    assert mine["may_book"] and mine["booking"] is None and mine["station_zone"] == "Europe/Zurich"
    assert [s["id"] for s in mine["open_slots"]] == [first["id"], second["id"]]

    booked = _book(r, 0, mine["id"], first["id"], zone="Asia/Seoul")
    assert booked.status_code == 201, booked.text
    booking = booked.json()
    assert booking["status"] == "booked" and booking["sequence"] == 0 and booking["slot_id"] == first["id"]
    again = _book(r, 0, mine["id"], first["id"])  # a double submit: the same booking, nothing new
    assert again.status_code == 200 and again.json() == booking
    # The other candidate no longer sees the slot, and cannot take it.
    other = _mine(r, 1)
    assert [s["id"] for s in other["open_slots"]] == [second["id"]]
    taken = _book(r, 1, other["id"], first["id"])
    assert taken.status_code == 409 and taken.json()["type"] == "urn:jpo:problem:slot-taken"

    moved = _book(r, 0, mine["id"], second["id"])
    assert moved.status_code == 200
    assert moved.json()["uid"] == booking["uid"] and moved.json()["sequence"] == 1  # the same event, moved
    assert [s["id"] for s in _mine(r, 1)["open_slots"]] == [first["id"]]  # the old slot is free again

    ics = r.api.client.get(
        f"/api/v1/interview-invitations/{mine['id']}/booking.ics", headers=r.candidates[0].headers
    )
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    event = Calendar.from_ical(ics.content).walk("VEVENT")[0]
    assert event.decoded("DTSTART") == datetime.fromisoformat(second["starts_at"])

    cancelled = r.api.client.delete(f"/api/v1/interview-invitations/{mine['id']}/booking",
                                    headers=r.candidates[0].headers)  # fmt: skip
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["sequence"] == 2 and cancelled.json()["cancelled_by"] == "candidate"
    assert _mine(r, 0)["booking"] is None
    rebooked = _book(r, 0, mine["id"], first["id"])
    assert rebooked.status_code == 201 and rebooked.json()["uid"] != booking["uid"]  # a new event

    assert [(m.kind, m.context["sequence"]) for m in _messages(r.api, "interview_booked")] == [
        ("interview_booked", 0), ("interview_booked", 1), ("interview_booked", 0)]  # fmt: skip
    assert [m.context["sequence"] for m in _messages(r.api, "interview_cancelled")] == [2]
    actions = _actions(r.api)
    for action in ("interview.invited", "interview.booked", "interview.moved", "interview.cancelled"):
        assert action in actions


def test_a_booked_slot_is_removed_only_after_its_booking_is_cancelled(recruitment: Recruitment) -> None:
    r = recruitment
    slot = _slot(r).json()
    _invite(r, 0)
    mine = _mine(r, 0)
    assert _book(r, 0, mine["id"], slot["id"]).status_code == 201
    refused = r.api.client.delete(f"/api/v1/interview-slots/{slot['id']}", headers=r.reviewer)
    assert refused.status_code == 409 and refused.json()["type"] == "urn:jpo:problem:slot-booked"
    listed = r.api.client.get(f"/api/v1/vacancies/{r.vacancy_id}/interview-slots", headers=r.reviewer).json()
    assert listed[0]["booked_by"]["name"] == "Ann0 Lee"
    assert listed[0]["booked_by"]["application_id"] == r.candidates[0].application_id
    assert "personal_data.read" in _actions(r.api)
    no_reason = r.api.client.post(f"/api/v1/interview-slots/{slot['id']}/cancel-booking", json={"reason": " "},
                                  headers=r.reviewer)  # fmt: skip
    assert no_reason.status_code == 422
    cancelled = r.api.client.post(f"/api/v1/interview-slots/{slot['id']}/cancel-booking",
                                  json={"reason": "The chair is ill."}, headers=r.reviewer)  # fmt: skip
    assert cancelled.status_code == 200 and cancelled.json()["cancelled_by"] == "panel"
    assert [m.user_id is not None for m in _messages(r.api, "interview_cancelled")] == [True]
    assert r.api.client.delete(f"/api/v1/interview-slots/{slot['id']}", headers=r.reviewer).status_code == 204
    assert (
        r.api.client.get(f"/api/v1/vacancies/{r.vacancy_id}/interview-slots", headers=r.reviewer).json() == []
    )


def test_only_shortlisted_or_assessed_candidates_are_invited(api: Api) -> None:
    r = shortlisted(api, count=1)
    extra = api.candidate("late@example.org")
    application_id = api.apply(extra, r.vacancy_id, key="late").json()["id"]  # submitted, not shortlisted
    response = api.client.post(f"/api/v1/vacancies/{r.vacancy_id}/interview-invitations",
                               json={"application_ids": [r.candidates[0].application_id, application_id],
                                     "book_by": BOOK_BY}, headers=r.reviewer)  # fmt: skip
    assert response.status_code == 409 and response.json()["type"] == "urn:jpo:problem:not-invitable"
    assert _messages(api, "interview_invitation") == []  # nothing done
    assert _invite(r, 0, headers=extra).status_code == 403
    past = api.client.post(f"/api/v1/vacancies/{r.vacancy_id}/interview-invitations",
                           json={"application_ids": [r.candidates[0].application_id],
                                 "book_by": "2020-01-01T00:00:00+00:00"}, headers=r.reviewer)  # fmt: skip
    assert past.status_code == 422 and "book_by" in past.json()["detail"]
    naive = api.client.post(f"/api/v1/vacancies/{r.vacancy_id}/interview-invitations",
                            json={"application_ids": [1], "book_by": "2030-01-01T00:00:00"}, headers=r.reviewer)  # fmt: skip
    assert naive.status_code == 422


def test_a_candidate_not_invited_cannot_book_nor_see_anothers_invitation(recruitment: Recruitment) -> None:
    r = recruitment
    slot = _slot(r).json()
    _invite(r, 0)
    invitation = _mine(r, 0)
    assert (
        r.api.client.get("/api/v1/interview-invitations/mine", headers=r.candidates[1].headers).json() == []
    )
    assert _book(r, 1, invitation["id"], slot["id"]).status_code == 404  # another's invitation
    seen = r.api.client.get(
        f"/api/v1/interview-invitations/{invitation['id']}", headers=r.candidates[1].headers
    )
    assert seen.status_code == 404
    by_staff = r.api.client.put(f"/api/v1/interview-invitations/{invitation['id']}/booking",
                                json={"slot_id": slot["id"]}, headers=r.reviewer)  # fmt: skip
    assert by_staff.status_code == 403
    assert _book(r, 0, invitation["id"], 999_999).status_code == 404  # no such slot
    assert _book(r, 0, invitation["id"], slot["id"], zone="Nowhere/Land").status_code == 422
    no_booking = r.api.client.delete(f"/api/v1/interview-invitations/{invitation['id']}/booking",
                                     headers=r.candidates[0].headers)  # fmt: skip
    assert no_booking.status_code == 409 and no_booking.json()["type"] == "urn:jpo:problem:no-booking"


def test_a_slot_of_another_vacancy_is_not_found(api: Api) -> None:
    r = shortlisted(api, count=1)
    other_vacancy = api.vacancy(r.admin, seed="003")
    other = api.client.post(f"/api/v1/vacancies/{other_vacancy}/interview-slots",
                            json={"starts_at": days_ahead(30), "minutes": 30, "mode": "phone",
                                  "location": "+41 22 917 9000"}, headers=r.admin)  # fmt: skip
    assert other.status_code == 201, other.text
    _invite(r, 0)
    invitation = _mine(r, 0)
    assert _book(r, 0, invitation["id"], other.json()["id"]).status_code == 404
