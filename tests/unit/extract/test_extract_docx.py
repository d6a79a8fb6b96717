"""DOCX: rendering in document order, and refusal of unsafe or broken packages."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml import parse_xml

from jpo.errors import InputError
from jpo.vacancy.extract import extract_bytes
from jpo.vacancy.parse import parse_bytes
from tests.unit.extract.extract_samples import BODY, docx_bytes, drop_member, replace_member

W_DECL = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DTD_DOCUMENT = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.fixture(scope="module")
def lines() -> list[str]:
    result = extract_bytes(docx_bytes(), "docx")
    assert result.format == "docx"
    assert result.pages == ((0, len(result.text)),)
    assert result.text.endswith("\n")
    return result.text.split("\n")


def test_headings_become_hashes(lines: list[str]) -> None:
    assert lines[2] == "# Junior Professional Officer"  # under the page's header and a blank line
    assert "# Background" in lines
    assert "## Qualifications" in lines


def test_lists_get_markers_and_nesting(lines: list[str]) -> None:
    start = lines.index("- first bullet")
    assert lines[start : start + 5] == [
        "- first bullet",
        "  - nested bullet",
        "- second bullet",
        "1. first numbered",
        "2. second numbered",
    ]


def test_short_bold_paragraph_is_a_label(lines: list[str]) -> None:
    assert "**Duties and Responsibilities**" in lines


def test_soft_line_break_stays(lines: list[str]) -> None:
    index = lines.index("line one")
    assert lines[index + 1] == "line two"


def test_two_column_rows_become_label_value(lines: list[str]) -> None:
    assert "Duty Station: Geneva, Switzerland" in lines
    index = lines.index("Duration:")
    assert lines[index + 1 : index + 3] == ["Two years", "- extendable by one year"]
    assert "Merged heading row" in lines


def test_body_is_in_document_order(lines: list[str]) -> None:
    order = ["# Background", BODY, "- first bullet", "Duty Station: Geneva, Switzerland"]
    positions = [lines.index(line) for line in order]
    assert positions == sorted(positions)
    assert lines.index("## Qualifications") > lines.index("Merged heading row")


def test_the_pages_header_and_footer_are_read_once_above_and_below_the_body(lines: list[str]) -> None:
    assert lines[0] == "RUNNING HEADER" and lines[-2:] == ["RUNNING FOOTER", ""]
    assert lines.count("RUNNING HEADER") == 1 and lines.count("RUNNING FOOTER") == 1


def test_blank_line_after_a_table(lines: list[str]) -> None:
    index = lines.index("Merged heading row")
    assert lines[index + 1] == ""


def test_not_a_zip_is_refused() -> None:
    with pytest.raises(InputError, match=r"not a valid DOCX \(not a zip archive\)"):
        extract_bytes(b"PK this is not really a zip file", "docx")


def test_old_binary_doc_gets_a_hint() -> None:
    with pytest.raises(InputError, match=r"not a valid DOCX.*\.doc"):
        extract_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "docx")


def test_dtd_in_document_xml_is_refused() -> None:
    data = replace_member(docx_bytes(), "word/document.xml", DTD_DOCUMENT)
    with pytest.raises(InputError, match="DTD or external entities"):
        extract_bytes(data, "docx")


def test_external_entity_in_a_rels_member_is_refused() -> None:
    rels = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">&x;
</Relationships>"""
    data = replace_member(docx_bytes(), "_rels/.rels", rels)
    with pytest.raises(InputError, match="DTD or external entities"):
        extract_bytes(data, "docx")


def test_malformed_xml_is_refused() -> None:
    data = replace_member(docx_bytes(), "word/document.xml", b"<w:document><w:body>")
    with pytest.raises(InputError, match=r"malformed XML in word/document\.xml"):
        extract_bytes(data, "docx")


def test_missing_document_xml_is_refused() -> None:
    data = drop_member(docx_bytes(), "word/document.xml")
    with pytest.raises(InputError, match=r"not a valid DOCX \(no word/document.xml\)"):
        extract_bytes(data, "docx")


def test_highly_compressed_member_is_a_zip_bomb() -> None:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx_bytes())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for info in source.infolist():
            archive.writestr(info, source.read(info))
        with archive.open("word/media/zeros.bin", "w") as member:
            chunk = bytes(1024 * 1024)
            for _ in range(50):  # 50 MB of zeros, about 50 KB compressed
                member.write(chunk)
    data = out.getvalue()
    assert len(data) < 200_000
    with pytest.raises(InputError, match=r"zip bomb suspected.*zeros\.bin"):
        extract_bytes(data, "docx")


def test_total_uncompressed_size_is_bounded() -> None:
    data = docx_bytes()  # about 0.8 MB uncompressed, 37 KB compressed
    with pytest.raises(InputError, match=r"zip bomb suspected.*uncompressed"):
        extract_bytes(data, "docx", max_bytes=len(data) + 10)


