"""Written assessment journeys on the real server: a candidate takes it with a reload in the middle and
loses nothing; two markers mark blind (the other's marks hidden until one's own are in) and the runner
moderates the sheet they disagree on. State is prepared with the services on the server's database, on
a vacancy and candidates of the test's own."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from playwright.sync_api import Page, expect

from jpo.assessments.setting import AssessmentSpec, invite_shortlisted, set_assessment
from jpo.assessments.taking import save_answer, start_sitting, submit_sitting
from jpo.db.models import Application, ProfileVersion, User
from jpo.db.session import make_engine, unit_of_work
from jpo.recruitment.assessment import Task
from jpo.recruitment.marking import Criterion
from jpo.users.service import create_user, user_with_email
from tests.browser.conftest import overflow, serious_violations
from tests.support.recruitment import closed_vacancy, data_dir_of

PASSWORD = "a long secret for the journey"
RUNNER = ("reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass")
MARKERS = (("marker.one@demo.jpo.example", "demo-marker-one-pass"),
           ("marker.two@demo.jpo.example", "demo-marker-two-pass"))  # fmt: skip
SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"


@dataclass(frozen=True)
class Prepared:
    title: str
    vacancy_id: int
    applications: dict[str, int]  # candidate e-mail -> application id


def _prepare(url: str, candidates: int) -> Prepared:
    """A closed OHCHR vacancy of the test's own, its candidates shortlisted, an assessment open now."""
    tag = secrets.token_hex(3)
    title = f"Assessment journey post {tag}"
    now = datetime.now(UTC)
    engine = make_engine(url)
    with unit_of_work(engine) as session:
        vacancy = closed_vacancy(session, data_dir=data_dir_of(url), now=now, changes={"title": title})
        applications = {}
        for n in range(candidates):
            email = f"sitter{n}-{tag}@example.org"
            person = create_user(session, email=email, password=PASSWORD, role="candidate")
            profile = ProfileVersion(user_id=person.id, version=1, document={"schema": "jpo.profile/1"})
            session.add(profile)
            session.flush()
            application = Application(user_id=person.id, vacancy_id=vacancy.id, profile_version_id=profile.id,
                                      status="shortlisted", receipt=f"AJ-{tag}-{n}")  # fmt: skip
            session.add(application)
            session.flush()
            applications[email] = application.id
        runner = user_with_email(session, RUNNER[0])
        assert runner is not None
        spec = AssessmentSpec(
            tasks=[Task("Briefing note", "Write a briefing note on the national institution."),
                   Task("E-mail", "Answer the partner's e-mail.")],
            criteria=[Criterion("Analysis", 10), Criterion("Drafting", 10)],
            opens_at=now - timedelta(hours=1), closes_at=now + timedelta(days=1), minutes=60, allowed_spread=3,
            markers=[email for email, _ in MARKERS],
        )  # fmt: skip
        set_assessment(session, actor=runner, vacancy_id=vacancy.id, spec=spec, now=now)
        invite_shortlisted(session, actor=runner, vacancy_id=vacancy.id, now=now)
        vacancy_id = vacancy.id
    engine.dispose()
    return Prepared(title, vacancy_id, applications)


def _sign_in(page: Page, server: str, email: str, password: str) -> None:
    page.goto(server + "/sign-in")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_a_candidate_takes_the_assessment_and_a_reload_loses_nothing(
    page: Page, server: str, server_database_url: str
) -> None:
    prepared = _prepare(server_database_url, 1)
    ((email, application),) = prepared.applications.items()
    _sign_in(page, server, email, PASSWORD)
    page.goto(f"{server}/me/applications/{application}")
    page.get_by_role("link", name="Written assessment").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Written assessment")
    expect(page.locator("dl.facts")).to_contain_text("Geneva time")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Start the assessment").click()
    expect(page.locator("#countdown")).to_contain_text("Time left:")
    first = page.get_by_label("Your answer to task 1")
    first.click()
    first.press_sequentially("The institution needs an independent law.", delay=5)
    expect(page.locator("#save-status")).to_contain_text("Saved at", timeout=10_000)  # saved as typed
    assert serious_violations(page) == []
    _shot(page, "assessment-take")
    page.reload()  # as after a lost connection
    expect(page.get_by_label("Your answer to task 1")).to_have_value(
        "The institution needs an independent law."
    )
    second = page.get_by_label("Your answer to task 2")
    second.fill("Dear Director, thank you.")
    page.get_by_role("button", name="Save my answers").click()  # the plain form works too
    expect(page.get_by_text("Your answers are saved.")).to_be_visible()
    expect(page.get_by_label("Your answer to task 2")).to_have_value("Dear Director, thank you.")
    page.get_by_role("button", name="Submit now").click()
    expect(page.get_by_role("status")).to_contain_text("were handed in")
    expect(page.locator("main")).to_contain_text("The institution needs an independent law.")
    assert serious_violations(page) == []
    page.set_viewport_size({"width": 360, "height": 740})
    assert overflow(page) <= 0
    page.goto(f"{server}/me/applications/{application}/assessment?lang=fr")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Épreuve écrite")


