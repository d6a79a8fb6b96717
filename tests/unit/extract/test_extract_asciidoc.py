"""A notice written in AsciiDoc is read as the Markdown the rest of the reader knows."""

from __future__ import annotations

from jpo.vacancy.extract.asciidoc import from_asciidoc, is_asciidoc
from jpo.vacancy.parse import parse_bytes

NOTICE = """\
= Junior Professional Officer – Programme Policy (Cash-Based Transfers)
WFP Careers Content Team <careers@example.org>
v3, 2027-04-12: republished
:doctype: article
:lang: en
:toc: macro
:job-opening-id: 884216
:grade: P-2
:city: Tripoli
:country: Lebanon
:closing-date: 9 May 2027
:closing-time: 23:59 Amsterdam time (CEST)
:unit: Programme Unit, Tripoli Area Office

toc::[]

NOTE: Quote Job Opening ID {job-opening-id} in every message -- thank you.

== The position at a glance

Job Opening ID:: {job-opening-id}
City:: {city}
Country:: {country}
Grade:: {grade}
Closing date:: {closing-date}, {closing-time}

== What will you do?

. Support the monthly cycle of cash transfers.
. Monitor retailer performance.

[cols="1,3",options="header"]
|===
|Requirement |Detail

|Languages
|Fluency in English is required.
|===

[IMPORTANT]
====
* You hold Dutch nationality.
====

// an editor's note, never shown
"""


def test_an_asciidoc_notice_is_markdown_with_its_attributes_lists_and_tables() -> None:
    text = from_asciidoc(NOTICE)
    lines = text.split("\n")
    assert lines[0] == "# Junior Professional Officer – Programme Policy (Cash-Based Transfers)"
    assert "unit: Programme Unit, Tripoli Area Office" in lines  # an attribute the text never uses
    assert (
        "Job Opening ID: 884216" in lines and "Closing date: 9 May 2027, 23:59 Amsterdam time (CEST)" in lines
    )
    assert (
        "1. Support the monthly cycle of cash transfers." in lines
        and "2. Monitor retailer performance." in lines
    )
    assert "| Requirement | Detail |" in lines and "| Languages | Fluency in English is required. |" in lines
    assert "Quote Job Opening ID 884216 in every message – thank you." in lines
    assert "* You hold Dutch nationality." in lines
    for gone in (
        "toc::",
        "[IMPORTANT]",
        "====",
        "|===",
        "editor's note",
        ":grade:",
        "Careers Content Team",
        "v3,",
    ):
        assert gone not in text


def test_other_texts_are_left_as_they_are() -> None:
    markdown = "# Title\n\nGrade: P-2\n\n## Duties\n\n1. One\n"
    assert not is_asciidoc(markdown)
    assert from_asciidoc(markdown) == markdown


def test_an_asciidoc_notice_parses_into_its_fields() -> None:
    v = parse_bytes(NOTICE.encode(), "txt")
    assert v.title == "Junior Professional Officer – Programme Policy (Cash-Based Transfers)"
    assert v.reference == "884216"
    assert (v.duty_station.city, v.duty_station.country) == ("Tripoli", "LB")
    assert v.grades == ["P2"]
    assert v.closing is not None and v.closing.utc == "2027-05-09T21:59:00Z"
    assert len(v.duties) == 2
    assert v.languages.required == [["en"]]
