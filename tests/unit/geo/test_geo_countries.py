"""Country name, code and demonym resolution."""

from __future__ import annotations

import pytest

from jpo.geo.countries import country_code, country_name, find_countries


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Switzerland", "CH"),
        ("the Netherlands", "NL"),
        ("Netherlands", "NL"),
        ("Republic of Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Korea", "KR"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("United States", "US"),
        ("United States of America", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("US", "US"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Suisse", "CH"),
        ("Pays-Bas", "NL"),
        ("les Pays-Bas", "NL"),
        ("Corée", "KR"),
        ("Allemagne", "DE"),
        ("l'Allemagne", "DE"),
        ("République de Corée", "KR"),
        ("République islamique d'Iran", "IR"),
        ("Democratic Republic of the Congo", "CD"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Viet Nam", "VN"),
        ("cote d’ivoire", "CI"),
        ("  switzerland  ", "CH"),
        ("KOR", "KR"),
        ("DE", "DE"),
        ("CHE", "CH"),
    ],
)
def test_country_code_from_names_and_codes(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("demonym", "code"),
    [
        ("Korean", "KR"),
        ("German", "DE"),
        ("Japanese", "JP"),
        ("Italian", "IT"),
        ("Swiss", "CH"),
        ("Dutch", "NL"),
        ("Norwegian", "NO"),
        ("Swedish", "SE"),
        ("French", "FR"),
        ("Luxembourgish", "LU"),
        ("Danish", "DK"),
        ("Finnish", "FI"),
        ("Belgian", "BE"),
        ("American", "US"),
        ("Chinese", "CN"),
        ("Brazilian", "BR"),
        ("Kenyan", "KE"),
        ("coréen", "KR"),
        ("coréenne", "KR"),
        ("allemande", "DE"),
        ("japonais", "JP"),
        ("italienne", "IT"),
        ("suisse", "CH"),
        ("néerlandaise", "NL"),
        ("norvégien", "NO"),
        ("suédoise", "SE"),
        ("française", "FR"),
        ("luxembourgeois", "LU"),
        ("américaine", "US"),
        ("danoise", "DK"),
        ("finlandais", "FI"),
        ("belge", "BE"),
        ("Congolese", "CD"),
        ("Dominican", "DO"),
    ],
)
def test_country_code_from_demonyms(demonym: str, code: str) -> None:
    assert country_code(demonym) == code


@pytest.mark.parametrize("name", ["us", "uk", "usa", "de", "Atlantis", "", "the", "Europe"])
def test_country_code_unknown_or_lower_case_codes(name: str) -> None:
    assert country_code(name) is None


def test_country_name_for_display() -> None:
    assert country_name("KR") == "Republic of Korea"
    assert country_name("NL") == "Netherlands"
    assert country_name("US") == "United States"
    assert country_name("CD") == "Democratic Republic of the Congo"
    assert country_name("ch") == "Switzerland"
    assert country_name("DEU") == "Germany"


def test_country_name_unknown_code_raises() -> None:
    with pytest.raises(KeyError):
        country_name("XX")


def mentions(text: str) -> list[tuple[str, str]]:
    return [(code, text[start:end]) for code, start, end in find_countries(text)]


def test_find_countries_with_offsets() -> None:
    assert mentions("Geneva, Switzerland") == [("CH", "Switzerland")]
    assert mentions("The Hague, the Netherlands") == [("NL", "Netherlands")]
    assert mentions("Genève (Suisse)") == [("CH", "Suisse")]


def test_find_countries_in_order_and_longest_first() -> None:
    text = "Nationals of the Republic of Korea, Papua New Guinea, South Sudan and Sudan."
    assert mentions(text) == [
        ("KR", "Republic of Korea"),
        ("PG", "Papua New Guinea"),
        ("SS", "South Sudan"),
        ("SD", "Sudan"),
    ]


def test_find_countries_demonyms_and_french() -> None:
    text = "Open to Korean and German nationals; candidats de nationalité coréenne ou française."
    assert mentions(text) == [
        ("KR", "Korean"),
        ("DE", "German"),
        ("KR", "coréenne"),
        ("FR", "française"),
    ]


def test_find_countries_short_codes_only_in_capitals() -> None:
    assert mentions("U.S. and UK citizens, not us") == [("US", "U.S."), ("GB", "UK")]


def test_find_countries_ignores_lower_case_english_words() -> None:
    assert mentions("fine china and a turkey sandwich") == []
    assert mentions("CHINA and China") == [("CN", "CHINA"), ("CN", "China")]


def test_find_countries_ignores_regions_containing_country_words() -> None:
    assert mentions("Latin American and Indian Ocean states") == []
    assert mentions("Maurice Strong founded UNEP; l'île Maurice") == [("MU", "île Maurice")]


def test_find_countries_whole_words_only() -> None:
    assert mentions("Nigeria and Niger") == [("NG", "Nigeria"), ("NE", "Niger")]
    assert mentions("Omanis Chadwick") == []
