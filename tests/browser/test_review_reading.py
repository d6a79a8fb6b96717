"""A reviewer reads an application under blind review, as the issue tells it: the letter with the
candidate's identity masked and the documents closed, then shortlists it and reads the whole letter and
the documents; in English and in French, axe-clean. The application is made over the API by a candidate
who writes who they are in their letter, to a vacancy of the demo's KR programme admin that asks for no
document (so the checklist does not stand in the way)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from playwright.sync_api import APIRequestContext, Browser, Page, expect

from jpo.demo.setup import seed_files
from tests.browser.conftest import serious_violations
from tests.support.profiles import make_profile

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PASSWORD = "a long secret for the test"
TITLE = "JPO in Human Rights (reading under blind review)"
REVIEWER = ("reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass")
ADMIN = ("admin.kr@demo.jpo.example", "demo-admin-kr-pass")
FUTURE = {"utc": "2099-01-01T00:00:00Z", "local": "2099-01-01T01:00:00+01:00", "timezone": "Europe/Zurich"}


@dataclass
class Applied:
    vacancy: int
    application: int
    email: str
    letter: str


def _token(client: APIRequestContext, email: str, password: str) -> dict[str, str]:
    response = client.post("/api/v1/auth/token", form={"username": email, "password": password})
    assert response.status == 200, response.text()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _vacancy(client: APIRequestContext) -> int:
    admin = _token(client, *ADMIN)
    seed = next(path for path in seed_files() if path.name.startswith("002"))
    upload = {"file": {"name": seed.name, "mimeType": "text/markdown", "buffer": seed.read_bytes()}}
    drafted = client.post("/api/v1/vacancies", multipart=upload, headers=admin)
    assert drafted.status == 201, drafted.text()
    vacancy = int(drafted.json()["id"])
    edited = client.patch(f"/api/v1/vacancies/{vacancy}", headers=admin,
                          data={"closing": FUTURE, "title": TITLE, "required_documents": []})  # fmt: skip
    assert edited.status == 200, edited.text()
    published = client.post(f"/api/v1/vacancies/{vacancy}/publish", headers=admin)
    assert published.status == 200, published.text()
    return vacancy


def _apply(client: APIRequestContext) -> Applied:
    vacancy = _vacancy(client)
    email = f"seo-yeon.park.{uuid4().hex[:6]}@example.org"
    assert client.post("/api/v1/users", data={"email": email, "password": PASSWORD}).status == 201
    candidate = _token(client, email, PASSWORD)
    recent = (date.today() - timedelta(days=30)).isoformat()
    profile = make_profile(name={"given": "Seo-yeon", "family": "Park"}, birth_date="1995-03-14",
                           language_tests=[{"test": "TOEFL iBT", "score": 110, "date": recent}])  # fmt: skip
    saved = client.put(
        "/api/v1/profiles/me", data=profile.model_dump(mode="json", by_alias=True), headers=candidate
    )
    assert saved.status == 200, saved.text()
    letter = (f"I am Seo-yeon Park, a Korean lawyer born on 14 March 1995. You can reach me at {email}.\n"
              "Park's research on business and human rights in technology is what I would bring.")  # fmt: skip
    applied = client.post(f"/api/v1/vacancies/{vacancy}/applications", data={"motivation": letter},
                          headers={**candidate, "Idempotency-Key": uuid4().hex})  # fmt: skip
    assert applied.status == 201, applied.text()
    application = int(applied.json()["id"])
    cv = {
        "file": {"name": "Seo-yeon Park CV.pdf", "mimeType": "application/pdf", "buffer": PDF},
        "kind": "cv",
    }
    attached = client.post(f"/api/v1/applications/{application}/documents", headers=candidate, multipart=cv)
    assert attached.status == 201, attached.text()
    return Applied(vacancy, application, email, letter)


def _sign_in(page: Page, server: str) -> None:
    page.goto(server + "/sign-in")
    page.get_by_label("E-mail address").fill(REVIEWER[0])
    page.get_by_label("Password").fill(REVIEWER[1])
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Applications to review")


def _decide(page: Page, pseudonym: str, button: str, reason: str) -> None:
    page.get_by_label(f"Reason for the decision on {pseudonym}").fill(reason)
    page.get_by_role("button", name=f"{button} {pseudonym}").click()
    expect(page.get_by_role("status")).to_contain_text("Decision recorded")


@pytest.fixture(scope="module")
def applied(browser: Browser, server: str) -> Iterator[Applied]:
    context = browser.new_context(base_url=server)
    yield _apply(context.request)
    context.close()


def test_a_reviewer_reads_a_masked_letter_shortlists_then_opens_the_documents(
    page: Page, server: str, applied: Applied, tmp_path: Path
) -> None:
    _sign_in(page, server)
    page.get_by_role("link", name=TITLE, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    page.locator(f"a[href*='/review/applications/{applied.application}']").first.click()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(re.compile(r"^Application of Candidate [0-9A-F]{6}$"))
    pseudonym = heading.inner_text().removeprefix("Application of ")

    letter = page.locator("#letter")
    expect(letter).to_have_text(
        f"I am {pseudonym}, a [nationality] lawyer born on [birth date]. You can reach me at [e-mail address].\n"
        f"{pseudonym}'s research on business and human rights in technology is what I would bring."
    )
    main = page.get_by_role("main")
    for identity in ("Seo-yeon", "Park", "Korean", "14 March 1995", applied.email):
        expect(main).not_to_contain_text(identity)
    expect(main).to_contain_text("Masked in the letter")
    expect(main).to_contain_text("Not masked")
    documents = page.locator("ul.documents li")
    expect(documents).to_have_text(re.compile(r"^CV\s+\(PDF,\s+1 KB\)\s+\(closed until shortlisting\)\s*$"))
    expect(documents.get_by_role("link")).to_have_count(0)
    assert serious_violations(page) == []
    page.screenshot(path=str(tmp_path / "masked-en.png"), full_page=True)

    page.goto(page.url.replace("lang=en", "lang=fr") if "lang=" in page.url else page.url + "?lang=fr")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Candidature de {pseudonym.replace('Candidate', 'Candidat')}"
    )
    expect(page.locator("#letter")).to_contain_text("[nationalité]")
    expect(page.locator("#letter")).to_contain_text("[date de naissance]")
    expect(page.get_by_role("main")).to_contain_text("Examen à l’aveugle")
    expect(page.locator("ul.documents li")).to_contain_text("fermé jusqu’à la présélection")
    assert serious_violations(page) == []
    page.screenshot(path=str(tmp_path / "masked-fr.png"), full_page=True)
    page.goto(page.url.replace("lang=fr", "lang=en"))

    _decide(page, pseudonym, "Long-list", "A clear letter on business and human rights.")
    _decide(page, pseudonym, "Shortlist", "Invite to the written test.")
    expect(page.locator(".application-status")).to_have_text("shortlisted")
    expect(page.locator("#letter")).to_have_text(applied.letter)
    expect(page.locator(".candidate-name")).to_have_text("Seo-yeon Park")
    expect(page.get_by_role("main")).to_contain_text("blind review is over")
    assert serious_violations(page) == []
    page.screenshot(path=str(tmp_path / "shortlisted-en.png"), full_page=True)

    with page.expect_download() as download:
        page.locator("ul.documents").get_by_role("link", name="CV").click()
    saved = Path(download.value.path())
    assert saved.read_bytes() == PDF
    assert "Seo-yeon" not in download.value.suggested_filename  # served under a safe name

    page.goto(page.url.split("?")[0] + "?lang=fr")
    expect(page.locator(".application-status")).to_contain_text("présélectionnée")
    expect(page.get_by_role("main")).to_contain_text("l’examen à l’aveugle est terminé")
    assert serious_violations(page) == []
    page.screenshot(path=str(tmp_path / "shortlisted-fr.png"), full_page=True)
    print(f"screenshots in {tmp_path}")
