"""A candidate whose browser asks for French applies to seed 002 (OHCHR, Korean programme) in Chromium and
downloads the receipt: its text, extracted from the PDF, is French (labels, status, dates, the duty
station's name, the deadline named by its clocks) with no English label left. The deadline on the
apply page is labelled by its zone too. A screenshot of the apply page is kept (JPO_SCREENSHOTS)."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path
from uuid import uuid4

import pypdfium2
from playwright.sync_api import Browser, expect

from tests.browser.conftest import serious_violations
from tests.support.profiles import make_profile

POST = "JPO in Human Rights (Business and Human Rights in Technology)"  # seed 002
PASSWORD = "a long enough secret"
# Every label the English receipt writes: none may be left on the French one.
ENGLISH_LABELS = ("Application received", "Receipt number", "Vacancy", "Reference", "Organization",
                  "Duty station", "Deadline", "Submitted", "Status", "Motivation letter", "Documents",
                  "characters", "Keep this receipt", "submitted", "time (", "duty station")  # fmt: skip


def _pdf(tag: str) -> dict[str, object]:
    data = b"%PDF-1.4\n1 0 obj<<>>endobj\n% " + tag.encode() + b"\ntrailer<<>>\n%%EOF\n"
    return {"name": f"{tag}.pdf", "mimeType": "application/pdf", "buffer": data}


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = " ".join(page.get_textpage().get_text_range() for page in document)
        return re.sub(r"\s+", " ", text)  # a long value wraps onto the next line
    finally:
        document.close()


def test_a_french_candidate_applies_and_the_receipt_is_in_french(browser: Browser, server: str) -> None:
    context = browser.new_context(locale="fr-FR", accept_downloads=True)  # Accept-Language: fr-FR
    page = context.new_page()
    email = f"recu-{uuid4().hex[:10]}@example.org"
    assert page.request.post(server + "/api/v1/users", data={"email": email, "password": PASSWORD}).ok
    token = page.request.post(server + "/api/v1/auth/token", form={"username": email, "password": PASSWORD})
    recent = (date.today() - timedelta(days=30)).isoformat()
    profile = make_profile(
        sex="female",
        birth_date=date(1998, 5, 1),
        language_tests=[{"test": "TOEFL iBT", "score": 110, "date": recent}],
    )
    document = profile.model_dump(mode="json", by_alias=True) | {
        "name": {"given": "Seo-yeon", "family": "Han"}
    }
    saved = page.request.put(server + "/api/v1/profiles/me", data=document,
                             headers={"Authorization": f"Bearer {token.json()['access_token']}"})  # fmt: skip
    if not saved.ok:  # a profile without `name` (before names are part of jpo.profile/1)
        del document["name"]
        saved = page.request.put(server + "/api/v1/profiles/me", data=document,
                                 headers={"Authorization": f"Bearer {token.json()['access_token']}"})  # fmt: skip
    assert saved.ok, saved.text()

    page.goto(server + "/sign-in")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.goto(server + "/")
    page.get_by_role("link", name=POST).first.click()
    page.get_by_role("link", name="Postuler à ce poste").click()
    deadline = page.locator("dd .deadline").first
    expect(deadline).to_contain_text("heure de Séoul")
    expect(deadline).to_contain_text("heure de Genève")
    expect(page.locator("dl.facts")).to_contain_text("Genève, Suisse")  # the duty station's French name
    page.locator("textarea[name=motivation]").fill(
        "Les droits humains et la technologie : là où je peux aider."
    )
    for upload in page.locator("input[type=file][id^='f-item-']").all():
        upload.set_input_files(_pdf(upload.get_attribute("id") or "document"))
    assert serious_violations(page) == []
    shots = Path(os.environ.get("JPO_SCREENSHOTS") or "/tmp")
    page.screenshot(path=str(shots / "apply-french.png"), full_page=True)
    page.get_by_role("button", name="Envoyer ma candidature").click()
    expect(page).to_have_url(re.compile(r"/me/applications/\d+"))
    with page.expect_download() as info:
        page.get_by_role("link", name="Télécharger le reçu (PDF)").click()
    text = _text(info.value.path().read_bytes())
    context.close()

    for french in ("Candidature reçue", "Numéro de reçu", "Lieu d'affectation", "Genève, Suisse", "Date limite",
                   "heure de Séoul (Asia/Seoul)", "heure de Genève (lieu d'affectation)", "Statut",
                   "Lettre de motivation", "caractères", "Conservez ce reçu"):  # fmt: skip
        assert french in text, (french, text)
    if "name" in document:
        assert "Seo-yeon Han" in text
    assert re.search(r"\d{1,2} [a-zéû]+\.? \d{4}", text), text  # a French date
    left = [label for label in ENGLISH_LABELS if label in text]
    assert not left, (left, text)
