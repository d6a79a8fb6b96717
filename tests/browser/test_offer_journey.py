"""The decision and the offer on the real server: the host agency's selector picks a recommended
candidate, the donor admin confirms and makes the offer, the candidate accepts it in the browser; then
the admin closes the recruitment and the unsuccessful candidates are told, a French reader in French.
Axe-clean. State is prepared with the services on the server's database, on a vacancy and candidates
of the test's own."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from playwright.sync_api import Browser, expect
from sqlalchemy import select

from jpo.applications.moves import move
from jpo.db.models import Application, OutboxMessage, ProfileVersion
from jpo.db.session import make_engine, unit_of_work
from jpo.notifications.compose import compose
from jpo.users.service import create_user
from tests.browser.conftest import serious_violations
from tests.support.browser import open_page, shot, sign_in
from tests.support.recruitment import closed_vacancy, data_dir_of

PASSWORD = "a long secret for the journey"
SELECTOR = ("selector.ohchr@demo.jpo.example", "demo-selector-pass")
ADMIN = ("admin@demo.jpo.example", "demo-admin-pass")
NAMES = (("Min-ji", "en"), ("Camille", "fr"), ("Ola", "en"))


@dataclass(frozen=True)
class Prepared:
    title: str
    vacancy_id: int
    applications: dict[str, int]  # candidate e-mail -> application id


def _prepare(url: str) -> Prepared:
    """A closed OHCHR vacancy in Geneva of the test's own with three candidates the panel recommended."""
    tag = secrets.token_hex(3)
    title = f"Offer journey post {tag}"
    now = datetime.now(UTC)
    engine = make_engine(url)
    with unit_of_work(engine, now=now) as session:
        vacancy = closed_vacancy(session, data_dir=data_dir_of(url), now=now, changes={"title": title})
        applications = {}
        for n, (given, locale) in enumerate(NAMES):
            email = f"offer{n}-{tag}@example.org"
            person = create_user(session, email=email, password=PASSWORD, role="candidate")
            person.locale = locale
            profile = ProfileVersion(user_id=person.id, version=1, document={
                "schema": "jpo.profile/1", "name": {"given": given, "family": "Park"}})  # fmt: skip
            session.add(profile)
            session.flush()
            application = Application(user_id=person.id, vacancy_id=vacancy.id, profile_version_id=profile.id,
                                      status="shortlisted", receipt=f"OJ-{tag}-{n}")  # fmt: skip
            session.add(application)
            session.flush()
            move(
                session,
                application=application,
                to="interviewed",
                actor="panel",
                by=None,
                reason="Interviewed.",
            )
            move(session, application=application, to="recommended", actor="panel", by=None,
                 reason=f"{given}: strong on every competency.")  # fmt: skip
            applications[email] = application.id
        vacancy_id = vacancy.id
    engine.dispose()
    return Prepared(title, vacancy_id, applications)


@pytest.fixture(scope="module")
def prepared(server_database_url: str) -> Prepared:
    return _prepare(server_database_url)


def test_the_offer_is_accepted_by_the_candidate(browser: Browser, server: str, prepared: Prepared) -> None:
    first_email, first = next(iter(prepared.applications.items()))
    host = open_page(browser, server)
    sign_in(host, *SELECTOR)
    host.goto(f"/review/vacancies/{prepared.vacancy_id}/selection")
    expect(host.get_by_text("Min-ji: strong on every competency.")).to_be_visible()
    assert serious_violations(host) == []
    shot(host, "selection-board")
    host.locator(f"#f-reason-{first}").fill("The strongest interview.")
    host.locator("form", has=host.locator(f"#f-reason-{first}")).get_by_role("button").click()
    expect(host.get_by_text("The candidate is selected.")).to_be_visible()
    host.context.close()

    donor = open_page(browser, server)
    sign_in(donor, *ADMIN)
    donor.goto(f"/review/vacancies/{prepared.vacancy_id}/selection")
    donor.get_by_role("button", name="Confirm the selection").click()
    expect(donor.get_by_text("The selection is confirmed.")).to_be_visible()
    donor.get_by_role("link", name="Make the offer").click()
    expect(donor.locator("#f-duty_station")).to_have_value("Geneva, CH")
    assert serious_violations(donor) == []
    shot(donor, "offer-form")
    donor.locator("#f-conditions").fill("Two years at P-2, renewable for a third.")
    donor.locator("#f-grade").fill("P-2, step 1")
    donor.get_by_role("button", name="Make the offer").click()
    expect(donor.get_by_text("The offer is made.")).to_be_visible()
    donor.context.close()

    candidate = open_page(browser, server)
    sign_in(candidate, first_email, PASSWORD)
    candidate.goto(f"/me/applications/{first}")
    expect(candidate.locator(".timeline")).to_contain_text("Offer made")
    candidate.get_by_role("link", name="Your offer").click()
    expect(candidate.get_by_text("Two years at P-2, renewable for a third.")).to_be_visible()
    assert serious_violations(candidate) == []
    shot(candidate, "offer-candidate")
    candidate.get_by_role("button", name="Accept the offer").click()
    expect(candidate.get_by_text("You accepted the offer.")).to_be_visible()
    candidate.context.close()


def test_unsuccessful_candidates_are_told(browser: Browser, server: str, server_database_url: str,
                                          prepared: Prepared) -> None:  # fmt: skip
    donor = open_page(browser, server, "fr-FR")
    sign_in(donor, *ADMIN, lang="fr")
    donor.goto(f"/review/vacancies/{prepared.vacancy_id}/close-recruitment?lang=fr")
    assert serious_violations(donor) == []
    shot(donor, "close-recruitment-fr")
    donor.get_by_role("button", name="Clôturer le recrutement").click()
    expect(donor.get_by_text("Le recrutement est clôturé.")).to_be_visible()
    donor.context.close()
    unsuccessful = list(prepared.applications.values())[1:]
    engine = make_engine(server_database_url)
    with unit_of_work(engine, writes=False) as session:
        rows = list(session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "outcome",
                                                                OutboxMessage.event_key.in_(
                                                                    [f"outcome:{i}" for i in unsuccessful]))))  # fmt: skip
        assert sorted(m.context["application_id"] for m in rows) == sorted(unsuccessful)
        by_locale = {m.locale: m for m in rows}
        assert set(by_locale) == {"fr", "en"}
        french = compose(session, by_locale["fr"], sender="jpo <no-reply@jpo.example>", public_url=None)
        assert french is not None
        body = french.get_body(preferencelist=("plain",))
        assert body is not None and "Bonjour Camille Park" in str(body.get_content())
        assert "n’a pas été retenue" in str(body.get_content())
        assert str(french["Subject"]) == f"Résultat de votre candidature : {prepared.title}"
    engine.dispose()
