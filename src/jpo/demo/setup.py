"""Demo data for `jpo demo`: the five seed ToRs as published vacancies whose deadlines are moved
into the future, one user per role, and invented applicants whose applications the OHCHR reviewer can
rank (`applicants.py`); safe to run again (nothing is added twice)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.db.models import User, VacancyRow
from jpo.db.repositories import user_by_email
from jpo.demo import assessment, booking, contests, interviews, selection
from jpo.demo.applicants import decided_checklist, load_applicants
from jpo.demo.assignment import load_assignment
from jpo.demo.recruitment import Stage, load_past_round, play
from jpo.eligibility.periods import add_years
from jpo.profiles.service import current_profile, save_profile
from jpo.users.service import create_user
from jpo.vacancies.checklists import replace_checklist
from jpo.vacancies.service import draft_vacancy, edit_vacancy, publish_vacancy

DEMO_DAYS_OPEN = 30  # the first seed closes this many days from now, the next a week later, ...
# The eligibility dates a ToR states for its round (the age counted on 31 December of the closing year,
# born on or after 1 January of the year the age limit gives): they move with the deadline.
ROUND_DATES = ("age_reference_date", "born_on_or_after")


@dataclass(frozen=True)
class DemoUser:
    email: str
    password: str
    role: str
    sponsor: str | None = None
    organization: str | None = None


DEMO_USERS = (
    DemoUser("admin@demo.jpo.example", "demo-admin-pass", "admin"),
    DemoUser("admin.kr@demo.jpo.example", "demo-admin-kr-pass", "admin", sponsor="KR"),
    DemoUser("reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass", "reviewer", organization="OHCHR"),
    # The recruitment after the shortlist: two markers of the written assessment, an interview panel
    # (its chair and a member; the reviewer above is its third), and the host agency's selector.
    DemoUser("marker.one@demo.jpo.example", "demo-marker-one-pass", "reviewer", organization="OHCHR"),
    DemoUser("marker.two@demo.jpo.example", "demo-marker-two-pass", "reviewer", organization="OHCHR"),
    DemoUser("chair.ohchr@demo.jpo.example", "demo-chair-pass", "reviewer", organization="OHCHR"),
    DemoUser("panel.ohchr@demo.jpo.example", "demo-panel-pass", "reviewer", organization="OHCHR"),
    DemoUser("selector.ohchr@demo.jpo.example", "demo-selector-pass", "reviewer", organization="OHCHR"),
    # The supervisor of the demo's JPO in post (`demo.assignment`).
    DemoUser("supervisor.ohchr@demo.jpo.example", "demo-supervisor-pass", "reviewer", organization="OHCHR"),
    DemoUser("auditor@demo.jpo.example", "demo-auditor-pass", "auditor"),
    DemoUser("candidate@demo.jpo.example", "demo-candidate-pass", "candidate"),
)

DEMO_PROFILE = {
    "schema": "jpo.profile/1",
    "birth_date": "1997-03-14",
    "sex": "female",
    "nationalities": ["KR"],
    "education": [
        {"level": "bachelor", "field": "International Relations", "institution": "Seoul National University",
         "completed": "2019-02-20"},
        {"level": "master", "field": "Human Rights Law", "institution": "Geneva Graduate Institute",
         "completed": "2021-06-30"},
    ],
    "experience": [
        {"title": "Research assistant", "organization": "Human rights NGO", "start": "2021-09-01",
         "end": None, "full_time": True,
         "description": "Research on business and human rights; drafting reports and briefing notes."},
    ],
    "languages": [{"code": "ko", "level": "native"}, {"code": "en", "level": "fluent"},
                  {"code": "fr", "level": "good"}],
    "language_tests": [],
    "military_service": None,
    "prior_programmes": [],
    "skills": ["research", "report writing", "data analysis"],
    "applications": [],
}  # fmt: skip


def seed_files() -> list[Path]:
    """The seed ToRs shipped with jpo, in order."""
    folder = files("jpo.demo").joinpath("seeds")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def _users(session: Session) -> dict[str, User]:
    users = {}
    for demo in DEMO_USERS:
        users[demo.email] = user_by_email(session, demo.email) or create_user(
            session, email=demo.email, password=demo.password, role=demo.role, sponsor=demo.sponsor,
            organization=demo.organization,
        )  # fmt: skip
    candidate = users["candidate@demo.jpo.example"]
    if current_profile(session, candidate.id) is None:
        save_profile(session, user=candidate, document=DEMO_PROFILE)
    return users


def future_closing(document: dict[str, object], days: int, now: datetime) -> dict[str, object]:
    """The deadline moved to `days` from now, at the same local time of day in the same zone."""
    closing = document.get("closing")
    station = document.get("duty_station")
    zone_name = closing.get("timezone") if isinstance(closing, dict) else None
    station_zone = station.get("timezone") if isinstance(station, dict) else None
    zone = ZoneInfo(str(zone_name or station_zone or "UTC"))  # no deadline stated: the duty station's day
    local = now.astimezone(zone).replace(hour=23, minute=59, second=0, microsecond=0) + timedelta(days=days)
    if isinstance(closing, dict) and closing.get("local"):
        written = datetime.fromisoformat(str(closing["local"]))
        local = local.replace(hour=written.hour, minute=written.minute)
    utc = local.astimezone(ZoneInfo("UTC"))
    return {"utc": utc.strftime("%Y-%m-%dT%H:%M:%SZ"), "local": local.isoformat(), "timezone": zone.key,
            "text": None, "timezone_assumed": zone_name is None}  # fmt: skip


def _round_year(document: dict[str, Any]) -> int | None:
    """The year of the ToR's round: its closing year, else the year its age is counted on."""
    closing = document.get("closing")
    if isinstance(closing, dict) and closing.get("local"):
        return datetime.fromisoformat(str(closing["local"])).year
    reference = (document.get("eligibility") or {}).get("age_reference_date")
    return date.fromisoformat(reference).year if reference else None


