"""Races: two candidates booking one slot at the same moment, each in its own transaction and thread,
on SQLite and PostgreSQL: exactly one booking; the other is told the slot is taken (409). One
candidate sending two bookings at once keeps one booking."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from jpo.db.session import unit_of_work
from jpo.db.slot_tables import InterviewBooking
from jpo.errors import ConflictError
from jpo.interviews.booking import book_slot
from jpo.interviews.invitations import invitations_of_user, invite_candidates
from jpo.interviews.slots import propose_slot
from tests.booking.conftest import Recruitment

NOW = datetime.now(UTC).replace(microsecond=0)


def _prepare(r: Recruitment, slots: int) -> tuple[list[int], list[int]]:
    reviewer = r.user("rev@example.org")
    with unit_of_work(r.api.engine, now=NOW) as session:
        made = [propose_slot(session, actor=reviewer, vacancy_id=r.vacancy_id,
                             starts_at=(NOW + timedelta(days=30 + i)).replace(tzinfo=None, hour=10, minute=0),
                             zone="Europe/Zurich", minutes=30, mode="phone", location="+41 22 917 9000",
                             now=NOW).id for i in range(slots)]  # fmt: skip
        invite_candidates(session, actor=reviewer, vacancy_id=r.vacancy_id,
                          application_ids=[c.application_id for c in r.candidates], book_by=NOW + timedelta(days=20),
                          now=NOW)  # fmt: skip
    invitations = []
    for candidate in r.candidates:
        with unit_of_work(r.api.engine, writes=False) as session:
            invitations.append(invitations_of_user(session, r.user(candidate.email).id)[0].id)
    return made, invitations


def _race(r: Recruitment, attempts: list[tuple[str, int, int]]) -> list[Any]:
    """Each (email, invitation, slot) booked in its own thread, all released at once; each outcome."""
    barrier = threading.Barrier(len(attempts))
    outcomes: list[Any] = [None] * len(attempts)

    def attempt(index: int, email: str, invitation_id: int, slot_id: int) -> None:
        user = r.user(email)
        barrier.wait()
        try:
            with unit_of_work(r.api.engine, now=NOW) as session:
                booking, _ = book_slot(
                    session, user=user, invitation_id=invitation_id, slot_id=slot_id, now=NOW
                )
                outcomes[index] = ("booked", booking.id)
        except ConflictError as error:
            outcomes[index] = ("refused", error.code)
        except Exception as error:  # anything else is a failure of the test, reported below
            outcomes[index] = ("error", repr(error))

    threads = [threading.Thread(target=attempt, args=(i, *a)) for i, a in enumerate(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def _live(r: Recruitment) -> list[tuple[int, int | None]]:
    with unit_of_work(r.api.engine, writes=False) as session:
        rows = session.scalars(select(InterviewBooking).where(InterviewBooking.status == "booked"))
        return [(b.invitation_id, b.slot_id) for b in rows]


def test_two_candidates_booking_one_slot_at_once_make_one_booking(recruitment: Recruitment) -> None:
    r = recruitment
    (slot, *_), invitations = _prepare(r, slots=1)
    for _round in range(3):  # a few rounds, each on a fresh slot race
        outcomes = _race(
            r, [(r.candidates[0].email, invitations[0], slot), (r.candidates[1].email, invitations[1], slot)]
        )
        kinds = sorted(kind for kind, _ in outcomes)
        assert kinds == ["booked", "refused"], outcomes
        assert ("refused", "slot-taken") in outcomes
        live = _live(r)
        assert len(live) == 1 and live[0][1] == slot
        with unit_of_work(r.api.engine) as session:  # free the slot for the next round
            for booking in session.scalars(select(InterviewBooking)):
                session.delete(booking)


def test_one_candidate_sending_two_bookings_at_once_keeps_one(recruitment: Recruitment) -> None:
    r = recruitment
    slots, invitations = _prepare(r, slots=2)
    email = r.candidates[0].email
    outcomes = _race(r, [(email, invitations[0], slots[0]), (email, invitations[0], slots[1])])
    assert [kind for kind, _ in outcomes] == ["booked", "booked"], outcomes  # the later one moved it
    live = _live(r)
    assert len(live) == 1 and live[0][0] == invitations[0]
    with unit_of_work(r.api.engine, writes=False) as session:
        assert session.scalar(select(func.count()).select_from(InterviewBooking)) == 1
