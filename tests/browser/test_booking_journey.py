"""Booking an interview on the real server: a candidate whose browser is in Seoul sees the open times
on Seoul's clock and Geneva's (the duty station's), books one and gets the calendar file; a candidate
reading French in New York finds that time gone and books another; the panel sees who booked what.
Axe-clean, at phone width too. State is prepared with the services on the server's database, on a
vacancy and candidates of the test's own."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from jpo.db.models import Application, ProfileVersion
from jpo.db.session import make_engine, unit_of_work
from jpo.interviews.invitations import invite_candidates
from jpo.interviews.slots import propose_slot
from jpo.users.service import create_user, user_with_email
from tests.browser.conftest import overflow, serious_violations
from tests.support.recruitment import closed_vacancy, data_dir_of

PASSWORD = "a long secret for the journey"
PANEL = ("chair.ohchr@demo.jpo.example", "demo-chair-pass")
SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"


@dataclass(frozen=True)
class Prepared:
    title: str
    vacancy_id: int
    applications: dict[str, int]  # candidate e-mail -> application id


def _prepare(url: str) -> Prepared:
    """A closed OHCHR vacancy in Geneva of the test's own, two shortlisted candidates invited, three slots."""
    tag = secrets.token_hex(3)
    title = f"Booking journey post {tag}"
    now = datetime.now(UTC)
    engine = make_engine(url)
    with unit_of_work(engine, now=now) as session:
        vacancy = closed_vacancy(session, data_dir=data_dir_of(url), now=now, changes={"title": title})
        applications = {}
        for n, (given, locale) in enumerate((("Min-ji", "en"), ("Camille", "fr"))):
            email = f"booker{n}-{tag}@example.org"
            person = create_user(session, email=email, password=PASSWORD, role="candidate")
            person.locale = locale
            profile = ProfileVersion(user_id=person.id, version=1, document={
                "schema": "jpo.profile/1", "name": {"given": given, "family": "Kim"}})  # fmt: skip
            session.add(profile)
            session.flush()
            application = Application(user_id=person.id, vacancy_id=vacancy.id, profile_version_id=profile.id,
                                      status="shortlisted", receipt=f"BJ-{tag}-{n}")  # fmt: skip
            session.add(application)
            session.flush()
            applications[email] = application.id
        panel = user_with_email(session, PANEL[0])
        assert panel is not None
        day = (now + timedelta(days=14)).date()
        for hour in (9, 11, 14):  # on Geneva's clock
            propose_slot(session, actor=panel, vacancy_id=vacancy.id, zone="Europe/Zurich", minutes=45, mode="video",
                         starts_at=datetime(day.year, day.month, day.day, hour, 0), location="https://v.example/jpo",
                         now=now)  # fmt: skip
        invite_candidates(session, actor=panel, vacancy_id=vacancy.id, application_ids=list(applications.values()),
                          book_by=now + timedelta(days=7), now=now)  # fmt: skip
        vacancy_id = vacancy.id
    engine.dispose()
    return Prepared(title, vacancy_id, applications)


@pytest.fixture(scope="module")
def prepared(server_database_url: str) -> Prepared:
    return _prepare(server_database_url)


def _page_in(browser: Browser, server: str, *, locale: str, zone: str) -> Iterator[Page]:
    context = browser.new_context(locale=locale, timezone_id=zone, base_url=server)
    opened = context.new_page()
    violations: list[str] = []
    opened.on("console", lambda message: violations.append(message.text)
              if "Content Security Policy" in message.text else None)  # fmt: skip
    yield opened
    context.close()
    assert not violations, violations


@pytest.fixture
def seoul(browser: Browser, server: str) -> Iterator[Page]:
    yield from _page_in(browser, server, locale="en-GB", zone="Asia/Seoul")


@pytest.fixture
def new_york_in_french(browser: Browser, server: str) -> Iterator[Page]:
    yield from _page_in(browser, server, locale="fr-FR", zone="America/New_York")


