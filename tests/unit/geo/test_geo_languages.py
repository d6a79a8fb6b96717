"""Language name resolution."""

from __future__ import annotations

import pytest

from jpo.geo.languages import find_languages, language_code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("English", "en"),
        ("français", "fr"),
        ("Français", "fr"),
        ("Korean", "ko"),
        ("Mandarin", "zh"),
        ("Chinese", "zh"),
        ("Farsi", "fa"),
        ("Persian", "fa"),
        ("Dari", "fa"),
        ("Kiswahili", "sw"),
        ("Swahili", "sw"),
        ("anglais", "en"),
        ("espagnol", "es"),
        ("arabe", "ar"),
        ("chinois", "zh"),
        ("russe", "ru"),
        ("portugais", "pt"),
        ("allemand", "de"),
        ("coréen", "ko"),
        ("japonais", "ja"),
        ("Greek", "el"),
        ("Nepali", "ne"),
        ("Bahasa Indonesia", "id"),
        ("Filipino", "tl"),
        ("Haitian Creole", "ht"),
        ("Pashto", "ps"),
        ("Luganda", "lg"),
        ("Ewe", "ee"),
        ("éwé", "ee"),
    ],
)
def test_language_code(name: str, code: str) -> None:
    assert language_code(name) == code


@pytest.mark.parametrize("name", ["Ido", "Tonga", "Avestan", "Pali", "Volapük", "Klingon"])
def test_language_code_outside_the_allow_list(name: str) -> None:
    assert language_code(name) is None


def codes(text: str) -> list[str]:
    return [code for code, _, _ in find_languages(text)]


def test_find_languages_english_text() -> None:
    text = "fluency in English and French"
    found = find_languages(text)
    assert [(code, text[start:end]) for code, start, end in found] == [
        ("en", "English"),
        ("fr", "French"),
    ]


def test_find_languages_french_text() -> None:
    assert codes("maîtrise du français et de l'anglais") == ["fr", "en"]
    assert codes("Maîtrise de l’espagnol ; ARABE apprécié") == ["es", "ar"]


def test_find_languages_all_un_languages() -> None:
    text = "Arabic, Chinese, English, French, Russian or Spanish"
    assert codes(text) == ["ar", "zh", "en", "fr", "ru", "es"]


def test_find_languages_english_names_need_a_capital() -> None:
    assert codes("see www.english.org and dutch ovens") == []
    assert codes("ENGLISH REQUIRED") == ["en"]


def test_find_languages_excludes_obscure_names_that_are_words() -> None:
    assert codes("the Tonga said Pali and Ido") == []
