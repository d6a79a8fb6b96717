"""A panel of three scores an interview on the real server: each member alone (the others' evidence
hidden until one's own is submitted, checked in the browser), then the chair reads the consolidated
sheet, its spread flag, and records the panel's recommendation. State is prepared with the services on
the server's database, on a vacancy and candidate of the test's own."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import Page, expect

from jpo.db.models import Application, ProfileVersion
from jpo.db.session import make_engine, unit_of_work
from jpo.interviews.panels import add_member
from jpo.users.service import create_user, user_with_email
from tests.browser.conftest import overflow, serious_violations
from tests.support.recruitment import closed_vacancy, data_dir_of

RUNNER = ("reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass")
CHAIR = ("chair.ohchr@demo.jpo.example", "demo-chair-pass")
MEMBER = ("panel.ohchr@demo.jpo.example", "demo-panel-pass")
SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"
INDICATORS = {
    "PROFESSIONALISM": ["Shows pride in work and in achievements", "Remains calm in stressful situations"],
    "COMMUNICATION": ["Speaks and writes clearly and effectively", "Listens to others"],
}
# Per member, per indicator in order (Professionalism ×2, Communication ×2). Professionalism: member 4,
# reviewer 2, chair 3 -> mean 3.00, spread 2.00 (flagged); Communication: 3, 3, 4 -> 3.33, spread 1.00.
VALUES = {MEMBER[0]: ["4", "4", "3", "3"], RUNNER[0]: ["2", "2", "3", "3"], CHAIR[0]: ["3", "3", "4", "4"]}


def _prepare(url: str) -> tuple[int, int, str]:
    """A closed OHCHR vacancy of the test's own, one shortlisted candidate, a panel of three."""
    tag = secrets.token_hex(3)
    now = datetime.now(UTC)
    engine = make_engine(url)
    with unit_of_work(engine) as session:
        changes = {
            "title": f"Panel journey post {tag}",
            "competencies": list(INDICATORS),
            "duties": ["Research the right to privacy in the digital age."],
        }
        vacancy = closed_vacancy(session, data_dir=data_dir_of(url), now=now, changes=changes)
        # The indicators as the parser gives them (an admin's correction has no field for them yet)
        vacancy.document = {**vacancy.document, "competency_indicators": INDICATORS}
        person = create_user(
            session, email=f"panel-{tag}@example.org", password="a long secret", role="candidate"
        )
        name = f"Ana {tag.upper()}"
        profile = ProfileVersion(
            user_id=person.id,
            version=1,
            document={"schema": "jpo.profile/1", "name": {"given": "Ana", "family": tag.upper()}},
        )
        session.add(profile)
        session.flush()
        application = Application(
            user_id=person.id,
            vacancy_id=vacancy.id,
            profile_version_id=profile.id,
            status="shortlisted",
            receipt=f"PJ-{tag}",
        )
        session.add(application)
        session.flush()
        runner = user_with_email(session, RUNNER[0])
        assert runner is not None
        for email, role in ((CHAIR[0], "chair"), (MEMBER[0], "member"), (RUNNER[0], "member")):
            add_member(session, actor=runner, vacancy_id=vacancy.id, email=email, role=role, now=now)
        ids = (vacancy.id, application.id)
    engine.dispose()
    return ids[0], ids[1], name


def _sign_in(page: Page, server: str, account: tuple[str, str]) -> None:
    page.goto(server + "/sign-in")
    page.get_by_label("E-mail address").fill(account[0])
    page.get_by_label("Password").fill(account[1])
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def _sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in").first).to_be_visible()


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _declare_and_score(
    page: Page, server: str, vacancy: int, name: str, email: str, *, draft_first: bool
) -> None:
    page.goto(f"{server}/review/vacancies/{vacancy}/panel")
    expect(page.get_by_role("row", name=name)).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_role("button", name="Declare").click()  # "no conflict" is checked
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Your ratings of {name}")
    assert serious_violations(page) == []
    indicators = [i for group in INDICATORS.values() for i in group]
    for indicator, value in zip(indicators, VALUES[email], strict=True):
        group = page.get_by_role("group", name=indicator)
        group.get_by_role("radio", name=value + " ·").check()
        group.get_by_label("Evidence you heard").fill(f"{email.split('@')[0]} heard: {indicator.lower()}.")
        if draft_first:
            page.get_by_role("button", name="Save as a draft").click()
            expect(page.get_by_role("status")).to_contain_text("Your draft was saved.")
            draft_first = False
    page.get_by_role("button", name="Submit my ratings").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Interview sheet")


def test_a_panel_of_three_scores_alone_and_the_chair_recommends(
    page: Page, server: str, server_database_url: str
) -> None:
    vacancy, application, name = _prepare(server_database_url)
    sheet = f"{server}/review/vacancies/{vacancy}/panel/candidates/{application}/sheet"

    _sign_in(page, server, MEMBER)
    _declare_and_score(page, server, vacancy, name, MEMBER[0], draft_first=True)
    expect(page.locator("main")).to_contain_text("Not every member has submitted yet")
    _shot(page, "panel-member-sheet")
    _sign_out(page)

    _sign_in(page, server, RUNNER)
    page.goto(sheet)  # hidden until submitted: the member's evidence is not on the page
    expect(page.locator("main")).to_contain_text("Submit your own ratings of this candidate first")
    expect(page.locator("main")).not_to_contain_text("panel.ohchr heard")
    assert serious_violations(page) == []
    _declare_and_score(page, server, vacancy, name, RUNNER[0], draft_first=False)
    expect(page.locator("main")).to_contain_text("panel.ohchr heard")  # submitted: the others' appear
    _sign_out(page)

    _sign_in(page, server, CHAIR)
    page.goto(sheet)
    expect(page.locator("main")).to_contain_text("Submit your own ratings of this candidate first")
    _declare_and_score(page, server, vacancy, name, CHAIR[0], draft_first=False)
    professionalism = page.get_by_role("row", name="Professionalism")
    expect(professionalism).to_contain_text("3.00")
    expect(professionalism).to_contain_text("2.00")
    expect(professionalism).to_contain_text("Members more than one step apart")
    expect(page.get_by_role("row", name="Communication")).to_contain_text("3.33")
    assert serious_violations(page) == []
    _shot(page, "panel-chair-sheet")
    page.get_by_label("Recommended with reservations").check()
    page.get_by_label("The panel's reasons").fill("Strong research, a first field posting to support.")
    page.get_by_role("button", name="Record the recommendation").click()
    expect(page.get_by_role("status")).to_contain_text("The panel's recommendation was recorded.")
    expect(page.locator("#recommendation ~ p strong")).to_have_text("Recommended with reservations")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the interview report (PDF)").click()
    assert download.value.suggested_filename == f"interview-report-{vacancy}-{application}.pdf"
    page.goto(sheet + "?lang=fr")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Fiche d'entretien")
    expect(page.locator("main")).to_contain_text("Recommandé·e avec réserves")
    assert serious_violations(page) == []
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{server}/review/vacancies/{vacancy}/panel?lang=fr")
    expect(page.get_by_role("row", name=name)).to_contain_text("Recommandé·e avec réserves")
    assert overflow(page) <= 0
    _shot(page, "panel-fr-phone")
