"""An interview as an iCalendar object (RFC 5545, iTIP methods of RFC 5546): REQUEST when it is booked
or moved (the same UID, SEQUENCE one higher at each change), CANCEL when it is cancelled, PUBLISH for a
file to download. Pure: the same meeting gives the same bytes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

Method = Literal["REQUEST", "CANCEL", "PUBLISH"]
PRODUCT = "-//jpo//Interview booking//EN"


@dataclass(frozen=True)
class Meeting:
    """What a calendar needs to know of one booked interview."""

    uid: str
    sequence: int
    starts_at: datetime  # aware
    ends_at: datetime  # aware
    zone: str  # the IANA zone the times are written in (TZID), "UTC" for UTC
    stamp: datetime  # when this version of the meeting was made (DTSTAMP)
    summary: str
    description: str
    location: str
    organizer: str  # an e-mail address
    attendee: str  # the candidate's e-mail address
    attendee_name: str | None = None
    url: str | None = None  # a video call's link


def _address(email: str, name: str | None = None) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["cn"] = vText(name)
    return address


def _event(meeting: Meeting, method: Method) -> Event:
    clock = UTC if meeting.zone == "UTC" else ZoneInfo(meeting.zone)
    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", meeting.stamp.astimezone(UTC))
    event.add("dtstart", meeting.starts_at.astimezone(clock))
    event.add("dtend", meeting.ends_at.astimezone(clock))
    event.add("summary", meeting.summary)
    event.add("description", meeting.description)
    if meeting.location:
        event.add("location", meeting.location)
    if meeting.url:
        event.add("url", meeting.url)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("organizer", _address(meeting.organizer, "jpo"))
    attendee = _address(meeting.attendee, meeting.attendee_name)
    attendee.params["role"] = "REQ-PARTICIPANT"
    attendee.params["partstat"] = "ACCEPTED"  # the candidate chose the time: nothing to answer
    attendee.params["rsvp"] = "FALSE"
    event.add("attendee", attendee)
    return event


def meeting_ics(meeting: Meeting, method: Method) -> bytes:
    """The iCalendar file of `meeting` for `method`, its time zone described inside (VTIMEZONE) for the
    year around it."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    calendar.add_component(_event(meeting, method))
    if meeting.zone != "UTC":
        year = timedelta(days=366)
        calendar.add_missing_timezones(
            first_date=(meeting.starts_at - year).date(), last_date=(meeting.ends_at + year).date()
        )
    return bytes(calendar.to_ical())