def test_too_many_members_is_a_zip_bomb() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for index in range(2001):
            archive.writestr(f"m{index}.txt", b"")
    with pytest.raises(InputError, match=r"zip bomb suspected.*2001 members"):
        extract_bytes(out.getvalue(), "docx")


def test_a_zip_that_is_not_a_word_document_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", b"hello")
    with pytest.raises(InputError, match="not a valid DOCX"):
        extract_bytes(out.getvalue(), "docx")


def _numbered_docx(items: list[tuple[int, str]], *, fmts: tuple[str, ...]) -> bytes:
    """A DOCX whose paragraphs use one custom multi-level numbering (numId 90)."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/></w:lvl>'
        for level, fmt in enumerate(fmts)
    )
    abstract = f'<w:abstractNum {W_DECL} w:abstractNumId="90">{levels}</w:abstractNum>'
    numbering.insert(0, parse_xml(abstract))
    num = f'<w:num {W_DECL} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
    numbering.append(parse_xml(num))
    for level, text in items:
        num_pr = f'<w:numPr {W_DECL}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        document.add_paragraph(text)._p.get_or_add_pPr().append(parse_xml(num_pr))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_numbering_part_formats_and_levels() -> None:
    items = [(0, "one"), (1, "one a"), (1, "one b"), (2, "deep"), (0, "two"), (1, "two a")]
    data = _numbered_docx(items, fmts=("decimal", "lowerLetter", "lowerRoman"))
    assert extract_bytes(data, "docx").text == (
        "1. one\n  a. one a\n  b. one b\n    i. deep\n2. two\n  a. two a\n"
    )


def test_bullet_and_upper_formats_from_the_numbering_part() -> None:
    items = [(0, "A item"), (1, "bullet"), (0, "B item")]
    data = _numbered_docx(items, fmts=("upperLetter", "bullet"))
    assert extract_bytes(data, "docx").text == "A. A item\n  - bullet\nB. B item\n"


def _table_docx(rows: list[tuple[str, str]], *, bold_header: bool) -> bytes:
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for index, (left, right) in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, (left, right), strict=True):
            run = cell.paragraphs[0].add_run(text)
            run.bold = bold_header and index == 0
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_table_under_a_bold_header_row_keeps_its_columns() -> None:
    data = _table_docx(
        [("Core Values", "Core Competencies"), ("Integrity", "Accountability"), ("", "Leading by Example")],
        bold_header=True,
    )
    lines = extract_bytes(data, "docx").text.splitlines()
    assert lines[:4] == [
        "| Core Values | Core Competencies |", "|---|---|", "| Integrity | Accountability |",
        "|  | Leading by Example |",
    ]  # fmt: skip


def test_a_table_without_a_header_row_stays_label_and_value() -> None:
    data = _table_docx(
        [("Grade", "P-2"), ("Duty station", "Nairobi"), ("Duration", "Two years")], bold_header=False
    )
    assert extract_bytes(data, "docx").text.splitlines()[:3] == [
        "Grade: P-2", "Duty station: Nairobi", "Duration: Two years"
    ]  # fmt: skip


_NOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_NOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _footnoted_docx(body: list[tuple[str, str | None]], notes: dict[str, str]) -> bytes:
    """A DOCX whose paragraphs (text, footnote id or None) mark real Word footnotes (word/footnotes.xml)."""
    document = docx.Document()
    for text, note in body:
        paragraph = document.add_paragraph(text)
        if note is not None:
            mark = f'<w:r {W_DECL}><w:footnoteReference w:id="{note}"/></w:r>'
            paragraph._p.append(parse_xml(mark))
    out = io.BytesIO()
    document.save(out)
    entries = "".join(
        f'<w:footnote w:id="{key}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t>'
        "</w:r></w:p></w:footnote>"
        for key, text in notes.items()
    )
    part = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_DECL}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f"{entries}</w:footnotes>"
    )
    data = replace_member(out.getvalue(), "word/footnotes.xml", part.encode())
    rels = zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/document.xml.rels").decode()
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdNotes" Type="{_NOTES_REL}" Target="footnotes.xml"/></Relationships>',
    )
    data = replace_member(data, "word/_rels/document.xml.rels", rels.encode())
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").decode()
    types = types.replace(
        "</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{_NOTES_TYPE}"/></Types>'
    )
    return replace_member(data, "[Content_Types].xml", types.encode())


def test_footnotes_are_read_at_their_marks() -> None:
    data = _footnoted_docx(
        [
            ("Applications must be received by 10 April 2027, 18:00.", "1"),
            ("Open to Korean nationals.", None),
        ],
        {"1": "Korea Standard Time (KST, UTC+9)."},
    )
    text = extract_bytes(data, "docx").text
    assert text.splitlines()[0] == (
        "Applications must be received by 10 April 2027, 18:00. (note: Korea Standard Time (KST, UTC+9).)"
    )
    assert "separator" not in text and text.count("Korea Standard Time") == 1


def test_a_footnotes_rule_counts_for_the_vacancy() -> None:
    data = _footnoted_docx(
        [("Programme Analyst", None), ("Eligibility: candidates must meet the programme's rules.", "2")],
        {"2": "Applicants must be 32 years of age or younger as of 31 December 2027."},
    )
    v = parse_bytes(data, "docx")
    assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (32, "2027-12-31")


def test_a_mark_without_its_note_is_dropped() -> None:
    data = _footnoted_docx([("Duty station: Bangkok", "7")], {"1": "unused"})
    assert extract_bytes(data, "docx").text == "Duty station: Bangkok\n"


def test_a_template_whose_reference_and_deadline_stand_in_header_and_footer() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Réf. PAM/NER/JPO/2027/04"
    document.sections[0].footer.paragraphs[
        0
    ].text = "Date limite de candidature : 2 novembre 2027 à 17h00 (heure de Bruxelles)"
    document.add_paragraph("Lieu d'affectation : Niamey, Niger")
    out = io.BytesIO()
    document.save(out)
    v = parse_bytes(out.getvalue(), "docx")
    assert v.reference == "PAM/NER/JPO/2027/04"
    assert v.closing is not None and v.closing.utc == "2027-11-02T16:00:00Z"


def test_a_notice_set_twice_side_by_side_in_two_languages_is_read_once() -> None:
    data = _table_docx(
        [
            ("Duty station: Abidjan, Côte d'Ivoire", "Lieu d'affectation : Abidjan, Côte d'Ivoire"),
            ("Grade: P-2, depending on the qualifications", "Classe : P-2, selon les qualifications"),
            (
                "The JPO will support the design of the projects and the reports to the donors of the fund.",
                "Le/la JPO appuiera la conception des projets et les rapports aux donateurs du fonds.",
            ),
            (
                "The office is in the city and the JPO will travel to the field.",
                "Le bureau est dans la ville.",
            ),
        ],
        bold_header=False,
    )
    lines = extract_bytes(data, "docx").text.splitlines()
    assert lines[:2] == [
        "Duty station: Abidjan, Côte d'Ivoire",
        "Grade: P-2, depending on the qualifications",
    ]
    assert not any("Lieu d'affectation" in line for line in lines)


def test_a_table_in_one_language_keeps_its_two_columns() -> None:
    data = _table_docx(
        [
            ("Grade", "P-2"),
            ("Duty station", "Nairobi, the capital of the country"),
            ("Duration", "Two years"),
        ],
        bold_header=False,
    )
    assert (
        extract_bytes(data, "docx").text.splitlines()[1]
        == "Duty station: Nairobi, the capital of the country"
    )


def test_a_forms_check_boxes_keep_only_the_ticked_options() -> None:
    data = _table_docx(
        [
            ("Grade", "☐ P-1    ☒ P-2"),
            ("Duration of assignment", "☐ 12 months    ☒ 24 months"),
            ("Minimum education level", "☐ Bachelor's degree    ☒ Master's degree    ☐ Doctorate"),
        ],
        bold_header=False,
    )
    assert extract_bytes(data, "docx").text.splitlines()[:3] == [
        "Grade: P-2",
        "Duration of assignment: 24 months",
        "Minimum education level: Master's degree",
    ]
    ticked = _table_docx(
        [("☒ Communication", "☒ Teamwork"), ("☐ Leadership", "☒ Planning and organising")], bold_header=False
    )
    assert extract_bytes(ticked, "docx").text.splitlines()[:3] == [
        "- Communication",
        "- Teamwork",
        "- Planning and organising",
    ]


def test_a_forms_english_labels_over_its_french_answers_keep_both_columns() -> None:
    data = _table_docx(
        [
            (
                "Duties of the post and the tasks",
                "Le/la JPO appuiera la conception des projets et la rédaction des rapports pour les donateurs du "
                "fonds, ainsi que le suivi des activités sur le terrain avec les partenaires.",
            ),
            (
                "What the JPO will learn on the job",
                "Le/la JPO se formera à la gestion des projets et aux procédures de l'organisation, avec un plan "
                "de formation agréé avec le superviseur dans le premier mois.",
            ),
            (
                "Profile of the candidate for the post",
                "Un master dans le domaine et une première expérience sur le terrain, de préférence dans la région.",
            ),
        ],
        bold_header=False,
    )
    first = extract_bytes(data, "docx").text.splitlines()[0]
    assert first.startswith("Duties of the post and the tasks: Le/la JPO appuiera")
