"""Demo applicants: eight invented candidates with varied profiles, their applications to the two OHCHR
demo vacancies and the first decisions staff took on them, so the demo reviewer has a ranking to work on.

Nobody here is real. Each profile is written to test something a reviewer meets: a strong and a weak
fit, an unrelated career, a profile the screening could not decide, and two the programme admin found
ineligible on their documents (the submission itself refuses a profile that fails a rule, so a
candidate who is over the age limit or of another nationality reaches the list only by leaving it out).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from jpo.applications.checklist import LETTER_KEY, Checklist
from jpo.applications.drafts import attach_to_draft, still_missing
from jpo.applications.service import submit_application, withdraw_application
from jpo.applications.staff import transition_application
from jpo.db.models import Application, User, VacancyRow
from jpo.db.repositories import applications_of_user, user_by_email
from jpo.eligibility.periods import add_years
from jpo.profiles.service import save_profile
from jpo.users.service import create_user
from jpo.vacancies.checklists import vacancy_checklist

APPLICANT_PASSWORD = "demo-applicant-pass"
PROFILES_ROUND = 2024  # the ages below are as seed 002's round counts them (31 December 2024)
B_TECH, DIGITAL_AGE = "002", "003"  # the seeds: OHCHR business and human rights in technology; digital age
_KO_EN_FR = [{"code": "ko", "level": "native"}, {"code": "en", "level": "fluent"},
             {"code": "fr", "level": "fluent"}]  # fmt: skip


@dataclass(frozen=True)
class Test:
    """A language test score taken `days_ago` days before the demo is loaded (so it is still valid)."""

    test: str
    score: float
    days_ago: int


@dataclass(frozen=True)
class DemoApplicant:
    email: str
    profile: dict[str, Any]  # jpo.profile/1 without its language tests
    tests: tuple[Test, ...] | None  # None: the candidate gave none (the test rule cannot be decided)
    applies_to: tuple[str, ...]  # seed prefixes, in the order the applications are made
    motivation: str = (
        "I would like to bring my experience to this post and to learn from the office's work on human "
        "rights."
    )


@dataclass(frozen=True)
class DemoDecision:
    """What staff (or, for a withdrawal, the candidate) did with one application after it was made."""

    email: str
    seed: str
    to: str
    reason: str = ""
    by: str = "admin@demo.jpo.example"


def _study(level: str, field: str, institution: str, completed: str) -> dict[str, Any]:
    return {"level": level, "field": field, "institution": institution, "completed": completed}


def _job(title: str, organization: str, start: str, end: str | None, description: str) -> dict[str, Any]:
    return {"title": title, "organization": organization, "start": start, "end": end, "full_time": True,
            "description": description}  # fmt: skip


def _profile(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"schema": "jpo.profile/1", "languages": _KO_EN_FR, "military_service": None,
                            "prior_programmes": [], "applications": []}  # fmt: skip
    return {**base, **fields}


DEMO_APPLICANTS: tuple[DemoApplicant, ...] = (
    DemoApplicant(
        "applicant.01@demo.jpo.example",
        _profile(
            birth_date="1995-08-21", sex="female", nationalities=["KR"],
            education=[_study("bachelor", "Law", "Korea University", "2018-02-23"),
                       _study("master", "International Human Rights Law", "Leiden University", "2020-07-15")],
            experience=[_job(
                "Business and Human Rights Researcher", "Korean Transnational Corporations Watch",
                "2020-09-01", None,
                "Researched human rights due diligence by technology companies under the UN Guiding "
                "Principles on Business and Human Rights. Drafted policy briefs on the human rights risks "
                "of generative AI. Organised workshops between tech companies, investors and civil society "
                "groups.",
            )],
            skills=["legal research", "policy briefs", "stakeholder engagement"],
            summary="Human rights lawyer working on the responsibilities of technology companies.",
        ),
        (Test("TOEFL iBT", 109, 210),), (B_TECH, DIGITAL_AGE),
        "The B-Tech Project is where my research on tech companies' due diligence could be of most use.",
    ),
    DemoApplicant(
        "applicant.02@demo.jpo.example",
        _profile(
            birth_date="1994-02-11", sex="male", nationalities=["KR"], military_service={"months": 21},
            education=[_study("bachelor", "Computer Science", "KAIST", "2017-02-20"),
                       _study("master", "Computer Science", "KAIST", "2019-02-20")],
            experience=[_job(
                "Trust and Safety Policy Analyst", "Hanbit Online Platform", "2019-07-01", None,
                "Wrote content moderation policies for a social network of twelve million users. Led human "
                "rights impact assessments of new AI features. Briefed product teams on the UN Guiding "
                "Principles and on privacy by design.",
            )],
            skills=["Python", "data analysis", "human rights impact assessment"],
            summary="Engineer turned policy analyst.",
        ),
        (Test("IELTS", 7.5, 400),), (B_TECH,),
    ),
    DemoApplicant(
        "applicant.03@demo.jpo.example",
        _profile(
            birth_date="1997-11-03", sex="female", nationalities=["KR"],
            education=[_study("bachelor", "International Relations", "Ewha Womans University", "2020-02-21"),
                       _study("master", "Political Science", "Yonsei University", "2022-02-18")],
            experience=[
                _job("Intern, Human Rights and Social Affairs Division",
                     "Ministry of Foreign Affairs of the Republic of Korea", "2022-03-02", "2022-12-30",
                     "Prepared briefing notes for the sessions of the Human Rights Council. Followed the "
                     "negotiation of resolutions on the right to privacy in the digital age."),
                _job("Programme Officer", "Asia Digital Rights Network", "2023-01-09", None,
                     "Coordinated regional consultations on online freedom of expression. Wrote the "
                     "network's annual report on digital rights in Asia."),
            ],
            skills=["report writing", "event organisation"],
        ),
        (Test("TOEFL iBT", 108, 120),), (B_TECH, DIGITAL_AGE),
    ),
    DemoApplicant(
        "applicant.04@demo.jpo.example",
        _profile(
            birth_date="1993-05-30", sex="female", nationalities=["KR"],
            education=[_study("bachelor", "Business Administration", "Sungkyunkwan University", "2016-02-19"),
                       _study("master", "Business Administration", "Sungkyunkwan University", "2019-02-22")],
            experience=[_job(
                "ESG Reporting Manager", "Daehan Electronics", "2019-03-04", None,
                "Prepared the company's sustainability report and its supplier code of conduct. Answered ESG "
                "rating agencies. Coordinated audits of suppliers' labour standards.",
            )],
            skills=["sustainability reporting", "supplier audits", "Excel"],
        ),
        (Test("TOEIC", 930, 300),), (B_TECH,),
    ),
    DemoApplicant(
        "applicant.05@demo.jpo.example",
        _profile(
            birth_date="1996-01-15", sex="male", nationalities=["KR"], military_service={"exempt": True},
            education=[_study("bachelor", "Chemical Engineering", "Hanyang University", "2019-02-22"),
                       _study("master", "Chemical Engineering", "Hanyang University", "2021-02-19")],
            experience=[_job(
                "Process Engineer", "Ulsan Petrochemical", "2021-03-02", None,
                "Optimised distillation units. Supervised plant safety inspections and the maintenance "
                "schedule of two production lines.",
            )],
            skills=["process simulation", "AutoCAD"],
        ),
        (Test("TOEFL iBT", 107, 500),), (B_TECH, DIGITAL_AGE),
    ),
    DemoApplicant(
        "applicant.06@demo.jpo.example",
        _profile(
            birth_date="1998-06-09", sex="female", nationalities=["KR"],
            education=[_study("bachelor", "Political Science", "Sogang University", "2021-02-19"),
                       _study("master", "International Relations", "Graduate Institute", "2023-01-31")],
            experience=[_job(
                "Research Assistant", "Geneva Academy", "2022-02-01", None,
                "Supported research on the UN special procedures. Wrote case studies on surveillance "
                "technologies and the right to privacy.",
            )],
            skills=["qualitative research"],
        ),
        None, (B_TECH, DIGITAL_AGE),
    ),
    DemoApplicant(
        "applicant.07@demo.jpo.example",
        _profile(
            birth_date=None, sex="male", nationalities=["KR"], military_service={"months": 24},
            education=[_study("bachelor", "Law", "Seoul National University", "2012-02-24"),
                       _study("master", "Law", "Seoul National University", "2015-02-25")],
            experience=[_job(
                "Legal Officer", "National Human Rights Commission of Korea", "2015-03-02", None,
                "Investigated complaints of discrimination. Drafted the Commission's opinions on facial "
                "recognition in public places and on the accountability of online platforms.",
            )],
            skills=["legal drafting", "investigations"],
        ),
        (Test("TEPS", 452, 90),), (B_TECH,),
    ),
    DemoApplicant(
        "applicant.08@demo.jpo.example",
        _profile(
            birth_date="1996-10-27", sex="female", nationalities=None,
            education=[_study("bachelor", "Law", "University of Tokyo", "2019-03-25"),
                       _study("master", "IT Law", "University of Edinburgh", "2021-11-30")],
            experience=[_job(
                "Associate, Data Protection Practice", "Law firm", "2022-01-10", None,
                "Advised technology companies on data protection compliance. Drafted privacy impact "
                "assessments and the responses to regulators' inquiries.",
            )],
            skills=["data protection", "contract review"],
        ),
        (Test("IELTS", 8, 250),), (B_TECH,),
    ),
)  # fmt: skip

DEMO_DECISIONS: tuple[DemoDecision, ...] = (
    DemoDecision("applicant.01@demo.jpo.example", B_TECH, "longlisted",
                 "Master's in human rights law and four years on business and human rights in technology."),
    DemoDecision("applicant.02@demo.jpo.example", B_TECH, "longlisted",
                 "Leads human rights impact assessments of AI features at a tech company, close to B-Tech."),
    DemoDecision("applicant.07@demo.jpo.example", B_TECH, "ineligible",
                 "The date of birth on the passport sent with the application is past the age limit."),
    DemoDecision("applicant.08@demo.jpo.example", B_TECH, "ineligible",
                 "No proof of Korean nationality: the documents sent show another citizenship only."),
    DemoDecision("applicant.05@demo.jpo.example", DIGITAL_AGE, "withdrawn",
                 by="applicant.05@demo.jpo.example"),
)  # fmt: skip


@dataclass
class _Loaded:
    users: dict[str, User] = field(default_factory=dict)
    made: dict[tuple[str, str], Application] = field(default_factory=dict)  # (email, seed) -> new application


def _dated_profile(applicant: DemoApplicant, now: datetime, years: int) -> dict[str, Any]:
    """The profile with its tests dated from `now` and its birth date `years` later (the ages as in the
    round the profiles were written for)."""
    birth = applicant.profile.get("birth_date")
    moved = {"birth_date": add_years(date.fromisoformat(birth), years).isoformat()} if birth else {}
    tests = None
    if applicant.tests is not None:
        day = now.date()
        tests = [{"test": t.test, "score": t.score, "date": (day - timedelta(days=t.days_ago)).isoformat()}
                 for t in applicant.tests]  # fmt: skip
    return {**applicant.profile, **moved, "language_tests": tests}


def decided_checklist(row: VacancyRow) -> Checklist:
    """The demo admin's decision on a seed's proposed checklist: a document the ToR limits to applicants
    jpo cannot recognise from a profile (low-income, with a disability) is optional, for them to send."""
    checklist = vacancy_checklist(row)
    decided = {"rule": "optional", "unchecked_condition": None}
    items = [
        item.model_copy(update=decided) if item.unchecked_condition else item for item in checklist.items
    ]
    return checklist.model_copy(update={"items": items})


def _demo_pdf(label: str) -> bytes:
    """A one-line PDF standing for a document the applicant sent (nothing real)."""
    text = label[:60].encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 11 Tf 40 800 Td (Demo document: " + text + b") Tj ET"
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
        b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font"
        b"<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>endobj\n4 0 obj<</Length "
        + str(len(stream)).encode()
        + b">>stream\n"
        + stream
        + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def _documents(session: Session, user: User, vacancy: VacancyRow, applicant: DemoApplicant, now: datetime,
               files: tuple[Path, int]) -> None:  # fmt: skip
    """A draft holding a made-up PDF for each document the vacancy's checklist asks of the applicant."""
    data_dir, max_bytes = files
    checklist = vacancy_checklist(vacancy)
    lacking = still_missing(
        session, user=user, checklist=checklist, draft=None, motivation=applicant.motivation
    )
    for item in (m for m in lacking if m.key != LETTER_KEY):
        attach_to_draft(session, user=user, vacancy_id=vacancy.id, kind=item.kind, item=item.key,
                        filename=f"{item.key}.pdf", data=_demo_pdf(item.label), data_dir=data_dir,
                        max_bytes=max_bytes, now=now)  # fmt: skip


