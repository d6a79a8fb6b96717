"""HTML: visible text as markdown-like lines; scripts and styles dropped."""

from __future__ import annotations

import pytest

from jpo.errors import InputError
from jpo.vacancy.extract import extract_bytes

PAGE = """<!DOCTYPE html>
<html><head><title>Page title</title><style>p { color: red }</style>
<script>var secret = "do not show";</script></head>
<body>
<script>document.write("hidden")</script><noscript>Enable JS</noscript>
<h1>Junior   Professional Officer</h1>
<p><strong>Duties and Responsibilities</strong></p>
<p>Support the   team
   in Geneva.<br>Second line</p>
<ul><li>first bullet</li><li>second bullet<ul><li>nested bullet</li></ul></li></ul>
<ol><li>first numbered</li><li>second numbered</li></ol>
<table>
<tr><th>Duty Station</th><td>Geneva, Switzerland</td></tr>
<tr><td>Duration:</td><td><p>Two years</p><p>extendable</p></td></tr>
<tr><td>a</td><td>b</td><td>c</td></tr>
</table>
<div>Text with <b>inline bold</b> inside.</div>
<h3>Qualifications</h3>
<p></p><p></p><p>After empty paragraphs.</p>
</body></html>"""


@pytest.fixture(scope="module")
def lines() -> list[str]:
    result = extract_bytes(PAGE.encode(), "html")
    assert result.format == "html"
    assert result.pages == ((0, len(result.text)),)
    assert result.text.endswith("\n")
    return result.text.split("\n")


def test_scripts_styles_and_head_are_dropped(lines: list[str]) -> None:
    text = "\n".join(lines)
    for hidden in ("secret", "hidden", "color", "Page title", "Enable JS"):
        assert hidden not in text


def test_blocks_and_markers(lines: list[str]) -> None:
    assert lines[:5] == [
        "# Junior Professional Officer",
        "**Duties and Responsibilities**",
        "Support the team in Geneva.",
        "Second line",
        "- first bullet",
    ]
    index = lines.index("- second bullet")
    # a blank line ends a list, so the text after it is no part of its last item
    assert lines[index + 1 : index + 6] == [
        "  - nested bullet",
        "",
        "1. first numbered",
        "2. second numbered",
        "",
    ]


def test_table_rows(lines: list[str]) -> None:
    assert "Duty Station: Geneva, Switzerland" in lines
    index = lines.index("Duration:")
    assert lines[index + 1 : index + 3] == ["Two years", "extendable"]
    assert "a | b | c" in lines


def test_inline_bold_is_plain_and_blank_lines_collapse(lines: list[str]) -> None:
    assert "Text with inline bold inside." in lines
    assert "### Qualifications" in lines
    assert "" not in lines[lines.index("### Qualifications") : -1]
    assert "\n\n\n" not in "\n".join(lines)


def test_meta_charset_is_used() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Genève</p></body></html>'
    assert extract_bytes(page.encode("cp1252"), "html").text == "Genève\n"


def test_xml_declaration_is_accepted() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Genève</p></body></html>'
    assert extract_bytes(page.encode(), "html").text == "Genève\n"


def test_deep_nesting_is_flattened_not_recursed() -> None:
    page = "<div>" * 250 + "<b>deep</b> text" + "</div>" * 250 + "<p>after</p>"
    result = extract_bytes(page.encode(), "html")
    assert result.text == "deep text\nafter\n"


def test_nesting_past_the_parser_limit_is_refused() -> None:
    page = "<div>" * 5000 + "deep text" + "</div>" * 5000
    with pytest.raises(InputError, match="nested too deeply"):
        extract_bytes(page.encode(), "html")


def test_script_only_page_has_no_text() -> None:
    with pytest.raises(InputError, match="no text found"):
        extract_bytes(b"<html><script>alert(1)</script></html>", "html")


def test_binary_html_is_refused() -> None:
    with pytest.raises(InputError, match="not an HTML file"):
        extract_bytes(b"\x00\x01\x02<html>" * 20, "html")


@pytest.mark.parametrize("stray", ["\x0c", "\ufffe", "\uffff"])
def test_characters_xml_refuses_are_dropped(stray: str) -> None:
    # Found by the fuzz test: a form feed before <body> made lxml refuse the text when a dropped
    # <script>'s tail was merged into its parent.
    page = f"<html><head><script>x()</script></head>{stray}<body><h2>Duties</h2><p>one</p></body></html>"
    assert extract_bytes(page.encode(), "html").text == "## Duties\none\n"


