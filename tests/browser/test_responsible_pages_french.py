"""The responsible-recruitment pages in French, in Chromium with a French browser (fr-FR): a candidate of
the demo's past round answers the self-identification questions (first sending the form empty: every
question is optional), goes back and reloads; reads how their application was judged and contests a
decision, first with no reason (a French error, the form still usable), then with one. A staff member who
did not take that decision answers the contest; the programme's admin reads the vacancy's fairness audit.
On every page: no English left where French is expected, axe-core finds nothing serious, and a screenshot
is taken (JPO_SCREENSHOTS keeps them)."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import extract
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from jpo.db.models import Application, User
from jpo.db.session import make_engine, unit_of_work
from jpo.demo.applicants import APPLICANT_PASSWORD
from jpo.demo.contests import GROUNDS as DEMO_GROUNDS
from jpo.web import i18n
from tests.browser.conftest import serious_violations

CANDIDATE = "round.minji@demo.jpo.example"  # the past round's candidate the host agency selected
DECIDER = ("selector.ohchr@demo.jpo.example", "demo-selector-pass")  # took that decision
STAFF = ("reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass")  # did not
ADMIN = ("admin.kr@demo.jpo.example", "demo-admin-kr-pass")  # the Korean programme's admin
GROUNDS = "Je pense que mon expérience de terrain en suivi n'a pas été pleinement prise en compte."
ANSWER = "Le jury a lu votre expérience de terrain ; la décision reste fondée sur l'entretien."
WEB = Path(i18n.__file__).parent
INCLUDES = re.compile(r"""\{%-?\s*(?:extends|include|from|import)\s+["']([^"']+)["']""")
PLACEHOLDER = re.compile(r"%\(\w+\)s")


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("JPO_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def french(browser: Browser, server: str) -> Iterator[Page]:
    """A page of a French browser (Accept-Language: fr-FR); any CSP violation fails the test."""
    context = browser.new_context(locale="fr-FR", base_url=server)
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)  # fmt: skip
    yield page
    context.close()
    assert not violations, violations


@cache
def _english(*templates: str) -> frozenset[str]:
    """The English words of `templates` (and what they extend, include and import) and of the pages' own
    modules that French replaces: each message's longest fixed part, when long enough to be told apart
    from a name or a number, and not left as it is by the French."""
    names, todo = set(), [*templates, "base.html"]
    while todo:
        name = todo.pop()
        if name not in names:
            names.add(name)
            todo += INCLUDES.findall((WEB / "templates" / name).read_text(encoding="utf-8"))
    messages: set[str] = set()
    for name in names:
        with (WEB / "templates" / name).open("rb") as handle:
            messages |= {
                m for _, m, _, _ in extract("jinja2", handle, keywords={"_": None}) if isinstance(m, str)
            }
    for module in ("equality.py", "explanation.py", "errors.py"):
        source = io.BytesIO((WEB / module).read_bytes())
        messages |= {
            m for _, m, _, _ in extract("python", source, keywords={"N_": None}) if isinstance(m, str)
        }
    french = i18n.translations("fr")
    left = set()
    for message in messages:
        translated = str(french.gettext(message))
        part = max((p.strip(" .:,;()") for p in PLACEHOLDER.split(message)), key=len)
        if translated != message and len(part) >= 12 and part not in translated:
            left.add(part)
    return frozenset(left)


def _check(page: Page, shots: Path, name: str, *templates: str) -> None:
    """The page is French (its lang and its words), axe-clean, and photographed."""
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    text = page.locator("body").inner_text() + " " + page.title()
    left = sorted(part for part in _english(*templates) if part in text)
    assert not left, (name, left)
    assert serious_violations(page) == [], name
    page.screenshot(path=str(shots / f"responsible-fr-{name}.png"), full_page=True)


def _sign_in(page: Page, email: str, password: str) -> None:
    page.goto("/sign-in")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("button", name="Se déconnecter")).to_be_visible()


def _vacancy_of(url: str, email: str) -> tuple[int, int]:
    """The application of `email` and its vacancy (the candidate has one)."""
    engine = make_engine(url)
    try:
        with unit_of_work(engine) as session:
            application = session.scalars(
                select(Application).join(User, User.id == Application.user_id).where(User.email == email)
            ).one()
            return application.id, application.vacancy_id
    finally:
        engine.dispose()


def test_a_french_candidate_answers_about_themselves_and_contests_a_decision(
    french: Page, server_database_url: str, shots: Path
) -> None:
    page = french
    _sign_in(page, CANDIDATE, APPLICANT_PASSWORD)
    page.goto("/me/data")
    page.get_by_role("link", name="Les voir ou les modifier").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("À votre sujet, pour l'audit d'équité")
    _check(page, shots, "equality", "candidate/equality.html")

    page.get_by_role("button", name="Enregistrer mes réponses").click()  # nothing chosen: all optional
    expect(page.get_by_role("status")).to_have_text(
        "Vos réponses sont enregistrées. Vous pouvez les modifier ou les retirer à tout moment."
    )
    for question in ("Genre", "Âge", "Groupe régional de l'ONU de votre pays", "Avez-vous un handicap ?"):
        expect(page.get_by_role("group", name=question).get_by_label("Pas de réponse")).to_be_checked()

    page.get_by_role("group", name="Genre").get_by_label("Femme").check()
    page.get_by_role("group", name="Âge").get_by_label("De 30 à 34 ans").check()
    page.get_by_role("group", name="Groupe régional de l'ONU de votre pays").get_by_label(
        "États d'Asie-Pacifique"
    ).check()
    page.get_by_role("group", name="Avez-vous un handicap ?").get_by_label(
        "Je préfère ne pas répondre"
    ).check()
    page.get_by_role("button", name="Enregistrer mes réponses").click()
    expect(page.get_by_role("status")).to_contain_text("Vos réponses sont enregistrées.")
    expect(page.get_by_role("group", name="Genre").get_by_label("Femme")).to_be_checked()
    _check(page, shots, "equality-saved", "candidate/equality.html")

    page.go_back()  # the page after the empty form: still French and usable
    expect(page.get_by_role("heading", level=1)).to_have_text("À votre sujet, pour l'audit d'équité")
    page.screenshot(path=str(shots / "responsible-fr-equality-back.png"), full_page=True)
    page.reload()  # what is saved, not what the history remembers
    expect(page.get_by_role("group", name="Genre").get_by_label("Femme")).to_be_checked()
    expect(page.get_by_role("group", name="Âge").get_by_label("De 30 à 34 ans")).to_be_checked()
    expect(
        page.get_by_role("group", name="Avez-vous un handicap ?").get_by_label("Je préfère ne pas répondre")
    ).to_be_checked()
    _check(page, shots, "equality-back-reloaded", "candidate/equality.html")

    application, _ = _vacancy_of(server_database_url, CANDIDATE)
    page.goto(f"/me/applications/{application}")
    page.get_by_role("link", name="Comment votre candidature a été jugée, et pourquoi").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Comment votre candidature a été jugée")
    expect(page.get_by_role("heading", name="Le classement automatisé")).to_be_visible()
    _check(page, shots, "explanation", "candidate/explanation.html")

    contest = page.locator("details.contest").first  # the host agency's decision, 8 days ago
    decision = contest.locator("xpath=ancestor::li").get_attribute("id")
    contest.locator("summary").click()
    expect(contest.locator("summary")).to_contain_text("Contester cette décision (jusqu'au")
    contest.get_by_role("button", name="Envoyer ma contestation").click()  # no reason given
    refused = page.locator(f"li#{decision} details.contest")
    expect(refused).to_have_attribute("open", "")
    expect(refused.locator(".error")).to_be_in_viewport()  # not at the top of a long page, out of sight
    expect(refused.locator(".error")).to_have_text(
        "Dites pourquoi vous contestez cette décision (4 000 caractères au plus)."
    )
    reason = refused.get_by_label("Pourquoi vous la contestez")
    expect(reason).to_have_attribute("aria-invalid", "true")
    _check(page, shots, "explanation-contest-refused", "candidate/explanation.html")

    reason.fill(GROUNDS)
    refused.get_by_role("button", name="Envoyer ma contestation").click()
    expect(page).to_have_url(
        re.compile(rf"/me/applications/{application}/explanation\?contested=1.*#{decision}$")
    )
    expect(page.get_by_role("status")).to_have_text(
        "Votre contestation est envoyée. Un membre du personnel qui n'a pas pris la décision y répondra "
        "avec une raison."
    )
    sent = page.locator(f"li#{decision} .contest")
    expect(sent).to_contain_text(GROUNDS)
    expect(sent).to_contain_text("Pas encore de réponse")
    _check(page, shots, "explanation-contested", "candidate/explanation.html")


def test_a_french_staff_member_who_did_not_decide_answers_the_contest(french: Page, shots: Path) -> None:
    page = french
    _sign_in(page, *DECIDER)
    page.goto("/review/contests")
    expect(page.locator("main")).not_to_contain_text(GROUNDS)  # their own decision: not theirs to answer
    page.get_by_role("button", name="Se déconnecter").click()

    _sign_in(page, *STAFF)
    page.get_by_role("link", name="Contestations").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Contestations à traiter")
    _check(page, shots, "contests", "review/contests.html")
    # The contest the candidate's test sent; alone, the demo's own (the same candidate: the same heading).
    grounds = GROUNDS if page.locator("section.contest").filter(has_text=GROUNDS).count() else DEMO_GROUNDS
    contest = page.locator("section.contest").filter(has_text=grounds)
    expect(contest.get_by_role("heading", level=2)).to_have_text(re.compile(r"^Candidat [0-9A-F]{6} — "))
    contest.get_by_role("button", name="Envoyer la réponse").click()  # nothing chosen, no reason
    expect(contest.locator(".error")).to_have_text(
        "Donnez la raison de votre réponse, et indiquez si la décision est maintenue."
    )
    expect(contest.get_by_label("Raison de votre réponse")).to_have_attribute("aria-invalid", "true")
    expect(contest.locator(".error")).to_be_in_viewport()
    _check(page, shots, "contests-refused", "review/contests.html")

    contest.get_by_label("La décision est maintenue").check()
    contest.get_by_label("Raison de votre réponse").fill(ANSWER)
    contest.get_by_role("button", name="Envoyer la réponse").click()
    expect(page.get_by_role("status")).to_have_text(
        "La contestation a reçu une réponse. Le candidat peut lire votre réponse."
    )
    expect(page.locator("section.contest").filter(has_text=grounds)).to_have_count(0)
    _check(page, shots, "contests-answered", "review/contests.html")


def test_a_french_admin_reads_the_fairness_audit(french: Page, server_database_url: str, shots: Path) -> None:
    page = french
    _, vacancy = _vacancy_of(server_database_url, CANDIDATE)
    _sign_in(page, *ADMIN)
    page.goto(f"/admin/vacancies/{vacancy}/dashboard")
    page.get_by_role("link", name="Audit d'équité, étape par étape").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Audit d'équité : ")
    expect(page.locator("main")).to_contain_text("Candidats : 5, dont")
    expect(page.get_by_role("heading", level=2, name=re.compile("^Recevables"))).to_be_visible()
    _check(page, shots, "fairness", "admin/fairness.html")
