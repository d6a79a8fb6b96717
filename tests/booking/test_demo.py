"""The demo's booking stage on a vacancy of shortlisted candidates: slots, an invitation each, all
booked but one; running it again adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from jpo.db.models import User
from jpo.db.session import unit_of_work
from jpo.db.slot_tables import InterviewBooking, InterviewInvitation, InterviewSlot
from jpo.demo.booking import PANEL_CHAIR, carry
from jpo.users.service import create_user
from jpo.vacancies.service import get_vacancy
from tests.booking.conftest import Recruitment

NOW = datetime.now(UTC).replace(microsecond=0)


def _count(session: object, table: type) -> int:
    return int(session.scalar(select(func.count()).select_from(table)))  # type: ignore[attr-defined]


def test_the_demo_books_all_but_one_and_runs_again_safely(recruitment: Recruitment) -> None:
    r = recruitment
    with unit_of_work(r.api.engine) as session:
        chair = create_user(session, email=PANEL_CHAIR, password="a long secret", role="reviewer",
                            organization="OHCHR")  # fmt: skip
    for _ in range(2):
        with unit_of_work(r.api.engine, now=NOW) as session:
            users = {PANEL_CHAIR: session.get_one(User, chair.id)}
            carry(session, vacancy=get_vacancy(session, r.vacancy_id), users=users, now=NOW)
    with unit_of_work(r.api.engine, writes=False) as session:
        assert _count(session, InterviewSlot) == 3 + 2
        assert _count(session, InterviewInvitation) == 3
        booked = session.scalars(select(InterviewBooking).where(InterviewBooking.status == "booked")).all()
        assert len(booked) == 2