def _apply(session: Session, applicant: DemoApplicant, vacancies: dict[str, VacancyRow], now: datetime,
           loaded: _Loaded, years: int, files: tuple[Path, int]) -> None:  # fmt: skip
    user = user_by_email(session, applicant.email)
    if user is None:
        user = create_user(session, email=applicant.email, password=APPLICANT_PASSWORD, role="candidate")
        save_profile(session, user=user, document=_dated_profile(applicant, now, years))
    loaded.users[applicant.email] = user
    applied = {application.vacancy_id for application in applications_of_user(session, user.id)}
    for seed in applicant.applies_to:
        vacancy = vacancies.get(seed)
        if vacancy is None or vacancy.id in applied:
            continue
        _documents(session, user, vacancy, applicant, now, files)
        application, _ = submit_application(session, user=user, vacancy_id=vacancy.id, idempotency_key=None,
                                            motivation=applicant.motivation, now=now)  # fmt: skip
        loaded.made[(applicant.email, seed)] = application


def load_applicants(
    session: Session, *, vacancies: dict[str, VacancyRow], now: datetime, round_year: int | None = None,
    data_dir: Path, max_bytes: int,
) -> int:  # fmt: skip
    """Create the demo applicants and their applications (once), then the first decisions on the
    applications made now; returns how many applications were made. The profiles are written for
    the round of `PROFILES_ROUND`; their birth dates move to `round_year`'s, as the seeds' rules do."""
    loaded = _Loaded()
    years = 0 if round_year is None else round_year - PROFILES_ROUND
    for applicant in DEMO_APPLICANTS:
        _apply(session, applicant, vacancies, now, loaded, years, (data_dir, max_bytes))
    for decision in DEMO_DECISIONS:
        application = loaded.made.get((decision.email, decision.seed))
        if application is None:
            continue  # loaded by an earlier run, with its decisions
        actor = loaded.users.get(decision.by) or user_by_email(session, decision.by)
        assert actor is not None, decision.by
        if decision.to == "withdrawn":
            withdraw_application(session, user=actor, application_id=application.id)
        else:
            transition_application(session, actor=actor, application_id=application.id, to=decision.to,
                                   reason=decision.reason)  # fmt: skip
    return len(loaded.made)
