"""A past round of an OHCHR post carried through every stage after the shortlist, so a new user sees the
whole recruitment in the browser: it closed two months ago, five invented candidates applied, four were
shortlisted; each later stage (the written assessment, the interview slots, the panel, the selection and
the offer) is played by its own module's `carry`, each at its own date in the past.

Nobody here is real. The round's applicants sign in with `APPLICANT_PASSWORD`, as the others do."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.staff import transition_application
from jpo.db.models import Application, User, VacancyRow
from jpo.demo.applicants import PROFILES_ROUND, DemoApplicant, Test, decided_checklist
from jpo.demo.applicants import _apply as apply_once
from jpo.demo.applicants import _job as job
from jpo.demo.applicants import _Loaded as Loaded
from jpo.demo.applicants import _profile as profile
from jpo.demo.applicants import _study as study
from jpo.vacancies.checklists import replace_checklist
from jpo.vacancies.service import close_vacancy, draft_vacancy, edit_vacancy, publish_vacancy

PAST_SEED = "003"  # OHCHR, human rights in the digital age
# The marker of the past round's ToR: the same bytes with this line after them, so that it is a vacancy
# of its own beside this round's, found again by its hash when the demo is loaded a second time.
ROUND_NOTE = b"\n[Demo: the previous round of this post, carried through its recruitment.]\n"
OPENED_DAYS_AGO, CLOSED_DAYS_AGO = 100, 60
STAFF = "reviewer.ohchr@demo.jpo.example"

# The moves of a later stage, at how many days ago it was played: (days, name, carry).
Stage = tuple[int, str, Callable[..., None]]


def applicant(
    email: str, given: str, family: str, birth: str, seed: str = PAST_SEED, **fields: object
) -> DemoApplicant:
    """An invented Korean applicant to the past round of `seed`, with a TOEFL score and a letter."""
    document = profile(birth_date=birth, name={"given": given, "family": family}, nationalities=["KR"],
                       **fields)  # fmt: skip
    return DemoApplicant(email, document, (Test("TOEFL iBT", 108, 150),), (seed,),
                         motivation=f"{given} {family}: I would like to work on the right to privacy in the "
                                    "digital age with the Office.")  # fmt: skip


PAST_APPLICANTS: tuple[DemoApplicant, ...] = (
    applicant(
        "round.minji@demo.jpo.example", "Min-ji", "Park", "1994-04-02", sex="female",
        education=[study("bachelor", "Law", "Seoul National University", "2019-02-22"),
                   study("master", "Human Rights Law", "University of Essex", "2021-09-30")],
        experience=[job("Legal Researcher", "Korean Digital Rights Institute", "2021-11-01", None,
                        "Researched the right to privacy and surveillance technologies; drafted submissions "
                        "to UN special procedures and the Human Rights Council.")],
        skills=["legal research", "report writing", "privacy law"],
    ),
    applicant(
        "round.joon@demo.jpo.example", "Joon-ho", "Lee", "1993-10-19", sex="male",
        military_service={"months": 21},
        education=[study("bachelor", "Political Science", "Yonsei University", "2019-02-20"),
                   study("master", "International Relations", "Sciences Po", "2021-06-30")],
        experience=[job("Policy Analyst", "Ministry of Science and ICT", "2021-09-01", None,
                        "Analysed AI governance frameworks and wrote briefings on data protection law for "
                        "international negotiations.")],
        skills=["policy analysis", "AI governance", "negotiation"],
    ),
    applicant(
        "round.seoyeon@demo.jpo.example", "Seo-yeon", "Kim", "1995-01-28", sex="female",
        education=[study("bachelor", "Computer Science", "KAIST", "2019-08-20"),
                   study("master", "Technology Policy", "University of Cambridge", "2021-07-15")],
        experience=[job("Research Associate", "Asia Tech Accountability Lab", "2021-10-01", None,
                        "Audited content moderation and facial recognition systems for human rights risks; "
                        "wrote the lab's reports and trained civil society partners.")],
        skills=["algorithmic audits", "Python", "human rights impact assessment"],
    ),
    applicant(
        "round.hyun@demo.jpo.example", "Hyun-woo", "Choi", "1992-12-05", sex="male",
        military_service={"months": 24},
        education=[study("bachelor", "International Studies", "Korea University", "2018-02-23"),
                   study("master", "Public International Law", "Geneva Graduate Institute", "2020-06-30")],
        experience=[job("Programme Officer", "Open Net Korea", "2020-09-01", None,
                        "Coordinated advocacy on freedom of expression online; organised consultations with "
                        "platforms and regulators; edited the annual digital rights report.")],
        skills=["advocacy", "event organisation", "report writing"],
    ),
    applicant(
        "round.eunji@demo.jpo.example", "Eun-ji", "Jung", "1996-06-11", sex="female",
        education=[study("bachelor", "Economics", "Sogang University", "2021-02-19"),
                   study("master", "Economics", "Sogang University", "2023-02-17")],
        experience=[job("Analyst", "Hanseong Securities", "2023-03-02", None,
                        "Wrote equity research on the semiconductor industry.")],
        skills=["financial modelling", "Excel"],
    ),
)  # fmt: skip
SHORTLIST = PAST_APPLICANTS[:4]  # the last is long-listed no further, and told at the end


@dataclass(frozen=True)
class RoundPlan:
    """A past round of a seed: its ToR with `note` after it (a vacancy of its own, found again by its hash
    when the demo is loaded a second time), opened and closed so many days ago, its applicants, and those
    of them shortlisted."""

    seed: str
    note: bytes
    opened_days_ago: int
    closed_days_ago: int
    applicants: tuple[DemoApplicant, ...]
    shortlist: tuple[DemoApplicant, ...]
    title_note: str | None = None  # said after the title, so staff tell the round from this year's post


PAST_ROUND = RoundPlan(PAST_SEED, ROUND_NOTE, OPENED_DAYS_AGO, CLOSED_DAYS_AGO, PAST_APPLICANTS, SHORTLIST)


@dataclass(frozen=True)
class PastRound:
    vacancy: VacancyRow
    applications: dict[str, Application]  # by the applicant's e-mail


@contextmanager
def dated(session: Session, moment: datetime) -> Iterator[datetime]:
    """Record what happens in the block as of `moment` (the audit trail's clock is the session's)."""
    before = session.info.get("now")
    session.info["now"] = moment
    try:
        yield moment
    finally:
        session.info["now"] = before


def load_past_round(
    session: Session, *, seeds: dict[str, Path], users: dict[str, User], now: datetime, data_dir: Path,
    max_bytes: int, moved: Callable[[dict[str, object], datetime], tuple[dict[str, object], int]],
    plan: RoundPlan = PAST_ROUND,
) -> PastRound | None:  # fmt: skip
    """The past round, once: published, applied to, closed and shortlisted, dated in the past; None when an
    earlier run loaded it (its later stages were played then). `moved` gives a vacancy's changes for a
    deadline on the given day and the round's year."""
    data = seeds[plan.seed].read_bytes() + plan.note
    digest = hashlib.sha256(data).hexdigest()
    if session.scalar(select(VacancyRow.id).where(VacancyRow.source_sha256 == digest)) is not None:
        return None
    admin, staff = users["admin@demo.jpo.example"], users[STAFF]
    with dated(session, now - timedelta(days=plan.opened_days_ago)) as opened:
        row = draft_vacancy(session, actor=admin, filename=f"{seeds[plan.seed].stem}-previous-round.txt",
                            data=data, data_dir=data_dir, max_bytes=max_bytes)  # fmt: skip
        changes, round_year = moved(row.document, now - timedelta(days=plan.closed_days_ago))
        if plan.title_note:
            changes = {**changes, "title": f"{row.document.get('title')} ({plan.title_note})"}
        edit_vacancy(session, actor=admin, vacancy_id=row.id, changes=changes)
        replace_checklist(session, actor=admin, vacancy_id=row.id, checklist=decided_checklist(row))
        publish_vacancy(session, actor=admin, vacancy_id=row.id, now=opened)
    loaded = Loaded()
    with dated(session, now - timedelta(days=plan.opened_days_ago - 10)) as applied:
        for applicant in plan.applicants:
            apply_once(session, applicant, {plan.seed: row}, applied, loaded, round_year - PROFILES_ROUND,
                       (data_dir, max_bytes))  # fmt: skip
    with dated(session, now - timedelta(days=plan.closed_days_ago - 1)):
        close_vacancy(session, actor=admin, vacancy_id=row.id)
    made = {email: application for (email, _), application in loaded.made.items()}
    with dated(session, now - timedelta(days=plan.closed_days_ago - 5)):
        for applicant in plan.applicants:
            _screen(session, made[applicant.email], staff, shortlist=applicant in plan.shortlist)
    return PastRound(row, made)


def _screen(session: Session, application: Application, staff: User, *, shortlist: bool) -> None:
    """The reviewer's first decisions: an undecided screening settled, then the long- and shortlists."""
    if application.status == "needs_review":
        transition_application(session, actor=staff, application_id=application.id, to="eligible",
                               reason="The certificate sent with it settles the test rule.")  # fmt: skip
    path = ["longlisted", "shortlisted"] if shortlist else ["longlisted"]
    reasons = {"longlisted": "Meets the post's requirements on paper.",
               "shortlisted": "Among the strongest on the post's duties."}  # fmt: skip
    for to in path:
        if application.status == "eligible" or to == "shortlisted":
            transition_application(session, actor=staff, application_id=application.id, to=to,
                                   reason=reasons[to])  # fmt: skip


def play(
    session: Session, past: PastRound, users: dict[str, User], now: datetime, stages: list[Stage]
) -> None:
    """Each later stage's `carry`, at its own date."""
    for days_ago, _, carry in stages:
        with dated(session, now - timedelta(days=days_ago)) as moment:
            carry(session, vacancy=past.vacancy, users=users, now=moment)
