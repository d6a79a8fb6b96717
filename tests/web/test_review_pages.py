"""The reviewer's pages as a browser gets them: vacancies in scope with their counts, the ranking under
pseudonyms with its evidence, decisions with a required reason and their history; the demo's applicants."""

from __future__ import annotations

import html as markup
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from jpo.db.models import Application, AuditEvent, VacancyRow
from jpo.db.session import unit_of_work
from jpo.demo.applicants import DEMO_APPLICANTS, DEMO_DECISIONS
from jpo.demo.setup import load_demo
from tests.api.conftest import Api
from tests.web.conftest import BrowserSession

STRONG = {
    "name": "Ji-woo Park",  # the name as written: kept for receipts and letters, never shown to reviewers
    "birth_date": "1996-04-02",
    "education": [{"level": "master", "field": "International Human Rights Law", "completed": "2021-06-30"},
                  {"level": "bachelor", "field": "Law", "completed": "2019-02-20"}],
    "experience": [{"title": "Business and Human Rights Researcher", "organization": "Tech Accountability Institute",
                    "start": "2021-09-01", "end": None, "full_time": True,
                    "description": "Research on how technology companies carry out human rights due diligence "
                                   "under the UN Guiding Principles. Drafted briefing notes on generative AI risks."}],
    "skills": ["legal research"],
}  # fmt: skip
WEAK = {
    "birth_date": "1995-07-19",
    "experience": [{"title": "Front desk agent", "organization": "Seaside Hotel", "start": "2019-06-01",
                    "end": None, "full_time": True,
                    "description": "Checked guests in and out and handled room bookings and complaints."}],
}  # fmt: skip


pytestmark = pytest.mark.usefixtures("one_model")  # the real sentence model, loaded once


@dataclass
class Vacancy:
    id: int
    admin: dict[str, str]
    reviewer: dict[str, str]
    applications: dict[str, int]  # strong, weak, undecided (no birth date), ineligible
    names: dict[str, str]  # the same keys -> pseudonyms, as the API gives them
    ranked: dict[str, Any]  # the same keys -> the API's jpo.ranking/1 candidates


def _applied(api: Api, vacancy: int, email: str, **profile: Any) -> int:
    response = api.apply(api.candidate(email, **profile), vacancy)
    assert response.status_code == 201, response.text
    application: int = response.json()["id"]
    return application


def _move(api: Api, headers: dict[str, str], application: int, to: str, reason: str) -> None:
    response = api.client.post(f"/api/v1/applications/{application}/transitions", json={"to": to, "reason": reason},
                               headers=headers)  # fmt: skip
    assert response.status_code == 200, response.text


def _vacancy(api: Api) -> Vacancy:
    """Seed 002 (OHCHR, Korea's programme) with a strong and a weak eligible application, one the
    screening could not decide (no birth date) and one the admin then ruled ineligible."""
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    ids = {"strong": _applied(api, vacancy, "strong@example.org", **STRONG),
           "weak": _applied(api, vacancy, "weak@example.org", **WEAK),
           "undecided": _applied(api, vacancy, "undecided@example.org", birth_date=None),
           "ineligible": _applied(api, vacancy, "ineligible@example.org", nationalities=None)}  # fmt: skip
    _move(api, admin, ids["ineligible"], "ineligible", "No proof of Korean nationality was sent.")
    reviewer = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    ranking = api.client.get(f"/api/v1/vacancies/{vacancy}/ranking", headers=reviewer).json()
    by_id = {c["application_id"]: c for c in ranking["candidates"]}
    return Vacancy(vacancy, admin, reviewer, ids, {key: by_id[i]["candidate"] for key, i in ids.items()},
                   {key: by_id[i] for key, i in ids.items()})  # fmt: skip


def _status(api: Api, vacancy: Vacancy, key: str) -> str:
    response = api.client.get(
        f"/api/v1/staff/applications/{vacancy.applications[key]}", headers=vacancy.reviewer
    )
    status: str = response.json()["status"]
    return status


def _ranking_reads(api: Api, vacancy: Vacancy) -> int:
    with unit_of_work(api.engine) as session:
        query = select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "personal_data.read", AuditEvent.subject_type == "vacancy",
            AuditEvent.subject_id == vacancy.id, AuditEvent.reason == "ranking",
        )  # fmt: skip
        return session.scalar(query) or 0