def moved_round(document: dict[str, Any], closing: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The changes that move the ToR to the round of the new `closing`: the deadline, and each dated
    rule of the round by as many whole years as the round moved (so "31 December of the closing year"
    stays so); and that number of years."""
    year = _round_year(document)
    years = 0 if year is None else datetime.fromisoformat(str(closing["local"])).year - year
    eligibility = document.get("eligibility") or {}
    moved = {key: add_years(date.fromisoformat(eligibility[key]), years).isoformat()
             for key in ROUND_DATES if eligibility.get(key)}  # fmt: skip
    return ({"closing": closing, "eligibility": moved} if moved else {"closing": closing}), years


def load_demo(session: Session, *, data_dir: Path, max_bytes: int, now: datetime) -> list[VacancyRow]:
    """Create the demo users, publish the seed vacancies and make the demo applications (once); return
    the seed vacancies."""
    admin = _users(session)["admin@demo.jpo.example"]
    rows = []
    for index, path in enumerate(seed_files()):
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        row = session.scalar(select(VacancyRow).where(VacancyRow.source_sha256 == digest))
        if row is None:
            row = draft_vacancy(session, actor=admin, filename=path.name, data=data, data_dir=data_dir,
                                max_bytes=max_bytes)  # fmt: skip
            closing = future_closing(row.document, DEMO_DAYS_OPEN + 7 * index, now)
            changes, _ = moved_round(row.document, closing)
            edit_vacancy(session, actor=admin, vacancy_id=row.id, changes=changes)
            replace_checklist(session, actor=admin, vacancy_id=row.id, checklist=decided_checklist(row))
            publish_vacancy(session, actor=admin, vacancy_id=row.id, now=now)
        rows.append(row)
    by_seed = {path.name[:3]: row for path, row in zip(seed_files(), rows, strict=True)}
    load_applicants(session, vacancies=by_seed, now=now, round_year=_round_year(by_seed["002"].document),
                    data_dir=data_dir, max_bytes=max_bytes)  # fmt: skip
    users = _users(session)
    past = load_past_round(session, seeds={path.name[:3]: path for path in seed_files()}, users=users,
                           now=now, data_dir=data_dir, max_bytes=max_bytes, moved=_past_round)  # fmt: skip
    if past is not None:
        play(session, past, users, now, RECRUITMENT_STAGES)
    load_assignment(session, seeds={path.name[:3]: path for path in seed_files()}, users=users, now=now,
                    data_dir=data_dir, max_bytes=max_bytes, moved=_past_round)  # fmt: skip
    return rows


def _past_round(document: dict[str, Any], closing_day: datetime) -> tuple[dict[str, Any], int]:
    """The changes that move a seed to a round that closed on `closing_day`, and that round's year."""
    changes, _ = moved_round(document, future_closing(document, 0, closing_day))
    year = _round_year({**document, **changes})
    return changes, year if year is not None else closing_day.year


# The stages after the shortlist, as the past round played them: (days ago, name, carry).
RECRUITMENT_STAGES: list[Stage] = [
    (45, "written assessment", assessment.carry),
    (35, "interview slots", booking.carry),
    (25, "interviews", interviews.carry),
    (8, "selection and offer", selection.carry),
    (7, "a contest of a decision", contests.carry),
]
