"""The demo's selection stage: on a vacancy with recommended candidates, the first is selected, confirmed
and offered an offer still open; playing it again changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from jpo.db.models import Application, VacancyRow
from jpo.db.offer_tables import Offer
from jpo.db.session import unit_of_work
from jpo.demo.selection import ADMIN, SELECTOR, carry, offer_holder
from jpo.users.service import create_user
from tests.selection.conftest import Recruitment


def test_the_demo_leaves_an_open_offer_to_the_first_recommended(recruitment: Recruitment) -> None:
    r = recruitment
    now = datetime.now(UTC)
    with unit_of_work(r.api.engine) as session:
        users = {
            SELECTOR: create_user(
                session, email=SELECTOR, password="x" * 12, role="reviewer", organization="OHCHR"
            ),
            ADMIN: create_user(session, email=ADMIN, password="x" * 12, role="admin"),
        }
        vacancy = session.get_one(VacancyRow, r.vacancy_id)
        carry(session, vacancy=vacancy, users=users, now=now)
        carry(session, vacancy=vacancy, users=users, now=now)
        assert offer_holder(session, vacancy) == r.candidates[0].email
    with unit_of_work(r.api.engine, writes=False) as session:
        offer = session.query(Offer).one()
        assert offer.status == "open" and offer.reply_by > now and offer.reply_zone == "Europe/Zurich"
        assert session.get_one(Application, r.candidates[0].application_id).status == "offered"