def _row(page: str, application: int) -> str:
    """The part of an evidence page about its application."""
    row = page[page.index(f'<li class="candidate" id="application-{application}"') :]
    ends = [row.find(mark, 1) for mark in ('<li class="candidate"', "</ol>\n</div>")]
    return row[: min(end for end in ends if end > 0)]


def _decide(browser: TestClient, vacancy: Vacancy, key: str, to: str, reason: str, **more: Any) -> Any:
    url = f"/review/vacancies/{vacancy.id}/applications/{vacancy.applications[key]}/decision"
    return browser.post(url, data={"to": to, "reason": reason}, follow_redirects=False, **more)


def test_the_ranking_shows_pseudonyms_in_order_with_evidence_and_never_an_identity(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = _vacancy(api)
    reads_before = _ranking_reads(api, vacancy)
    page = browser_session("ohchr@example.org").get(f"/review/vacancies/{vacancy.id}")
    assert page.status_code == 200, page.text
    assert _ranking_reads(api, vacancy) == reads_before + 1  # reading the page is audited like the API's read
    html = page.text
    for identity in ("Ji-woo Park", "strong@example.org", "weak@example.org", "1996-04-02", "1995-07-19",
                     "female", "military"):  # fmt: skip
        assert identity not in html, identity
    positions = [html.index(vacancy.names[key]) for key in ("strong", "weak", "undecided", "ineligible")]
    assert positions == sorted(positions)  # eligible by score, then undecided, then ineligible
    rows = [html[p : html.index("</tr>", p)] for p in positions]
    assert ["<td>Eligible</td>" in rows[0], "<td>Eligible</td>" in rows[1], "<td>Not decided</td>" in rows[2],
            "<td>Ineligible</td>" in rows[3]] == [True] * 4  # fmt: skip
    assert "kr@example.org" in rows[3] and "kr@example.org" not in rows[0]  # decided by
    reviewer = browser_session("ohchr@example.org")
    strong_id = vacancy.applications["strong"]
    assert f'href="/review/vacancies/{vacancy.id}/applications/{strong_id}?lang=en"' in rows[0]
    assert f'href="/review/applications/{strong_id}?lang=en"' in rows[0]  # the letter and documents
    strong = reviewer.get(f"/review/vacancies/{vacancy.id}/applications/{strong_id}").text
    assert re.search(r"\d+ out of 100", strong) and "Experience" in strong and "45 %" in strong
    evidence = strong[strong.index('<details class="evidence">') : strong.index("</details>")]
    pairs = [
        e for c in vacancy.ranked["strong"]["criteria"] if c["name"] != "languages" for e in c["evidence"]
    ]
    assert len(pairs) >= 3 and any(
        e["candidate_text"].startswith("Research on how technology") for e in pairs
    )
    for pair in pairs:  # each requirement beside the candidate's own words that met it
        assert markup.escape(pair["requirement"], quote=False) in evidence
        assert f"<q>{markup.escape(pair['candidate_text'])}</q>" in evidence
    undecided = reviewer.get(
        f"/review/vacancies/{vacancy.id}/applications/{vacancy.applications['undecided']}"
    ).text
    assert "Not decided at screening" in undecided and "<dd>Age</dd>" in undecided
    ineligible = reviewer.get(
        f"/review/vacancies/{vacancy.id}/applications/{vacancy.applications['ineligible']}"
    ).text
    assert (
        "ruled ineligible by staff" in ineligible and "No proof of Korean nationality was sent." in ineligible
    )
    assert (
        "kr@example.org (programme admin)" in ineligible and "from needs review to ineligible" in ineligible
    )


def test_the_vacancies_to_review_are_those_in_scope_with_their_counts(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = _vacancy(api)
    api.staff("unesco@example.org", "reviewer", organization="UNESCO")
    home = browser_session("ohchr@example.org").get("/review")
    assert home.status_code == 200
    assert f'href="/review/vacancies/{vacancy.id}?lang=en"' in home.text
    assert "<li>eligible: 2</li>" in home.text and "<li>needs review: 1</li>" in home.text
    assert "<li>ineligible: 1</li>" in home.text
    other = browser_session("unesco@example.org").get("/review")
    assert f"/review/vacancies/{vacancy.id}?" not in other.text and "No vacancy in your scope" in other.text
    admin = browser_session("kr@example.org")  # an admin reviews within their sponsor's scope
    assert f'href="/review/vacancies/{vacancy.id}?lang=en"' in admin.get("/review").text
    empty = api.vacancy(vacancy.admin, seed="003")
    assert "none yet" in admin.get("/review").text
    assert "No application to rank yet." in admin.get(f"/review/vacancies/{empty}").text
    draft = api.vacancy(vacancy.admin, seed="003", publish=False)
    assert f"/review/vacancies/{draft}?" not in admin.get("/review").text  # a draft takes no applications


def test_a_shortlisting_with_a_reason_changes_the_status_and_shows_in_the_history(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = _vacancy(api)
    browser = browser_session("ohchr@example.org")
    strong = vacancy.applications["strong"]
    longlisted = _decide(browser, vacancy, "strong", "longlisted", "Close to the B-Tech work.")
    assert longlisted.status_code == 303
    assert longlisted.headers["location"] == (
        f"/review/vacancies/{vacancy.id}/applications/{strong}?decided=true&lang=en#application-{strong}"
    )
    shortlisted = _decide(browser, vacancy, "strong", "shortlisted", "  Led due diligence work on AI.  ")
    assert shortlisted.status_code == 303 and _status(api, vacancy, "strong") == "shortlisted"
    page = browser.get(shortlisted.headers["location"]).text
    row = _row(page, strong)
    assert "Decision recorded: the application is now shortlisted." in row
    assert '<dd class="application-status">shortlisted</dd>' in row
    history = row[row.index('<details class="history" open>') :]
    assert history.index("from eligible to long-listed") < history.index("from long-listed to shortlisted")
    assert "ohchr@example.org (reviewer)" in history and "<q>Led due diligence work on AI.</q>" in history
    assert "the candidate applied; the screening found the application eligible." in history
    assert "strong@example.org" not in page
    assert 'value="not_selected"' in row and 'value="shortlisted"' not in row  # the next moves only
    assert 'value="interviewed"' not in row  # the panel's to make, from its sheet


def test_an_empty_reason_is_refused_beside_the_field_and_nothing_changes(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = _vacancy(api)
    browser = browser_session("ohchr@example.org")
    weak = vacancy.applications["weak"]
    refused = _decide(browser, vacancy, "weak", "not_selected", "   ")
    assert refused.status_code == 422
    assert (
        f'<span class="error" id="f-reason-{weak}-error">Give the reason for this decision.</span>'
        in refused.text
    )
    assert 'aria-invalid="true"' in refused.text and f'href="#f-reason-{weak}"' in refused.text  # the summary
    assert vacancy.names["weak"] in refused.text  # the application's page is shown again
    assert _status(api, vacancy, "weak") == "eligible"
    with unit_of_work(api.engine) as session:
        moves = session.scalar(select(func.count()).select_from(AuditEvent)
                               .where(AuditEvent.action == "application.transition", AuditEvent.subject_id == weak))  # fmt: skip
    assert moves == 0
    french = _decide(browser, vacancy, "weak", "not_selected", "", params={"lang": "fr"})
    assert french.status_code == 422 and "Indiquez le motif de cette décision." in french.text
    too_long = _decide(browser, vacancy, "weak", "not_selected", "x" * 4001)  # over the API's limit too
    assert too_long.status_code == 422 and "<html" in too_long.text and "Traceback" not in too_long.text
    assert _status(api, vacancy, "weak") == "eligible"


def test_a_move_the_state_machine_refuses_shows_the_services_message(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = _vacancy(api)
    browser = browser_session("ohchr@example.org")
    refused = _decide(browser, vacancy, "weak", "selected", "Straight to selection.")
    assert refused.status_code == 409 and "This decision was not recorded." in refused.text
    assert "cannot move to selected" in refused.text and "Straight to selection." in refused.text  # kept
    assert _status(api, vacancy, "weak") == "eligible"


def test_only_staff_in_scope_see_the_ranking_or_decide(api: Api, browser_session: BrowserSession) -> None:
    vacancy = _vacancy(api)
    api.staff("unesco@example.org", "reviewer", organization="UNESCO")
    other = browser_session("unesco@example.org")
    assert other.get(f"/review/vacancies/{vacancy.id}").status_code == 403
    assert _decide(other, vacancy, "strong", "longlisted", "Good.").status_code == 403
    assert _status(api, vacancy, "strong") == "eligible"
    candidate = browser_session("strong@example.org")
    for path in ("/review", f"/review/vacancies/{vacancy.id}"):
        forbidden = candidate.get(path)
        assert forbidden.status_code == 403 and "You may not see this page." in forbidden.text
        assert vacancy.names["weak"] not in forbidden.text
    assert _decide(candidate, vacancy, "strong", "longlisted", "Me!").status_code == 403
    signed_out = TestClient(api.client.app, headers={"Accept": "text/html"})
    away = signed_out.get(f"/review/vacancies/{vacancy.id}", follow_redirects=False)
    assert (
        away.status_code == 303
        and away.headers["location"] == f"/sign-in?next=/review/vacancies/{vacancy.id}"
    )
    reviewer = browser_session("ohchr@example.org")
    wrong = reviewer.post(f"/review/vacancies/{vacancy.id + 1}/applications/{vacancy.applications['weak']}/decision",
                          data={"to": "not_selected", "reason": "x"})  # fmt: skip
    assert wrong.status_code == 404 and _status(api, vacancy, "weak") == "eligible"  # not that vacancy's
    assert _decide(reviewer, vacancy, "weak", "not_selected", "x", headers={"Origin": "https://evil.example"}
                   ).status_code == 403  # fmt: skip


def test_the_ranking_in_french(api: Api, browser_session: BrowserSession) -> None:
    vacancy = _vacancy(api)
    reviewer = browser_session("ohchr@example.org")
    page = reviewer.get(f"/review/vacancies/{vacancy.id}", params={"lang": "fr"})
    assert page.status_code == 200 and '<html lang="fr">' in page.text
    code = vacancy.names["strong"].removeprefix("Candidate ")
    assert f"Candidat {code}" in page.text and f"Candidate {code}" not in page.text
    evidence = reviewer.get(f"/review/vacancies/{vacancy.id}/applications/{vacancy.applications['strong']}",
                            params={"lang": "fr"}).text  # fmt: skip
    for french in ("Recevable", "Non tranchée", "Irrecevable", "Statut", "Décidé par", "Filtrer"):
        assert french in page.text, french
    for french in ("Expérience", "Poids", "sur 100", "Éléments probants du score", "Motif de la décision",
                   "Présélectionner (liste longue)", "Écarter"):  # fmt: skip
        assert french in evidence, french


def test_the_demo_gives_the_ohchr_reviewer_applications_to_rank(api: Api) -> None:
    now = datetime.now(UTC)
    for _ in range(2):  # a second run adds nothing
        with unit_of_work(api.engine) as session:
            load_demo(session, data_dir=api.client.app.state.settings.data_dir, max_bytes=10_000_000, now=now)
    made = sum(len(applicant.applies_to) for applicant in DEMO_APPLICANTS)
    with unit_of_work(api.engine) as session:
        statuses = list(session.scalars(select(Application.status).join(VacancyRow)
                                        .where(VacancyRow.status == "published")))  # fmt: skip
        b_tech = session.scalars(select(VacancyRow.id).where(VacancyRow.organization == "OHCHR")
                                 .order_by(VacancyRow.id)).first()  # fmt: skip
    assert 6 <= len(DEMO_APPLICANTS) <= 10 and len(statuses) == made == 12
    for status in ("eligible", "longlisted", "needs_review", "ineligible", "withdrawn"):
        assert status in statuses, status
    assert statuses.count("longlisted") == sum(d.to == "longlisted" for d in DEMO_DECISIONS)
    reviewer = TestClient(api.client.app, headers={"Accept": "text/html"})
    signed_in = reviewer.post("/sign-in", data={"email": "reviewer.ohchr@demo.jpo.example",
                                                "password": "demo-reviewer-pass"})  # fmt: skip
    assert signed_in.status_code == 200 and "Applications to review" in signed_in.text  # the reviewer's home
    vacancies = re.findall(r'href="/review/vacancies/(\d+)\?lang=en"', signed_in.text)
    # the two OHCHR seeds, the past round carried through its recruitment, the earlier one whose JPO is in post
    assert len(vacancies) == 4
    assert str(b_tech) in vacancies
    page = reviewer.get(f"/review/vacancies/{b_tech}").text
    assert page.count("<td>Eligible</td>") == 5 and page.count("<td>Not decided</td>") == 1
    assert page.count("<td>Ineligible</td>") == 2
    assert "applicant." not in page and 'value="shortlisted"' in page
