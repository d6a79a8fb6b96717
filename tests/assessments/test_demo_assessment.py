"""The demo's written assessment carries a closed vacancy's shortlist to `assessed`, with one sheet
moderated, on the services; running it again adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from fractions import Fraction

from sqlalchemy import Engine, func, select

from jpo.assessments.results import assessment_overview
from jpo.db.assessment_tables import AssessmentMark
from jpo.db.models import Application, ProfileVersion, User, VacancyRow
from jpo.db.session import unit_of_work
from jpo.demo.assessment import MARKERS, RUNNER, carry
from jpo.users.service import create_user

NOW = datetime(2031, 6, 1, 12, tzinfo=UTC)


def test_the_demo_assessment_ends_with_the_shortlist_assessed(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        users = {email: create_user(session, email=email, password="a long secret", role="reviewer",
                                    organization="OHCHR") for email in (RUNNER, *MARKERS)}  # fmt: skip
        vacancy = VacancyRow(status="closed", document={"title": "Human Rights Officer", "duty_station": {
            "city": "Geneva", "country": "CH", "timezone": "Europe/Zurich"}}, sponsor_country="KR",
            organization="OHCHR", closing_utc=NOW)  # fmt: skip
        session.add(vacancy)
        session.flush()
        for n in range(3):
            person = create_user(
                session, email=f"c{n}@example.org", password="a long secret", role="candidate"
            )
            profile = ProfileVersion(user_id=person.id, version=1, document={"schema": "jpo.profile/1"})
            session.add(profile)
            session.flush()
            session.add(Application(user_id=person.id, vacancy_id=vacancy.id, profile_version_id=profile.id,
                                    status="shortlisted", receipt=f"R-{n}"))  # fmt: skip
        session.flush()
        carry(session, vacancy=vacancy, users=users, now=NOW)
        carry(session, vacancy=vacancy, users=users, now=NOW)  # again: nothing twice
        statuses = session.scalars(select(Application.status).where(Application.vacancy_id == vacancy.id))
        assert sorted(statuses) == ["assessed"] * 3
        assert session.scalar(select(func.count()).select_from(AssessmentMark)) == 6
        overview = assessment_overview(session, actor=users[RUNNER], vacancy_id=vacancy.id, now=NOW)
        assert overview.results is not None
        # By hand: 20 and 19 → 19.5; 19 and 9 → moderated 15; 23 and 21 → 22.
        assert sorted(row.mark for row in overview.results if row.mark is not None) == [
            15, Fraction(39, 2), 22]  # fmt: skip
        assert [row.moderated for row in overview.results].count(True) == 1
        assert isinstance(session.get(User, users[RUNNER].id), User)
