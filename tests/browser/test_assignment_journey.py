"""The JPO's assignment in the real browser, from the accepted offer to the extension: the candidate
accepts the offer; the host agency names the supervisor; the work plan proposed from the ToR is edited by
the JPO and agreed by both; the mid-point review (self-assessment, the supervisor's comments, the
acknowledgement, one reader in French); the end-of-cycle evaluation (every objective and competency rated);
the yearly review (the supervisor recommends, the host confirms the priorities, the donor the funding) moves
the end date. Axe-clean at each page.

The server's clock is the real one: between stages the test moves the assignment's dates back in the
database, as the months passing would bring its windows to today."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from jpo.applications.moves import move
from jpo.assignment.calendar import add_months
from jpo.db.assignment_tables import Assignment
from jpo.db.models import Application, ProfileVersion, User
from jpo.db.session import make_engine, unit_of_work
from jpo.selection.offers import make_offer
from jpo.users.service import create_user
from tests.browser.conftest import serious_violations
from tests.support.browser import open_page, shot, sign_in
from tests.support.recruitment import closed_vacancy, data_dir_of

PASSWORD = "a long secret for the assignment"
ADMIN = ("admin@demo.jpo.example", "demo-admin-pass")  # the donor programme (every sponsor)
HOST = ("selector.ohchr@demo.jpo.example", "demo-selector-pass")
SUPERVISOR = ("supervisor.ohchr@demo.jpo.example", "demo-supervisor-pass")


@dataclass(frozen=True)
class Prepared:
    email: str
    offer_id: int
    application_id: int


def _prepare(url: str) -> Prepared:
    """A closed OHCHR vacancy of the test's own, its candidate confirmed and offered the post."""
    tag = secrets.token_hex(3)
    now = datetime.now(UTC)
    engine = make_engine(url)
    with unit_of_work(engine, now=now) as session:
        vacancy = closed_vacancy(session, data_dir=data_dir_of(url), now=now,
                                 changes={"title": f"Assignment journey post {tag}"})  # fmt: skip
        email = f"jpo-{tag}@example.org"
        person = create_user(session, email=email, password=PASSWORD, role="candidate")
        profile = ProfileVersion(user_id=person.id, version=1, document={
            "schema": "jpo.profile/1", "name": {"given": "Hana", "family": "Seo"}})  # fmt: skip
        session.add(profile)
        session.flush()
        application = Application(user_id=person.id, vacancy_id=vacancy.id, profile_version_id=profile.id,
                                  status="shortlisted", receipt=f"AJ-{tag}")  # fmt: skip
        session.add(application)
        session.flush()
        admin = session.scalars(select(User).where(User.email == ADMIN[0])).one()
        host = session.scalars(select(User).where(User.email == HOST[0])).one()
        for to, actor, by in (("interviewed", "panel", None), ("recommended", "panel", None),
                              ("selected", "host", host.id), ("confirmed", "donor", admin.id)):  # fmt: skip
            move(session, application=application, to=to, actor=actor, by=by, reason="On the evidence.")  # type: ignore[arg-type]
        offer = make_offer(session, actor=admin, application_id=application.id, conditions="One year at P-2.",
                           start_date=(now + timedelta(days=20)).date(), duty_station=None, grade="P-2",
                           reply_by=now + timedelta(days=10), reply_zone="Europe/Zurich", now=now)  # fmt: skip
        prepared = Prepared(email, offer.id, application.id)
    engine.dispose()
    return prepared


@pytest.fixture(scope="module")
def prepared(server_database_url: str) -> Prepared:
    return _prepare(server_database_url)


def _calendar(url: str, assignment_id: int, starts_on: date) -> None:
    """The assignment as if it had begun on `starts_on` (a one-year appointment)."""
    engine = make_engine(url)
    with unit_of_work(engine) as session:
        assignment = session.get_one(Assignment, assignment_id)
        assignment.starts_on = starts_on
        assignment.ends_on = add_months(starts_on, 12) - timedelta(days=1)
    engine.dispose()


def _evaluate(jpo: Page, supervisor: Page, base: str, kind: str, rate_all: bool) -> None:
    """One evaluation taken by both: the self-assessment, the rating, the acknowledgement."""
    jpo.goto(f"{base}/evaluations")
    jpo.get_by_role("link", name=kind).click()
    jpo.get_by_label("Your self-assessment").fill(f"{kind}: the brief is out, the consultations held.")
    jpo.get_by_role("button", name="Submit to my supervisor").click()
    expect(jpo.get_by_text("Your self-assessment is submitted")).to_be_visible()
    evaluation = jpo.url.split("?")[0]
    supervisor.goto(evaluation)
    expect(supervisor.get_by_text("the brief is out")).to_be_visible()
    if rate_all:
        for select in supervisor.locator("form select").all():
            select.select_option("successfully_meets")
        supervisor.get_by_label("Overall rating").select_option("exceeds")
    assert serious_violations(supervisor) == []
    supervisor.get_by_label("Your comments").fill("Solid work; lead the regional consultations next.")
    supervisor.get_by_role("button", name="Record the rating").click()
    expect(supervisor.get_by_text("The rating is saved")).to_be_visible()
    jpo.goto(evaluation)
    expect(jpo.get_by_text("Solid work; lead the regional consultations next.")).to_be_visible()
    jpo.get_by_role("button", name="Acknowledge the evaluation").click()
    expect(jpo.get_by_text("You have acknowledged the evaluation.")).to_be_visible()


