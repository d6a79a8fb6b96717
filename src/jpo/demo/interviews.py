"""The demo's competency-based interviews: on a closed OHCHR vacancy whose candidates are assessed (or
shortlisted), the kit proposed from its ToR, a panel of three (the chair, a member and the reviewer),
their declarations, every member's ratings with invented evidence (one competency where two members are
more than one step apart), and the chair's recommendations: two recommended, one with reservations, one
not. Safe to run again: a vacancy that has a panel is left as it is."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.db.interview_tables import PanelMember
from jpo.db.models import Application, User, VacancyRow
from jpo.interviews.access import INTERVIEWED
from jpo.interviews.kits import view_kit
from jpo.interviews.panels import add_member, set_panel
from jpo.interviews.scoring import declare_interest, save_score
from jpo.interviews.sheets import recommend

CHAIR, MEMBER, REVIEWER = (
    "chair.ohchr@demo.jpo.example",
    "panel.ohchr@demo.jpo.example",
    "reviewer.ohchr@demo.jpo.example",
)
# Each candidate's level as the panel heard it (applied order), and the recommendation the chair records.
LEVELS = (4, 3, 3, 2)
VERDICTS = (
    ("recommended", "Outstanding examples on every competency; the panel recommends without reservation."),
    ("recommended", "Consistently satisfactory, with strong planning examples; recommended."),
    (
        "reservations",
        "Good analysis, but little experience of working with field presences; recommended "
        "with reservations on the first months' support.",
    ),
    (
        "not_recommended",
        "The examples given stayed general and did not show the indicators; not recommended.",
    ),
)
EVIDENCE = (
    "Described {what} with a concrete example, the steps taken and the result.",
    "Gave an example of {what}; the outcome was clear but the candidate's own part less so.",
    "Spoke of {what} in general terms; asked for an example, gave one from studies.",
)


def _ratings(kit: Any, level: int, offset: int, *, apart: bool) -> list[dict[str, Any]]:
    """A member's ratings of a candidate at `level`: the second member a step lower on every third
    indicator, the third a step higher on every fourth; `apart`, the first competency two steps lower."""
    ratings = []
    for n, competency in enumerate(kit.competencies):
        for m, indicator in enumerate(competency.indicators):
            value = level
            if offset == 1 and (n + m) % 3 == 0:
                value = level - 1
            elif offset == 2 and (n + m) % 4 == 1:
                value = level + 1
            if apart and n == 0:
                value = level - 2
            what = indicator[0].lower() + indicator[1:].rstrip(".")
            ratings.append(
                {
                    "competency": competency.name,
                    "indicator": indicator,
                    "value": max(1, min(4, value)),
                    "evidence": EVIDENCE[(n + m + offset) % len(EVIDENCE)].format(what=what),
                }
            )
    return ratings


def carry(session: Session, *, vacancy: VacancyRow, users: dict[str, User], now: datetime) -> None:
    """Build the panel and play its interviews of `vacancy`'s assessed or shortlisted candidates."""
    if (
        session.scalar(select(PanelMember.id).where(PanelMember.vacancy_id == vacancy.id).limit(1))
        is not None
    ):
        return
    applications = list(
        session.scalars(
            select(Application)
            .where(Application.vacancy_id == vacancy.id, Application.status.in_(INTERVIEWED))
            .order_by(Application.submitted_at, Application.id)
        )
    )
    if not applications:
        return
    runner, chair = users[REVIEWER], users[CHAIR]
    set_panel(session, actor=runner, vacancy_id=vacancy.id, language="en", now=now)
    for email, role in ((CHAIR, "chair"), (MEMBER, "member"), (REVIEWER, "member")):
        add_member(session, actor=runner, vacancy_id=vacancy.id, email=email, role=role, now=now)
    kit = view_kit(session, actor=runner, vacancy_id=vacancy.id).kit
    for index, application in enumerate(applications):
        level = LEVELS[index % len(LEVELS)]
        for offset, email in enumerate((CHAIR, MEMBER, REVIEWER)):
            member = users[email]
            declare_interest(
                session, actor=member, application=application, declaration="none", statement=None, now=now
            )
            ratings = _ratings(kit, level, offset, apart=index == 1 and email == MEMBER)
            save_score(
                session,
                actor=member,
                vacancy_id=vacancy.id,
                application_id=application.id,
                ratings=ratings,
                submit=True,
                now=now,
            )
        verdict, reasons = VERDICTS[index % len(VERDICTS)]
        recommend(
            session,
            actor=chair,
            vacancy_id=vacancy.id,
            application_id=application.id,
            verdict=verdict,
            reasons=reasons,
            now=now,
        )
