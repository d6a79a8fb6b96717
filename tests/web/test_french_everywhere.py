"""A French page says nothing in English: each role signs in, visits every main page with `?lang=fr`, and
no word of the visible text is a word of our English interface that French does not share.

The English vocabulary is the interface's own: every word of every English message (the msgids of the
catalogues); a word that any French message also uses ("date", "minimum", "document") is not evidence
of English. What people wrote is not interface: the ToR (its text and the fields read from it, but not
the parser's warnings, which the admin reads in French), the candidate's profile and letter, the
reasons staff typed; it is cut out of the page before the words are counted. Text marked with another
`lang` (the language switch's "English") is English on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient
from lxml import html

from jpo.modelcard.card import load_card
from jpo.vacancy.extract import extract_file
from jpo.web import i18n
from tests.api.conftest import SEEDS, Api
from tests.web.conftest import BrowserSession

CATALOGUES = Path(i18n.__file__).parent / "locale" / "fr" / "LC_MESSAGES"
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*")
# Names and acronyms English messages hold that are the same in French text: the product, programmes and
# bodies, document and test names, formats. Each is a proper name or an acronym, not an English word.
PROPER: frozenset[str] = frozenset(
    {
        "jpo",
        "un",
        "ohchr",
        "unhcr",
        "unicef",
        "undp",
        "toefl",
        "ielts",
        "teps",
        "toeic",
        "pdf",
        "docx",
        "png",
        "jpeg",
        "csv",
        "json",
        "utc",
        "iso",
        "cv",
        "id",
        "htmx",
        "iana",
        "asia",
        "europe",
        "seoul",
        "zurich",
        "ibt",
    }
)
VISIBLE_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
# The ToR's own words quoted on the admin's review page: its whole text, and each field's excerpt.
QUOTED = "//pre[contains(@class, 'tor-text')]|//*[contains(@class, 'admin-excerpt')]"


def _words(text: str) -> Iterator[str]:
    for word in WORD.findall(text):
        yield word.lower().replace("’", "'")


def _unnamed(text: str) -> str:
    """The message without its placeholders' names ("%(submitted)s" is no word of either language)."""
    return re.sub(r"%\(\w+\)s|\{\w+\}", " ", text)


@cache
def english_only() -> frozenset[str]:
    """Words of the English messages that no French message uses (two letters or more)."""
    english: set[str] = set()
    french: set[str] = set()
    for po in sorted(CATALOGUES.glob("*.po")):
        with po.open("rb") as handle:
            for message in read_po(handle, locale="fr"):
                ids = message.id if isinstance(message.id, tuple) else (message.id,)
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                english.update(word for text in ids if text for word in _words(_unnamed(text)))
                french.update(word for text in strings if text for word in _words(_unnamed(text)))
    cldr = Locale.parse("fr")  # the French names of languages and countries the pickers show ("same du Nord")
    french.update(
        word for name in [*cldr.languages.values(), *cldr.territories.values()] for word in _words(name)
    )
    return frozenset(word for word in english - french - PROPER if len(word) > 1)


def _strings(document: Any, skip: frozenset[str] = frozenset({"warnings", "sources"})) -> Iterator[str]:
    if isinstance(document, str):
        yield document
    elif isinstance(document, dict):
        for key, value in document.items():
            if key not in skip:
                yield from _strings(value, skip)
    elif isinstance(document, list):
        for value in document:
            yield from _strings(value, skip)


_MARKUP = re.compile(r"[*_#\[\]`>|]")


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def visible_text(page: str, written: list[str]) -> str:
    """The text a reader sees, with what people wrote (`written`, longest first) cut out: a text node that
    is part of it (an excerpt, a highlighted passage: four characters or more, capitals kept), then
    what remains of it inside the page's own sentences ("Postuler : <the ToR's title>")."""
    tree = html.fromstring(page)
    for node in tree.xpath(
        f"//script|//style|//template|//*[@lang and not(starts-with(@lang, 'fr'))]|{QUOTED}"
    ):
        node.drop_tree()
    blob = _space(_MARKUP.sub(" ", " ".join(written)))  # a ToR's lines wrap; the page drops its markup
    pieces = [_space(_MARKUP.sub(" ", str(piece))) for piece in tree.xpath("//body//text()")]
    parts = [piece for piece in pieces if not (len(piece.strip("…. ")) >= 4 and piece.strip("… ") in blob)]
    parts += [str(value) for name in VISIBLE_ATTRIBUTES for value in tree.xpath(f"//@{name}")]
    parts += [str(value) for value in tree.xpath("//input[@type='submit' or @type='button']/@value")]
    text = re.sub(r"\s+", " ", " ".join(parts))
    for content in written:
        text = text.replace(content, " ")
    return text


def english_words(page: str, written: list[str]) -> list[str]:
    return sorted({word for word in _words(visible_text(page, written)) if word in english_only()})


def test_the_vocabulary_finds_english_and_spares_french() -> None:
    assert {"the", "application", "deadline", "submitted"} <= english_only()
    assert not {"date", "minimum", "candidature", "le", "vous", "utc"} & english_only()
    page = '<html lang="fr"><body><p>Votre candidature</p><p lang="en">English</p><p>The deadline</p></body></html>'
    assert english_words(page, []) == ["deadline", "the"]
    assert english_words(page, ["Read: The deadline is near"]) == []  # what someone wrote is theirs