def test_from_the_accepted_offer_to_the_extension(
    browser: Browser, server: str, server_database_url: str, prepared: Prepared
) -> None:
    jpo = open_page(browser, server)
    sign_in(jpo, prepared.email, PASSWORD)
    jpo.goto(f"/me/offers/{prepared.offer_id}")
    jpo.get_by_role("button", name="Accept the offer").click()
    expect(jpo.get_by_text("You accepted the offer.")).to_be_visible()
    jpo.get_by_role("link", name="Your assignment").click()
    base = jpo.url.split("?")[0]
    assignment_id = int(base.rsplit("/", 1)[1])
    expect(jpo.get_by_text("not named yet")).to_be_visible()

    host = open_page(browser, server)
    sign_in(host, *HOST)
    host.goto(base)
    host.get_by_role("button", name="Name the supervisor").click()  # empty: the browser asks first
    expect(host).to_have_url(base)
    host.get_by_label("The supervisor's e-mail address").fill(SUPERVISOR[0])
    host.get_by_role("button", name="Name the supervisor").click()
    expect(host.get_by_text("The supervisor is named")).to_be_visible()

    # the work plan, proposed from the ToR: the JPO adds an indicator and agrees, then the supervisor
    jpo.goto(f"{base}/work-plan")
    expect(jpo.get_by_text("From the duties").first).to_be_visible()
    assert serious_violations(jpo) == []
    shot(jpo, "work-plan")
    jpo.locator("#f-indicators_0").fill("Two policy briefs published")
    jpo.get_by_role("button", name="Save as a new version").click()
    expect(jpo.get_by_text("The work plan is saved as a new version.")).to_be_visible()
    jpo.get_by_role("button", name="Agree to this version").click()
    expect(jpo.get_by_text("Your agreement is recorded.")).to_be_visible()
    supervisor = open_page(browser, server)
    sign_in(supervisor, *SUPERVISOR)
    supervisor.goto(f"{base}/work-plan")
    expect(supervisor.locator("ol").get_by_text("Two policy briefs published")).to_be_visible()
    supervisor.get_by_role("button", name="Agree to this version").click()
    expect(supervisor.get_by_text("The work plan is agreed by both of you.")).to_be_visible()

    # six months on: the mid-point review; the JPO reads it again in French
    _calendar(server_database_url, assignment_id, date.today() - timedelta(days=160))
    # a check-in noted by the supervisor: one without its topics is refused, what was typed kept
    supervisor.goto(f"{base}/supervision")
    supervisor.get_by_label("What each will do (optional)").fill("Outline of the brief (JPO).")
    supervisor.get_by_role("button", name="Save the check-in").click()
    expect(supervisor.get_by_text("The check-in could not be saved")).to_be_visible()
    expect(supervisor.get_by_label("What each will do (optional)")).to_have_value(
        "Outline of the brief (JPO)."
    )
    supervisor.get_by_label("Date of the meeting").fill(date.today().isoformat())
    supervisor.get_by_label("What was discussed").fill("The work plan and the first brief.")
    supervisor.get_by_role("button", name="Save the check-in").click()
    expect(supervisor.get_by_text("The check-in is saved.")).to_be_visible()
    expect(
        supervisor.locator("#h-check-ins ~ *").get_by_text("The work plan and the first brief.").first
    ).to_be_visible()
    assert serious_violations(supervisor) == []
    shot(supervisor, "supervision")
    _evaluate(jpo, supervisor, base, "Mid-point review, year 1", rate_all=False)
    jpo.goto(jpo.url.split("?")[0] + "?lang=fr")
    expect(jpo.get_by_text("Examen à mi-parcours")).to_be_visible()
    assert serious_violations(jpo) == []
    shot(jpo, "mid-point-review-fr")

    # the year's end: the end-of-cycle evaluation, then the yearly review of the extension
    ends = date.today() + timedelta(days=20)
    _calendar(server_database_url, assignment_id, add_months(ends + timedelta(days=1), -12))
    jpo.goto(f"{base}?lang=en")
    _evaluate(jpo, supervisor, base, "End-of-cycle evaluation, year 1", rate_all=True)
    shot(supervisor, "end-of-cycle-evaluation")
    donor = open_page(browser, server)
    sign_in(donor, *ADMIN)
    for page, reason in ((supervisor, "Strong year; the regional work needs her."),
                         (host, "The B-Tech regional work remains a priority."),
                         (donor, "Funds are set aside for a second year.")):  # fmt: skip
        page.goto(f"{base}/extension")
        page.get_by_label("Yes").check()
        page.get_by_label("Your reasons").fill(reason)
        assert serious_violations(page) == []
        page.get_by_role("button", name="Record the answer").click()
        expect(page.get_by_text("Your", exact=False).first).to_be_visible()
    expect(donor.get_by_text("everyone has been told the outcome")).to_be_visible()
    shot(donor, "extension-decided")
    donor.goto("/admin/assignments")
    expect(donor.get_by_role("link", name="Hana Seo")).to_be_visible()
    assert serious_violations(donor) == []
    shot(donor, "assignments-dashboard")
    jpo.goto(base)
    new_end = add_months(ends + timedelta(days=1), 12) - timedelta(days=1)
    expect(jpo.locator(f"time[datetime='{new_end.isoformat()}']")).to_be_visible()
    assert serious_violations(jpo) == []
    jpo.goto(f"{base}/report?lang=fr")
    assert serious_violations(jpo) == []
    for page in (jpo, host, supervisor, donor):
        page.context.close()
