"""The demo's interviews: a panel of three scores four assessed candidates of a closed OHCHR vacancy
(one competency flagged), and the chair recommends two, one with reservations, and not one; run twice,
nothing is added."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, select

from jpo.db.interview_tables import InterviewRecommendation, InterviewScore
from jpo.db.models import Application, ProfileVersion, User, VacancyRow
from jpo.db.session import unit_of_work
from jpo.demo import interviews
from jpo.demo.setup import seed_files
from jpo.interviews.sheets import read_sheet
from jpo.users.service import create_user
from jpo.vacancy.parse import parse_file

NOW = datetime(2030, 5, 4, 10, 0, tzinfo=UTC)


def test_the_demo_panel_scores_and_recommends(engine: Engine) -> None:
    seed = next(path for path in seed_files() if path.name.startswith("003"))
    with unit_of_work(engine) as session:
        users = {
            email: create_user(
                session, email=email, password="a long secret", role="reviewer", organization="OHCHR"
            )
            for email in (interviews.CHAIR, interviews.MEMBER, interviews.REVIEWER)
        }
        vacancy = VacancyRow(
            status="closed",
            document=parse_file(seed).model_dump(mode="json"),
            sponsor_country="KR",
            organization="OHCHR",
            closing_utc=NOW,
        )
        session.add(vacancy)
        session.flush()
        for n in range(4):
            user = create_user(session, email=f"c{n}@example.org", password="a long secret", role="candidate")
            profile = ProfileVersion(
                user_id=user.id, version=1, document={"name": {"given": f"C{n}", "family": "X"}}
            )
            session.add(profile)
            session.flush()
            session.add(
                Application(
                    user_id=user.id,
                    vacancy_id=vacancy.id,
                    profile_version_id=profile.id,
                    status="assessed",
                    receipt=f"R-{n}",
                )
            )
        session.flush()
        interviews.carry(session, vacancy=vacancy, users=users, now=NOW)
        interviews.carry(session, vacancy=vacancy, users=users, now=NOW)
        statuses = session.scalars(select(Application.status).order_by(Application.id)).all()
        assert statuses == ["recommended", "recommended", "recommended", "not_selected"]
        verdicts = session.scalars(
            select(InterviewRecommendation.verdict).order_by(InterviewRecommendation.id)
        )
        assert list(verdicts) == ["recommended", "recommended", "reservations", "not_recommended"]
        assert len(session.scalars(select(InterviewScore.id)).all()) == 12
        second = session.scalars(select(Application).order_by(Application.id)).all()[1]
        chair = session.scalar(select(User).where(User.email == interviews.CHAIR))
        assert chair is not None
        sheet = read_sheet(session, actor=chair, vacancy_id=vacancy.id, application_id=second.id)
        assert [line.flagged for line in sheet.lines] == [True] + [False] * (len(sheet.lines) - 1)