def _written(api: Api, vacancy: int, candidate: dict[str, str]) -> list[str]:
    document = api.client.get(f"/api/v1/vacancies/{vacancy}").json()
    profile = api.client.get("/api/v1/profiles/me", headers=candidate).json()
    lines = extract_file(SEEDS["002"]).text.splitlines()
    emails = ["candidate@example.org", "kr@example.org", "ohchr@example.org", "other@example.org"]
    card = [row.vacancy for quality in load_card().quality for row in quality.vacancies]  # seed titles
    written = [*_strings(document), *_strings(profile), *lines, *emails, "I care about human rights.", REASON,
               *card]  # fmt: skip
    return sorted({text.strip() for text in written if len(text.strip()) > 2}, key=len, reverse=True)


REASON = "No proof of Korean nationality was sent."


def _pages(api: Api, browser_session: BrowserSession) -> Iterator[tuple[str, str, list[str]]]:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    candidate = api.candidate("candidate@example.org")
    applied = api.apply(candidate, vacancy).json()
    application = applied["id"]
    other = api.candidate("other@example.org", nationalities=None)
    moved = api.apply(other, vacancy).json()["id"]
    api.client.post(f"/api/v1/applications/{moved}/transitions", json={"to": "ineligible", "reason": REASON},
                    headers=admin)  # fmt: skip
    api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    # The receipt number is random letters and digits ("JPO-2026-7US4…"), no word of either language.
    written = [*_written(api, vacancy, candidate), applied["receipt"]]
    anonymous = TestClient(api.client.app, raise_server_exceptions=False, headers={"Accept": "text/html"})
    check = {"nationality": "FR", "birth_date": "1997-01-01", "degree": "master", "degree_year": "2021",
             "experience_years": "2.5", "languages": ["en"]}  # fmt: skip
    for path in (
        "/",
        f"/vacancies/{vacancy}",
        "/sign-in",
        "/sign-up",
        "/vacancies/999999",
        "/vacancies/x",
        "/model-card",
    ):
        yield path, anonymous.get(path, params={"lang": "fr"}).text, written
    checked = anonymous.post(f"/vacancies/{vacancy}/check", params={"lang": "fr"}, data=check)
    yield "self-check", checked.text, written
    as_candidate = browser_session("candidate@example.org")
    for path in ("/me/profile", f"/vacancies/{vacancy}/apply", "/me/applications",
                 f"/me/applications/{application}", "/me/data", "/me/equality",
                 f"/me/applications/{application}/explanation"):  # fmt: skip
        yield path, as_candidate.get(path, params={"lang": "fr"}).text, written
    as_admin = browser_session("kr@example.org")
    for path in (
        "/admin",
        f"/admin/vacancies/{vacancy}",
        f"/admin/vacancies/{vacancy}/dashboard",
        f"/admin/vacancies/{vacancy}/fairness",
    ):
        yield path, as_admin.get(path, params={"lang": "fr"}).text, written
    as_reviewer = browser_session("ohchr@example.org")
    for path in ("/review", f"/review/vacancies/{vacancy}", f"/review/applications/{application}"):
        yield path, as_reviewer.get(path, params={"lang": "fr"}).text, written


def test_every_main_page_in_french_has_no_english_word(api: Api, browser_session: BrowserSession) -> None:
    pages = list(_pages(api, browser_session))
    found = {path: words for path, page, written in pages if (words := english_words(page, written))}
    assert not found, f"English words on French pages: {found}"


@pytest.mark.parametrize("locale", ["fr"])
def test_the_receipt_and_deadline_vocabulary_is_translated(locale: str) -> None:
    """Every message the services write into documents (marked N_ outside the web package) has French."""
    from babel.messages.extract import extract_from_file

    french = i18n.translations(locale)
    source = Path(i18n.__file__).parents[1]
    files = [source / "applications" / "receipt.py", source / "geo" / "deadlines.py"]
    wanted = {m for f in files for _l, m, _c, _x in extract_from_file("python", f, keywords={"N_": None})}
    assert wanted and not [m for m in wanted if french.gettext(m) == m]


def test_every_warning_the_parser_writes_on_the_seeds_and_its_other_forms_is_french() -> None:
    from jpo.vacancy.parse import parse_file
    from jpo.web.render import parser_warning

    written = [w.message for path in SEEDS.values() for w in parse_file(path).warnings]
    written += ["no title found", "the closing date names no time zone and the duty station is unknown",
                "the deadline names no time zone; assumed the duty station's (Europe/Zurich)",
                "age 32 on 2024-12-31 admits people born on or after 1992-01-01, but the text gives 1991-01-01",
                "the programme asks for master + 0 years or bachelor + 2 years but the post asks for master + 2 years",
                "the text says born on or after 1992-01-01, which sets a minimum age, not a maximum; "
                "the birth-date rule was not used",
                "the text gives more than one age limit (32 and 30, 35); kept 32, check which applies",
                "the text allows 3 applications per round and holds 2 rounds a year",
                "the text gives more than one cap on applications (3 and 2); kept 3, check which applies"]  # fmt: skip
    for message in written:
        french = parser_warning(message, "fr")
        assert 'lang="en"' not in french and not english_words(
            f"<html><body><p>{french}</p></body></html>", []
        ), (message, french)
    assert 'lang="en"' in parser_warning("something the parser never says", "fr")  # marked, not passed off
