"""The demo's interviews to book: slots the OHCHR panel proposes on a closed vacancy whose candidates
are shortlisted or assessed, each invited, and all but one booked, so a demo user can book the last
in the browser (the demo candidate, when they are among them). Safe to run again: a vacancy that has
slots is left as it is."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.db.models import Application, User, VacancyRow
from jpo.db.slot_tables import InterviewInvitation, InterviewSlot
from jpo.interviews.booking import book_slot
from jpo.interviews.booking_rules import on_clock
from jpo.interviews.invitations import INVITABLE, invite_candidates
from jpo.interviews.slots import propose_slot, station_zone

PANEL_CHAIR = "chair.ohchr@demo.jpo.example"
DEMO_CANDIDATE = "candidate@demo.jpo.example"
HOURS = (9, 10, 11, 14, 15, 16)  # on the duty station's clock, away from any change of hour
EXTRA_SLOTS = 2  # more slots than candidates, so the last one still has a choice


def carry(session: Session, *, vacancy: VacancyRow, users: dict[str, User], now: datetime) -> None:
    """Propose slots on `vacancy` (from three days ahead), invite its shortlisted and assessed
    candidates to book within a week, and book a slot for each but one."""
    if session.scalars(select(InterviewSlot.id).where(InterviewSlot.vacancy_id == vacancy.id)).first():
        return
    chair = users[PANEL_CHAIR]
    applications = list(
        session.scalars(
            select(Application)
            .where(Application.vacancy_id == vacancy.id, Application.status.in_(INVITABLE))
            .order_by(Application.id)
        )
    )
    if not applications:
        return
    zone = station_zone(vacancy)
    first_day = on_clock(now, zone).date() + timedelta(days=3)
    slots = []
    for index in range(len(applications) + EXTRA_SLOTS):
        day, hour = first_day + timedelta(days=index // len(HOURS)), HOURS[index % len(HOURS)]
        slots.append(
            propose_slot(
                session,
                actor=chair,
                vacancy_id=vacancy.id,
                starts_at=datetime(day.year, day.month, day.day, hour),
                zone=zone,
                minutes=45,
                mode="video",
                location=f"https://video.demo.jpo.example/ohchr-{vacancy.id}",
                now=now,
            )
        )
    invite_candidates(
        session,
        actor=chair,
        vacancy_id=vacancy.id,
        application_ids=[a.id for a in applications],
        book_by=now + timedelta(days=7),
        now=now,
    )
    demo = users.get(DEMO_CANDIDATE)
    waiting = next((a for a in applications if demo is not None and a.user_id == demo.id), applications[-1])
    booked = [a for a in applications if a is not waiting]
    for application, slot in zip(booked, slots, strict=False):
        invitation = session.scalars(
            select(InterviewInvitation).where(InterviewInvitation.application_id == application.id)
        ).one()
        candidate = session.get_one(User, application.user_id)
        book_slot(session, user=candidate, invitation_id=invitation.id, slot_id=slot.id, now=now)