def test_a_table_with_a_header_row_of_th_keeps_its_columns() -> None:
    page = (
        "<table><tr><th>Core values</th><th>Core competencies</th></tr>"
        "<tr><td>Integrity</td><td>Communication</td></tr><tr><td></td><td>Teamwork</td></tr></table>"
    )
    lines = extract_bytes(page.encode(), "html").text.splitlines()
    assert lines[:4] == [
        "| Core values | Core competencies |", "|---|---|", "| Integrity | Communication |", "|  | Teamwork |"
    ]  # fmt: skip


def test_a_label_and_a_value_in_two_spans_read_as_a_pair() -> None:
    page = '<ul><li><span class="lbl">Classe</span> <span class="val">P-2</span></li></ul>'
    assert extract_bytes(page.encode(), "html").text.splitlines()[0] == "- Classe: P-2"


def test_an_abbreviated_label_in_a_span_before_its_value() -> None:
    page = '<div class="row"><span class="k">Vacancy ref.</span><span class="v">WIPO/JPO/27/044</span></div>'
    assert extract_bytes(page.encode(), "html").text.splitlines()[0] == "Vacancy ref.: WIPO/JPO/27/044"


def test_a_word_web_pages_list_levels_indent_its_sub_items() -> None:
    item = (
        "<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level{level} lfo1'>"
        "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>{bullet}"
        "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
        "{text}<o:p></o:p></p>"
    )
    page = (
        '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body>'
        + item.format(level=1, bullet="\u00b7", text="Support the forum;")
        + item.format(level=2, bullet="o", text="including its bulletins;")
        + item.format(level=1, bullet="\u00b7", text="Draft reports – in English.")
        + "</body></html>"
    )
    text = extract_bytes(page.encode("cp1252"), "html").text
    assert text.splitlines() == [
        "· Support the forum;",
        "  o including its bulletins;",
        "· Draft reports – in English.",
    ]


def test_a_word_web_pages_bullet_span_is_no_label() -> None:
    page = (
        "<html><body><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>"
        "<span style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span>&nbsp;&nbsp; </span></span></span>"
        "<span lang=EN-GB>Integrity and ethical conduct</span></p>"
        "<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span><span style='mso-list:Ignore'>a)<span>&nbsp; </span></span></span>"
        "<span lang=EN-GB>gained a sound understanding of WMO</span></p></body></html>"
    )
    text = extract_bytes(page.encode("cp1252"), "html").text
    assert text.splitlines() == ["· Integrity and ethical conduct", "a) gained a sound understanding of WMO"]


def test_a_word_processors_comments_are_no_part_of_the_text() -> None:
    html = (
        b'<html><body><p>Posting no. <span>UNITAR/HIR/JPO/2027-09</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a>'
        b'</sup></p><p>Grade: P-2</p><div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Ji-hoon Lee: updated from '
        b"the 2026 series (UNITAR/HIR/JPO/2026-05).</span></p></div></body></html>"
    )
    text = extract_bytes(html, "html").text
    assert "UNITAR/HIR/JPO/2027-09[a]" not in text and "UNITAR/HIR/JPO/2027-09" in text
    assert "2026-05" not in text and "Grade: P-2" in text


_POSTING = (
    '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Administrateur auxiliaire (JPO) – Migration",'
    ' "validThrough": "2027-10-04T23:59:00+02:00", "description": "<p><strong>Fonctions</strong></p><ul>'
    "<li>Appuyer la coordination des activit\\u00e9s de protection des migrants</li><li>Contribuer \\u00e0 la"
    ' r\\u00e9daction des rapports trimestriels au donateur</li></ul><p>Date limite : 4 octobre 2027</p>"}'
)


def _page(body: str) -> bytes:
    return (
        f'<html><head><script type="application/ld+json">{_POSTING}</script></head><body>{body}</body></html>'
    ).encode()


def test_a_teaser_page_is_read_with_the_notice_its_json_ld_holds() -> None:
    text = extract_bytes(
        _page("<h1>Administrateur auxiliaire (JPO)</h1><p>OIM · Nouakchott</p><a>Voir plus</a>"), "html"
    ).text
    assert "# Administrateur auxiliaire (JPO) – Migration" in text
    assert "- Appuyer la coordination des activités de protection des migrants" in text


