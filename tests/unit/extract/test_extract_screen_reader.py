"""A careers page as a screen reader speaks it, read as the page's text."""

from __future__ import annotations

from jpo.vacancy.extract.screen_reader import from_screen_reader
from jpo.vacancy.parse import parse_bytes

TRANSCRIPT = """Junior Professional Officer (JPO), Learning Design | UNSSC Careers | Text-only version
link: Skip to main content
graphic: UN emblem
navigation landmark, Main menu
list of 2 items
link: About UNSSC
link: Careers
list end
navigation landmark end
main landmark

[Heading level 1] Junior Professional Officer (JPO), Learning Design and Evaluation
link: Apply now

[Heading level 2] Vacancy at a glance
table with 2 columns and 3 rows
row 1: Vacancy reference | UNSSC/KCSD/JPO/2027-04
row 2: Grade | P-2
row 3: Place of assignment | Bonn, Germany
table end

[Heading level 2] What you will do
list of 2 items
bullet Design and update online courses on the 2030 Agenda.
bullet Develop evaluation plans for the Centre's flagship courses.
list end
"""


def test_a_transcript_reads_as_headings_items_and_rows() -> None:
    lines = from_screen_reader(TRANSCRIPT).splitlines()
    assert "# Junior Professional Officer (JPO), Learning Design and Evaluation" in lines
    assert "Grade: P-2" in lines and "- Design and update online courses on the 2030 Agenda." in lines
    assert not any(
        line.startswith(("link:", "graphic:", "list of", "table with", "row 1:")) for line in lines
    )


def test_a_transcript_parses_to_its_facts() -> None:
    v = parse_bytes(TRANSCRIPT.encode(), "txt")
    assert v.title == "Junior Professional Officer (JPO), Learning Design and Evaluation"
    assert v.reference == "UNSSC/KCSD/JPO/2027-04" and v.grades == ["P2"]
    assert (v.duty_station.city, v.duty_station.country) == ("Bonn", "DE")
    assert len(v.duties) == 2


def test_a_text_that_mentions_a_heading_level_is_left_as_it_is() -> None:
    text = "Use [Heading level 2] for sections.\nlink: https://example.org\n"
    assert from_screen_reader(text) == text


def test_a_page_break_in_a_transcript_stays() -> None:
    text = TRANSCRIPT.replace("[Heading level 2] What you will do", "\f[Heading level 2] What you will do")
    read = from_screen_reader(text)
    assert read.index("Grade: P-2") < read.index("\f") < read.index("## What you will do")
