"""The receipt from the API is in the language `Accept-Language` prefers (accounts hold no language), and
the name the profile gives is on it when there is one."""

from __future__ import annotations

import re

import pypdfium2

from tests.api.conftest import Api


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return re.sub(r"\s+", " ", " ".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()


def test_the_receipt_follows_accept_language(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    candidate = api.candidate("reader@example.org")
    application = api.apply(candidate, api.vacancy(admin)).json()["id"]
    path = f"/api/v1/applications/{application}/receipt"
    french = _text(api.client.get(path, headers={**candidate, "Accept-Language": "fr-CH, en;q=0.5"}).content)
    english = _text(api.client.get(path, headers=candidate).content)
    assert "Candidature reçue" in french and "Lieu d'affectation Genève, Suisse" in french
    assert "heure de Genève" in french and "Application received" not in french
    assert "Application received" in english and "Duty station Geneva, Switzerland" in english
    assert "Geneva time" in english
