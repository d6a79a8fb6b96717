"""The behavioural indicators a ToR lists after each competency ("PROFESSIONALISM: Shows pride in work…;
Demonstrates…"), kept by competency with the source of each one: the interview kit starts from them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jpo.vacancy.extract import extract_file
from jpo.vacancy.parse import parse_file
from tests.api.conftest import SEEDS
from tests.support.tor import parse_text


def test_seed_002_indicators_by_competency_each_with_its_source() -> None:
    path: Path = SEEDS["002"]
    vacancy = parse_file(path)
    text = extract_file(path).text
    indicators = vacancy.competency_indicators
    assert list(indicators) == vacancy.competencies == ["PROFESSIONALISM", "COMMUNICATION", "TEAMWORK",
                                                        "PLANNING & ORGANIZING"]  # fmt: skip
    assert indicators["PROFESSIONALISM"][0] == "Shows pride in work and in achievements"
    assert indicators["PROFESSIONALISM"][-1] == "Remains calm in stressful situations"
    assert len(indicators["PROFESSIONALISM"]) == 6 and len(indicators["COMMUNICATION"]) == 5
    assert "Is willing to learn from others" in indicators["TEAMWORK"]  # written "is willing…" after a ";"
    for k, name in enumerate(vacancy.competencies):
        for j, indicator in enumerate(indicators[name]):
            span = vacancy.sources[f"competency_indicators.{k}.{j}"]
            quoted = " ".join(text[span.start : span.end].split())
            assert quoted.casefold() == indicator.casefold(), (name, j)


@pytest.mark.parametrize(
    ("tor", "expected"),
    [
        (
            "Competencies\n\n- Professionnalisme : Fait preuve de fierté dans son travail ; Se montre "
            "consciencieux et efficace.\n- Travail d'équipe : Collabore avec ses collègues ; et partage les "
            "mérites de l'équipe.\n",
            {"Professionnalisme": ["Fait preuve de fierté dans son travail", "Se montre consciencieux et efficace"],
             "Travail d'équipe": ["Collabore avec ses collègues", "Partage les mérites de l'équipe"]},
        ),
        ("Competencies\n\n- Teamwork\n- Communication\n- Planning and organizing\n", {}),
    ],
)  # fmt: skip
def test_indicators_in_french_and_none_for_bare_names(tor: str, expected: dict[str, list[str]]) -> None:
    vacancy = parse_text(tor)
    assert vacancy.competency_indicators == expected
    assert not any(re.fullmatch(r"\W*", i) for v in vacancy.competency_indicators.values() for i in v)
