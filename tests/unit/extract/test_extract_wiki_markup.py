"""A page in Confluence's or Jira's wiki markup is read as Markdown."""

from __future__ import annotations

from jpo.vacancy.extract import extract_bytes
from jpo.vacancy.extract.wiki_markup import from_wiki_markup
from tests.support.tor import parse_text

PAGE = """{panel:title=Page information}
Space: *Applicants' circle* > Open posts
{panel}

h1. Associate Programme Officer (Climate Finance)

||Item||Details||
|Duty station|Dhaka, Bangladesh|
|Grade|P-2|

h2. Learning elements

# Run a forecast-based financing system;
# Understand the budget cycle;
## including its audit;
# Build a network in South Asia.

{warning:title=Documents - all in English}
* Application form ([download|https://example.org/form])
* Score report of the English test
{warning}

{panel:title=Deadline|borderColor=#DE350B}
*Monday, 15 March 2027, 18:00 (KST)*. {color:#6B778C}Late applications are not considered.{color}
{panel}
"""


def test_wiki_markup_becomes_markdown() -> None:
    text = from_wiki_markup(PAGE)
    assert "# Associate Programme Officer (Climate Finance)" in text
    assert "| Item | Details |\n|---|---|" in text
    assert "1. Run a forecast-based financing system;\n2. Understand the budget cycle;" in text
    assert "   1. including its audit;\n3. Build a network in South Asia." in text
    assert "#### Documents - all in English\n- Application form (download)" in text
    assert "**Monday, 15 March 2027, 18:00 (KST)**. Late applications are not considered." in text
    assert "{" not in text


def test_plain_text_with_a_brace_or_a_heading_like_line_is_left_alone() -> None:
    text = "h1. is a size\nThe template uses {name} for the name.\n* a bullet\n"
    assert from_wiki_markup(text) == text


def test_a_wiki_page_is_parsed_through_its_markup() -> None:
    result = extract_bytes(PAGE.encode(), "txt")
    v = parse_text(result.text)
    assert v.title == "Associate Programme Officer (Climate Finance)"
    assert (len(v.learning_elements), len(v.required_documents)) == (3, 2)
    assert v.closing is not None and v.closing.timezone == "Asia/Seoul"


def test_wiki_italics_are_plain_words() -> None:
    text = from_wiki_markup("h1. Post\n||a||b||\n* a Master's, _or_ a Bachelor's with four years\n")
    assert "* " not in text and "- a Master's, or a Bachelor's with four years" in text