def _sign_in(page: Page, email: str, password: str, lang: str = "en") -> None:
    page.goto(f"/sign-in?lang={lang}")
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").last.click()
    expect(page.locator("form[action='/sign-out'] button")).to_be_visible()


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_a_candidate_in_seoul_books_a_slot(seoul: Page, prepared: Prepared) -> None:
    page = seoul
    email, application = next(iter(prepared.applications.items()))
    _sign_in(page, email, PASSWORD)
    page.goto(f"/me/applications/{application}")
    page.get_by_role("link", name="Your interview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your interview")
    # The page asked the browser for its zone and shows Seoul's clock, with Geneva's beside it.
    expect(page).to_have_url(re.compile(r"zone=Asia(%2F|/)Seoul"))
    times = page.locator("fieldset label")
    expect(times).to_have_count(3)
    expect(times.first).to_contain_text("Seoul time")
    expect(times.first).to_contain_text("Geneva time (duty station)")
    expect(page.get_by_label("Show times in this time zone")).to_have_value("Asia/Seoul")
    assert serious_violations(page) == []
    _shot(page, "booking-choose")
    first_time = times.first.locator("time").inner_text()
    page.get_by_role("button", name="Book this time").click()
    expect(page.get_by_role("status")).to_contain_text("Your interview is booked")
    expect(page.locator("dl.facts")).to_contain_text(first_time)
    expect(page.get_by_role("link", name="Add to my calendar (.ics)")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    assert Path(download.value.path()).read_bytes().startswith(b"BEGIN:VCALENDAR")
    expect(page.get_by_role("heading", name="Move to another time")).to_be_visible()
    assert serious_violations(page) == []
    _shot(page, "booking-booked")
    page.set_viewport_size({"width": 360, "height": 740})
    _shot(page, "booking-phone")
    assert overflow(page) <= 0


def test_a_candidate_in_new_york_books_in_french(new_york_in_french: Page, prepared: Prepared) -> None:
    page = new_york_in_french
    email, application = list(prepared.applications.items())[1]
    _sign_in(page, email, PASSWORD, lang="fr")
    page.goto(f"/me/applications/{application}?lang=fr")
    page.get_by_role("link", name="Votre entretien").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Votre entretien")
    expect(page.get_by_label("Afficher les heures dans ce fuseau horaire")).to_have_value("America/New_York")
    times = page.locator("fieldset label")
    expect(times.first).to_contain_text("heure de New York")
    expect(times.first).to_contain_text("heure de Genève (lieu d’affectation)")
    assert serious_violations(page) == []
    # Another clock from the list: the page shows itself again in it.
    page.get_by_label("Afficher les heures dans ce fuseau horaire").select_option("Asia/Tokyo")
    expect(times.first).to_contain_text("heure de Tokyo")
    page.get_by_role("button", name="Réserver cette heure").click()
    expect(page.get_by_role("status")).to_contain_text("Votre entretien est réservé")
    expect(page.locator("dl.facts")).to_contain_text("heure de Tokyo")
    assert serious_violations(page) == []
    _shot(page, "booking-fr")


def test_the_panel_sees_who_booked(page: Page, server: str, prepared: Prepared) -> None:
    page.goto(server + "/sign-in")
    page.locator("input[name=email]").fill(PANEL[0])
    page.locator("input[name=password]").fill(PANEL[1])
    page.locator("form button[type=submit]").last.click()
    page.goto(f"{server}/review/vacancies/{prepared.vacancy_id}/interviews")
    expect(page.get_by_role("heading", level=1)).to_have_text("Interview schedule")
    expect(page.locator("#slots + .table-scroll")).to_contain_text("Geneva time")
    assert serious_violations(page) == []
    _shot(page, "booking-panel")
    page.goto(f"{server}/review/vacancies/{prepared.vacancy_id}/interviews?lang=fr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Calendrier des entretiens")
    assert serious_violations(page) == []
