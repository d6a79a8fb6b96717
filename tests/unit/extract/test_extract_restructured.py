"""A notice written in reStructuredText is read as the Markdown the rest of the reader knows."""

from __future__ import annotations

from jpo.vacancy.extract import extract_bytes
from jpo.vacancy.extract.restructured import from_restructured, is_restructured
from jpo.vacancy.parse import parse_bytes

NOTICE = """\
.. header:: Vacancy notices 2026

.. |JEA| replace:: Jeune expert associé

.. _jpo-2026-07:

=====================================================
Junior Professional Officer in Trade and Gender
=====================================================

:Posting no.: ITC/JPO/2026/KR-07
:Organization: International Trade Centre (ITC), the joint agency of the World
               Trade Organization and the United Nations
:Duty station: Geneva, Switzerland
:Grade: P-2
:Deadline: 11 May 2026, 18:00 Korea Standard Time (KST)

.. contents:: On this page
   :local:
   :depth: 1

Duties
------

The |JEA| will:

#. Collect and analyse trade data (``https://example.org/data``).
#. Draft country profiles.

Languages
~~~~~~~~~

Fluency in English is required.

.. important:: Conditions of the programme

   * Korean nationality;
   * at most 32 years of age on 31 December 2026.

.. note::

   Applicants may apply for a maximum of two positions per year.
"""


def test_a_restructured_notice_is_markdown_with_its_fields_titles_and_numbers() -> None:
    lines = from_restructured(NOTICE).split("\n")
    assert "# Junior Professional Officer in Trade and Gender" in lines
    assert "## Duties" in lines and "### Languages" in lines
    assert "Posting no.: ITC/JPO/2026/KR-07" in lines
    assert "1. Collect and analyse trade data (https://example.org/data)." in lines
    assert "2. Draft country profiles." in lines
    assert "The Jeune expert associé will:" in lines
    assert "#### Conditions of the programme" in lines and "* Korean nationality;" in lines
    assert "#### Note" in lines and "Applicants may apply for a maximum of two positions per year." in lines
    text = "\n".join(lines)
    for gone in ("header::", "contents::", ":local:", "replace::", "_jpo-2026-07", "===="):
        assert gone not in text


def test_other_texts_are_left_as_they_are() -> None:
    markdown = "# Title\n\n- Grade: P-2\n\n1. First duty\n2. Second duty\n"
    assert not is_restructured(markdown)
    assert from_restructured(markdown) == markdown
    # one sign alone (a numbered list in "#.") does not make a text reStructuredText
    assert not is_restructured("Duties\n\n#. one\n#. two\n")


def test_a_restructured_notice_parses_into_its_fields() -> None:
    v = parse_bytes(NOTICE.encode(), "txt")
    assert v.title == "Junior Professional Officer in Trade and Gender"
    assert v.reference == "ITC/JPO/2026/KR-07"
    assert v.duty_station.city == "Geneva" and v.duty_station.country == "CH"
    assert v.grades == ["P2"]
    assert len(v.duties) == 2
    assert v.eligibility.max_applications_per_year == 2
    assert extract_bytes(NOTICE.encode(), "txt").text.count("Conditions of the programme") == 1
