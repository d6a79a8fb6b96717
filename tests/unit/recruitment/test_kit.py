"""The interview kit, pure: proposed from a ToR's competencies and indicators in English or French, the
bank's defaults where the ToR lists none, technical questions from its requirements; edits checked."""

from __future__ import annotations

import pytest

from jpo.recruitment.kit import KitError, bank, bank_entry, checked, from_json, propose

DOCUMENT = {
    "competencies": ["PROFESSIONALISM", "PLANNING & ORGANIZING", "Intégrité", "Cooking"],
    "competency_indicators": {
        "PROFESSIONALISM": ["Shows pride in work", "Remains calm"],
        "Cooking": ["Tastes"],
    },
    "duties": ["Carry out legal research on business and human rights."],
    "skills": ["Legal drafting"],
    "experience": {"fields": ["human rights"]},
}


def test_the_bank_covers_the_un_competencies_in_both_languages_with_one_to_three_questions() -> None:
    names = {entry["names"]["en"] for entry in bank()["competencies"]}
    assert {
        "Professionalism",
        "Communication",
        "Teamwork",
        "Planning and organizing",
        "Accountability",
        "Client orientation",
        "Creativity",
        "Technological awareness",
        "Commitment to continuous learning",
        "Integrity",
        "Respect for diversity",
        "Leadership",
    } <= names
    for entry in bank()["competencies"]:
        for language in ("en", "fr"):
            assert 1 <= len(entry["questions"][language]) <= 3
            assert entry["indicators"][language]
    assert "UN competency framework" in bank()["source"]


def test_names_are_matched_whatever_their_case_accents_or_ampersand() -> None:
    assert bank_entry("PLANNING & ORGANIZING")["key"] == "planning_and_organizing"  # type: ignore[index]
    assert bank_entry("Planification et organisation")["key"] == "planning_and_organizing"  # type: ignore[index]
    assert bank_entry("integrite")["key"] == "integrity"  # type: ignore[index]
    assert bank_entry("Cooking") is None


def test_the_proposal_keeps_the_tor_s_indicators_and_fills_the_others_from_the_bank() -> None:
    kit = propose(DOCUMENT, "en")
    assert [c.name for c in kit.competencies] == [
        "Professionalism",
        "Planning and organizing",
        "Integrity",
        "Cooking",
    ]
    assert kit.competencies[0].indicators == ("Shows pride in work", "Remains calm")
    assert kit.competencies[1].indicators[0] == "Sets clear goals in line with strategy"  # the bank's default
    assert kit.competencies[3].questions == tuple(bank()["generic"]["en"])
    assert kit.technical[0].startswith("This post includes: Carry out legal research")
    assert any("Legal drafting" in q for q in kit.technical) and any(
        "human rights" in q for q in kit.technical
    )
    french = propose(DOCUMENT, "fr")
    assert [c.name for c in french.competencies][:3] == [
        "Professionnalisme",
        "Planification et organisation",
        "Intégrité",
    ]
    assert french.competencies[0].questions[0].startswith("Parlez-nous")
    assert french.technical[0].startswith("Ce poste comprend")


def test_a_tor_without_competencies_gets_the_core_three() -> None:
    assert [c.name for c in propose({}, "en").competencies] == [
        "Professionalism",
        "Communication",
        "Teamwork",
    ]


def test_an_edited_kit_is_checked_and_round_trips() -> None:
    kit = checked(
        "en", [{"name": " Teamwork ", "indicators": ["Shares credit"], "questions": ["Tell us..."]}], []
    )
    assert from_json(kit.as_json()) == kit and kit.competencies[0].name == "Teamwork"
    wrong = [
        ([{"name": "", "indicators": ["a"], "questions": ["q"]}], "competencies.0.name"),
        ([{"name": "A", "indicators": [], "questions": ["q"]}], "competencies.0.indicators"),
        ([{"name": "A", "indicators": ["a"], "questions": ["1", "2", "3", "4"]}], "competencies.0.questions"),
        ([{"name": "A", "indicators": ["a", "a"], "questions": ["q"]}], "competencies.0.indicators"),
        ([{"name": "A", "indicators": ["a\x00"], "questions": ["q"]}], "competencies.0.indicators.0"),
        ([{"name": "A", "indicators": ["x" * 601], "questions": ["q"]}], "competencies.0.indicators.0"),
        (
            [
                {"name": "A", "indicators": ["a"], "questions": ["q"]},
                {"name": "a", "indicators": ["a"], "questions": ["q"]},
            ],
            "competencies",
        ),
        ([], "competencies"),
    ]
    for competencies, field in wrong:
        with pytest.raises(KitError) as raised:
            checked("en", competencies, [])
        assert raised.value.field == field
