"""Tracked changes left in a text export are read as accepted: deletions and margin notes out, insertions in."""

from __future__ import annotations

import pytest

from jpo.vacancy.extract import extract_bytes
from jpo.vacancy.extract.revisions import accept_changes


@pytest.mark.parametrize(
    ("marked", "accepted"),
    [
        ("Level: P-[-2-]{TN}[+1+]{TN}", "Level: P-1"),
        ("Duration: [-two years-] {+one year+}", "Duration:  one year"),
        ("Grade: P-{--2--}{++1++}", "Grade: P-1"),
        ("Closing: {~~30 April~>7 May~~} 2027", "Closing: 7 May 2027"),
        ("File no. IA-27 [[Comment AB1 Ann Bell: internal only.]]", "File no. IA-27"),
        ("Closing: {>>moved by a week<<}7 May 2027", "Closing: 7 May 2027"),
        ("Cierre: ~~19/04/2026~~ **03/05/2026**", "Cierre:  **03/05/2026**"),
        ("Plain line with a range 2-3 and ~tilde~", "Plain line with a range 2-3 and ~tilde~"),
    ],
)
def test_changes_are_accepted(marked: str, accepted: str) -> None:
    assert accept_changes(marked) == accepted


def test_a_line_the_deletion_empties_goes_and_blank_lines_stay() -> None:
    marked = "Documents\n1. CV;\n[-2. Three references;-]{AB}\n2. Cover letter.\n\nEnd\n"
    assert accept_changes(marked) == "Documents\n1. CV;\n2. Cover letter.\n\nEnd\n"


def test_text_and_markdown_files_are_read_as_accepted_with_their_pages() -> None:
    result = extract_bytes(b"Title: [-Old-]{AB}[+New+]{AB} post\n\fPage two\n", "md")
    assert result.text == "Title: New post\n\nPage two\n"
    assert [result.text[a:b] for a, b in result.pages] == ["Title: New post\n\n", "Page two\n"]


def test_struck_and_deleted_html_text_is_not_read() -> None:
    page = b"<p>Closing: <del>19/04/2026</del> <s>20/04/2026</s> <strike>x</strike>03/05/2026 (Lima)</p>"
    assert extract_bytes(page, "html").text.split() == ["Closing:", "03/05/2026", "(Lima)"]