def test_a_page_that_shows_its_notice_gets_no_second_copy_from_its_json_ld() -> None:
    shown = (
        "<h1>Administrateur auxiliaire (JPO) – Migration</h1><ul><li>Appuyer la coordination des activités de"
        " protection des migrants</li><li>Contribuer à la rédaction des rapports trimestriels au donateur</li></ul>"
    )
    text = extract_bytes(_page(shown), "html").text
    assert text.count("Appuyer la coordination") == 1


def test_a_json_ld_description_the_reader_refuses_leaves_the_page_readable() -> None:
    deep = "<div>" * 400 + "Appuyer la coordination des activités de protection" + "</div>" * 400
    posting = '{"@type": "JobPosting", "title": "JPO", "description": "' + deep + '"}'
    page = f'<html><head><script type="application/ld+json">{posting}</script></head><body><h1>JPO</h1></body></html>'
    assert "# JPO" in extract_bytes(page.encode(), "html").text


def test_json_ld_nested_past_the_parsers_depth_is_ignored() -> None:
    script = "[" * 100_000 + "]" * 100_000
    page = f'<html><head><script type="application/ld+json">{script}</script></head><body><h1>JPO</h1></body></html>'
    assert "# JPO" in extract_bytes(page.encode(), "html").text


def test_a_page_laid_out_in_a_table_reads_column_after_column() -> None:
    page = (
        "<html><body><table><tr>"
        "<td><h1>Programme Analyst</h1><table><tr><td>Duty station</td><td>Pretoria, South Africa</td></tr></table>"
        "<h2>Duties</h2><ul><li>Draft reports.</li><li>Support workshops.</li></ul></td>"
        "<td><p>Other opportunities</p><p>JPO Climate Finance</p><p>Closing date: 3 May 2026</p></td>"
        "</tr></table></body></html>"
    )
    lines = extract_bytes(page.encode(), "html").text.splitlines()
    assert lines[:3] == ["# Programme Analyst", "Duty station: Pretoria, South Africa", "## Duties"]
    assert lines.index("Other opportunities") > lines.index("- Support workshops.")


def test_a_label_beside_its_value_stays_one_row() -> None:
    page = "<table><tr><td>Duty station</td><td><p>Pretoria,</p><p>South Africa</p></td></tr></table>"
    assert extract_bytes(page.encode(), "html").text.splitlines()[0] == "Duty station:"


def test_a_google_docs_export_keeps_its_list_levels_and_bold_classes() -> None:
    page = (
        "<html><head><style>.c2{color:#000;font-weight:700}.c1{font-weight:400}</style></head><body>"
        '<ul class="c0 lst-kix_ab12-0 start"><li class="c3"><span class="c1">Support the fund, in particular:</span></li></ul>'
        '<ul class="c0 lst-kix_ab12-1 start"><li class="c3"><span class="c1">organize dialogues;</span></li></ul>'
        '<ul class="c0 lst-kix_ab12-0"><li class="c3"><span class="c1">Draft reports.</span></li></ul>'
        '<p><span class="c1">After the list.</span></p>'
        '<table><tr><td><p><span class="c2">Competency</span></p></td><td><p><span class="c2">Looks like</span></p></td></tr>'
        '<tr><td><p><span class="c1">Teamwork</span></p></td><td><p><span class="c1">Works with others</span></p></td></tr>'
        '<tr><td><p><span class="c1">Communication</span></p></td><td><p><span class="c1">Writes clearly</span></p></td></tr>'
        "</table></body></html>"
    )
    lines = extract_bytes(page.encode(), "html").text.splitlines()
    assert lines[:5] == [
        "- Support the fund, in particular:",
        "  - organize dialogues;",
        "- Draft reports.",
        "",
        "After the list.",
    ]
    assert "| Competency | Looks like |" in lines


def test_an_icon_that_names_itself_is_read_as_its_words_and_a_hidden_one_is_not() -> None:
    page = (
        b"<html><body><dl>"
        b'<div><dt><svg role="img" aria-label="Pays"><use href="#i-pays"/></svg></dt><dd>Liban</dd></div>'
        b'<div><dt><svg aria-hidden="true"><use href="#i-org"/></svg> Organisation</dt><dd>ONU-Habitat</dd></div>'
        b'<div><dt><i role="img" aria-label="Ville" aria-hidden="true"></i>Lieu</dt><dd>Tripoli</dd></div>'
        b"</dl></body></html>"
    )
    text = extract_bytes(page, "html").text
    assert "Pays" in text and "Liban" in text
    assert "Ville" not in text  # hidden from readers: no words
