"""The interview's calendar object, pure: it parses back with icalendar and carries the right instant,
its zone, UID and SEQUENCE; a cancellation is METHOD:CANCEL of the same event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from jpo.interviews.calendar import Meeting, meeting_ics

START = datetime(2027, 3, 29, 8, 0, tzinfo=UTC)  # 10:00 in Geneva (summer time since 28 March)


def _meeting(**changes: object) -> Meeting:
    values: dict[str, object] = {
        "uid": "3f1c@jpo", "sequence": 0, "starts_at": START, "ends_at": START + timedelta(minutes=45),
        "zone": "Europe/Zurich", "stamp": datetime(2027, 3, 1, 12, 0, tzinfo=UTC),
        "summary": "Interview: Associate Human Rights Officer", "description": "Video call: https://v.example/r",
        "location": "https://v.example/r", "organizer": "no-reply@jpo.example.org",
        "attendee": "ann@example.org", "attendee_name": "Ann Lee", "url": "https://v.example/r",
    }  # fmt: skip
    values.update(changes)
    return Meeting(**values)  # type: ignore[arg-type]


def _event(data: bytes) -> tuple[Calendar, dict[str, object]]:
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_a_request_parses_back_with_the_right_instant_and_zone() -> None:
    calendar, event = _event(meeting_ics(_meeting(), "REQUEST"))
    assert str(calendar["METHOD"]) == "REQUEST" and str(calendar["VERSION"]) == "2.0"
    start = event.decoded("DTSTART")  # type: ignore[attr-defined]
    assert start == START and start.tzinfo.key == "Europe/Zurich" and (start.hour, start.minute) == (10, 0)
    assert event.decoded("DTEND") - start == timedelta(minutes=45)  # type: ignore[attr-defined]
    assert str(event["UID"]) == "3f1c@jpo" and int(event["SEQUENCE"]) == 0
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["ORGANIZER"]) == "mailto:no-reply@jpo.example.org"
    assert str(event["ATTENDEE"]) == "mailto:ann@example.org"
    assert event["ATTENDEE"].params["PARTSTAT"] == "ACCEPTED"
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["Europe/Zurich"]  # the zone described inside


def test_the_same_meeting_gives_the_same_bytes() -> None:
    assert meeting_ics(_meeting(), "REQUEST") == meeting_ics(_meeting(), "REQUEST")


def test_a_moved_meeting_keeps_its_uid_with_a_higher_sequence() -> None:
    later = START + timedelta(days=1)
    _, event = _event(meeting_ics(_meeting(sequence=1, starts_at=later, ends_at=later + timedelta(hours=1)),
                                  "REQUEST"))  # fmt: skip
    assert str(event["UID"]) == "3f1c@jpo" and int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == later  # type: ignore[attr-defined]


def test_a_cancellation_is_method_cancel_of_the_same_event() -> None:
    calendar, event = _event(meeting_ics(_meeting(sequence=2), "CANCEL"))
    assert str(calendar["METHOD"]) == "CANCEL"
    assert (
        str(event["STATUS"]) == "CANCELLED"
        and str(event["UID"]) == "3f1c@jpo"
        and int(event["SEQUENCE"]) == 2
    )


def test_a_meeting_in_utc_is_written_in_utc_with_no_zone_to_describe() -> None:
    data = meeting_ics(_meeting(zone="UTC"), "PUBLISH")
    assert b"DTSTART:20270329T080000Z" in data and b"VTIMEZONE" not in data
    assert _event(data)[1].decoded("DTSTART") == START  # type: ignore[attr-defined]


def test_the_instant_is_the_same_across_the_change_of_clock() -> None:
    """The night Geneva goes to summer time: 01:30 UTC is 03:30 in Geneva (02:30 never happens)."""
    moment = datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    _, event = _event(
        meeting_ics(_meeting(starts_at=moment, ends_at=moment + timedelta(minutes=30)), "REQUEST")
    )
    start = event.decoded("DTSTART")  # type: ignore[attr-defined]
    assert start == moment and (start.hour, start.minute) == (3, 30)
    assert start.astimezone(ZoneInfo("Asia/Seoul")).hour == 10


def test_names_and_texts_are_escaped_not_injected() -> None:
    data = meeting_ics(_meeting(summary="A; B, C\nEND:VEVENT", attendee_name='Ann "Lee"'), "REQUEST")
    _, event = _event(data)
    assert str(event["SUMMARY"]) == "A; B, C\nEND:VEVENT"
    assert data.splitlines().count(b"END:VEVENT") == 1  # the text stays on its line, escaped
