"""Wordings met in the `tors14` batch (written by a helper who never read the parser, read as design
material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_word_hyphenated_at_the_lines_end_is_read_whole() -> None:
    v = parse_text(
        """
        Conditions du programme
        - justifier d'un niveau C1 en anglais, attesté par un TOEIC (score mini-
          mal 900) ou un IELTS Academic (7,0).
        """
    )
    assert [(t.test, t.min_score) for t in v.eligibility.language_tests] == [("TOEIC", 900), ("IELTS", 7.0)]


def test_an_ocr_misread_etre_still_refuses_dual_nationals() -> None:
    v = parse_text(
        "Conditions : être de nationalité française. Les personnes possédant également la nationalité "
        "malienne ne peuvent pas étre affectées a ce poste.\n"
    )
    assert v.eligibility.nationalities == ["FR"]


def test_a_table_row_of_two_labels_and_their_values() -> None:
    v = parse_text(
        """
        | Requisition ID | 2026/0977 | Grade | P-2 |
        |---|---|---|---|
        | Duty Station | Bonn, Germany | Duration | 24 months |
        """
    )
    assert v.reference == "2026/0977"
    assert (v.duty_station.city, v.duty_station.country) == ("Bonn", "DE")


def test_qualifications_experience_and_language_skills_is_the_qualifications() -> None:
    v = parse_text(
        """
        ## Qualifications, Experience and Language Skills
        - Master's Degree – Advanced university degree in medical physics.

        ## General Conditions of the JPO Programme
        - hold a Master's degree and two years of experience, or a Bachelor's degree and four years of experience.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is None


def test_not_previously_have_held_a_jpo_position() -> None:
    v = parse_text(
        "To be considered you must not previously have held a JPO position, financed by any donor.\n"
    )
    assert v.eligibility.excludes_former_jpo is True
