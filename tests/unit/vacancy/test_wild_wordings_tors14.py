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