def _sat(url: str, prepared: Prepared) -> None:
    now = datetime.now(UTC)
    engine = make_engine(url)
    with unit_of_work(engine) as session:
        for n, (email, application) in enumerate(prepared.applications.items()):
            person = session.get_one(User, user_with_email(session, email).id)  # type: ignore[union-attr]
            start_sitting(session, user=person, application_id=application, now=now)
            save_answer(session, user=person, application_id=application, task=0, text=f"Answer of sheet {n}.",
                        now=now)  # fmt: skip
            submit_sitting(session, user=person, application_id=application, now=now)
    engine.dispose()


def _mark_all(page: Page, server: str, title: str, marks: list[tuple[str, str]], *, second: bool) -> None:
    page.goto(server + "/marking")
    card = page.locator("section.card", has=page.get_by_role("heading", name=title))
    card.get_by_label("I have no conflict of interest, as far as I know.").check()
    card.get_by_role("button", name="Declare").click()
    card = page.locator("section.card", has=page.get_by_role("heading", name=title))
    links = card.get_by_role("link", name=re.compile(r"^Answer \d{4}-\d{4}$"))
    expect(links).to_have_count(len(marks))
    numbers = sorted(links.all_inner_texts())
    for number, (analysis, drafting) in zip(numbers, marks, strict=True):
        page.goto(server + "/marking")
        page.locator("section.card", has=page.get_by_role("heading", name=title)).get_by_role(
            "link", name=number).click()  # fmt: skip
        expect(page.get_by_role("heading", level=1)).to_have_text(number)
        expect(page.locator("main")).not_to_contain_text("Candidate ")  # no pseudonym, no name
        expect(page.get_by_text("The other marker's marks", exact=True)).to_have_count(
            0
        )  # hidden until mine are in
        assert serious_violations(page) == []
        page.get_by_label("Analysis (0 to 10)").fill(analysis)
        page.get_by_label("Drafting (0 to 10)").fill(drafting)
        page.get_by_role("button", name="Submit my marks").click()
        expect(page.get_by_role("table", name="Your marks")).to_be_visible()
        if second:
            expect(page.get_by_role("table", name="The other marker's marks")).to_be_visible()
        else:
            expect(page.get_by_text("The other marker has not marked this sheet yet.")).to_be_visible()
    _shot(page, f"assessment-marked-{'two' if second else 'one'}")


def test_two_markers_mark_blind_and_the_runner_moderates(
    page: Page, server: str, server_database_url: str
) -> None:
    prepared = _prepare(server_database_url, 2)
    _sat(server_database_url, prepared)
    # Marker one gives 8+8 = 16 to both sheets; marker two 7+8 = 15 (within 3) and 4+5 = 9 (7 apart).
    _sign_in(page, server, *MARKERS[0])
    _mark_all(page, server, prepared.title, [("8", "8"), ("8", "8")], second=False)
    page.context.clear_cookies()
    _sign_in(page, server, *MARKERS[1])
    _mark_all(page, server, prepared.title, [("7", "8"), ("4", "5")], second=True)
    expect(page.get_by_text("goes to moderation")).to_be_visible()
    page.context.clear_cookies()
    _sign_in(page, server, *RUNNER)
    page.goto(server + "/review")
    card = page.locator("li.card", has=page.get_by_role("heading", name=prepared.title))
    card.get_by_role("link", name="Written assessment").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(prepared.title)
    assert serious_violations(page) == []
    page.get_by_role("link", name="Moderate").click()
    expect(page.get_by_role("table", name="Marks of marker.one@demo.jpo.example")).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("Moderated mark (0 to 20)").fill("12")
    page.get_by_label("Reason").fill("The analysis holds; the e-mail misses the next step.")
    page.get_by_role("button", name="Record the moderated mark").click()
    expect(page.get_by_role("status")).to_contain_text("Moderated mark: 12 out of 20.")
    page.goto(f"{server}/review/vacancies/{prepared.vacancy_id}/assessment")
    results = page.locator("#results + p + .table-scroll")
    expect(results).to_contain_text("Candidate ")
    expect(results).to_contain_text("15.5")  # (16 + 15) / 2
    expect(results).to_contain_text("moderated: The analysis holds")
    expect(results).to_contain_text("assessed")
    assert serious_violations(page) == []
    _shot(page, "assessment-results")
