"""The model card is public, in English and French, with the stored numbers written as each language
writes them; the API gives the same card as JSON."""

from __future__ import annotations

from fastapi.testclient import TestClient

from jpo.modelcard.card import LIMITS, load_card
from tests.api.conftest import Api
from tests.web.conftest import BrowserSession


def _page(api: Api, lang: str) -> str:
    anonymous = TestClient(api.client.app, headers={"Accept": "text/html"})
    response = anonymous.get("/model-card", params={"lang": lang})
    assert response.status_code == 200
    return response.text


def test_anyone_reads_the_card_in_english_with_every_limit(api: Api) -> None:
    page = _page(api, "en")
    card = load_card()
    assert "Model card of the ranking" in page
    assert f"<strong>{card.quality[1].jpo:.3f}</strong>" in page
    assert f"{card.identity_swap.unchanged} of {card.identity_swap.candidates} scores" in page
    for limit in LIMITS:
        assert limit.replace("'", "&#39;") in page


def test_the_french_card_writes_decimals_with_a_comma(api: Api) -> None:
    page = _page(api, "fr")
    card = load_card()
    assert "Fiche technique du classement" in page and "Limites connues" in page
    assert f"<strong>{card.quality[0].jpo:.3f}</strong>".replace(".", ",") in page
    assert "Expérience 0,45" in page


def test_the_api_gives_the_card_as_json(api: Api) -> None:
    document = api.client.get("/api/v1/model-card").json()
    assert document["schema"] == "jpo.model-card/1"
    assert document["ranker"]["code"] == load_card().ranker.code
    assert document["identity_swap"]["unchanged"] == document["identity_swap"]["candidates"]


def test_the_notice_before_applying_links_the_card(api: Api, browser_session: BrowserSession) -> None:
    vacancy = api.vacancy(api.staff("kr@example.org", "admin", sponsor="KR"))
    api.candidate("candidate@example.org")
    page = browser_session("candidate@example.org").get(f"/vacancies/{vacancy}/apply").text
    assert 'href="/model-card?lang=en"' in page
