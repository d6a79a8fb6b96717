"""UN system entity resolution."""

from __future__ import annotations

import pytest

from jpo.geo.organizations import Organization, find_organizations, organization


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("OHCHR", "OHCHR"),
        ("UN Human Rights", "OHCHR"),
        ("Office of the High Commissioner for Human Rights", "OHCHR"),
        ("Haut-Commissariat aux droits de l'homme", "OHCHR"),
        ("Office for the Coordination of Humanitarian Affairs", "OCHA"),
        ("Bureau de la coordination des affaires humanitaires", "OCHA"),
        ("United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
        ("Programme des Nations Unies pour le développement", "UNDP"),
        ("Programme des Nations unies pour le développement", "UNDP"),
        ("PNUD", "UNDP"),
        ("HCR", "UNHCR"),
        ("UNICEF", "UNICEF"),
        ("PAM", "WFP"),
        ("OMS", "WHO"),
        ("OIT", "ILO"),
        ("ONUDC", "UNODC"),
        ("UN-Habitat", "UN-Habitat"),
        ("UN Habitat", "UN-Habitat"),
        ("UN Women", "UN Women"),
        ("UN Tourism", "UNWTO"),
        ("World Bank", "WBG"),
        ("ITC-ILO", "ITC-ILO"),
        ("UNECE", "UNECE"),
        ("ECE", "UNECE"),
        ("undp", "UNDP"),
    ],
)
def test_organization_lookup(name: str, acronym: str) -> None:
    found = organization(name)
    assert found is not None
    assert found.acronym == acronym


def test_organization_returns_names() -> None:
    assert organization("WFP") == Organization("WFP", "World Food Programme", "Programme alimentaire mondial")


def test_organization_unknown() -> None:
    assert organization("Starfleet") is None


def mentions(text: str) -> list[tuple[str, str]]:
    return [(org.acronym, text[start:end]) for org, start, end in find_organizations(text)]


def test_find_organizations_names_and_acronyms_in_order() -> None:
    text = "UN Human Rights (OHCHR) works with UNDP and the world food programme."
    assert mentions(text) == [
        ("OHCHR", "UN Human Rights"),
        ("OHCHR", "OHCHR"),
        ("UNDP", "UNDP"),
        ("WFP", "world food programme"),
    ]


def test_find_organizations_longest_first() -> None:
    assert mentions("ITC-ILO in Turin; ITC in Geneva") == [("ITC-ILO", "ITC-ILO"), ("ITC", "ITC")]


def test_find_organizations_french() -> None:
    text = "le Haut-Commissariat aux droits de l’homme, le PNUD et l'OMS"
    assert mentions(text) == [
        ("OHCHR", "Haut-Commissariat aux droits de l’homme"),
        ("UNDP", "PNUD"),
        ("WHO", "OMS"),
    ]


def test_find_organizations_acronyms_are_case_sensitive() -> None:
    assert mentions("who knows; see www.undp.org") == []
    assert mentions("WHO WE ARE") == []
