"""Property tests: for any bytes, extract_bytes returns Extracted or raises InputError."""

from __future__ import annotations

import functools
import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpo.errors import InputError
from jpo.vacancy.extract import Extracted, extract_bytes
from tests.unit.extract.extract_samples import docx_bytes, pdf_bytes, replace_member

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMATS = ("txt", "md", "pdf", "docx", "html")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SAMPLE_TEXT = "Title: JPO\r\nDuty Station: Genève\fPage two – “quoted”\n".encode()
SAMPLE_HTML = (
    b"<html><head><meta charset='utf-8'><script>x()</script></head><body><h2>Duties</h2>"
    b"<ul><li>one<ol start='2'><li>two</li></ol></li></ul><table><tr><td>Duty Station</td>"
    b"<td>Gen\xc3\xa8ve</td></tr></table><p><b>Label</b></p></body></html>"
)


@functools.cache
def _pdf() -> bytes:
    return pdf_bytes(2)


@functools.cache
def _docx() -> bytes:
    return docx_bytes()


@functools.cache
def _document_xml() -> bytes:
    with zipfile.ZipFile(io.BytesIO(_docx())) as archive:
        return archive.read("word/document.xml")


def _valid(format_: str) -> bytes:
    samples = {"txt": SAMPLE_TEXT, "md": SAMPLE_TEXT, "html": SAMPLE_HTML}
    if format_ == "pdf":
        return _pdf()
    if format_ == "docx":
        return _docx()
    return samples[format_]


def _check(data: bytes, format_: str) -> None:
    try:
        result = extract_bytes(data, format_)
    except InputError as err:
        assert str(err)
        assert "\n" not in str(err)
        return
    assert isinstance(result, Extracted)
    assert result.format == format_
    assert result.text.endswith("\n")
    assert "\r" not in result.text
    assert result.pages[0][0] == 0
    assert result.pages[-1][1] == len(result.text)
    assert all(a[1] == b[0] for a, b in zip(result.pages, result.pages[1:], strict=False))


@st.composite
def _mutated(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "truncate", "delete", "insert"]))
        if action == "flip":
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif action == "truncate":
            del data[position:]
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        else:
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data)


@FUZZ
@given(format_=st.sampled_from(FORMATS), data=st.binary(max_size=4096))
def test_random_bytes(format_: str, data: bytes) -> None:
    _check(data, format_)


@FUZZ
@given(data=st.data())
def test_mutated_pdf(data: st.DataObject) -> None:
    _check(data.draw(_mutated(_pdf())), "pdf")


@FUZZ
@given(data=st.data())
def test_mutated_docx_zip(data: st.DataObject) -> None:
    _check(data.draw(_mutated(_docx())), "docx")


@FUZZ
@given(data=st.data())
def test_mutated_document_xml(data: st.DataObject) -> None:
    xml = data.draw(_mutated(_document_xml()))
    _check(replace_member(_docx(), "word/document.xml", xml), "docx")


@FUZZ
@given(format_=st.sampled_from(["txt", "md", "html"]), data=st.data())
def test_mutated_text_and_html(format_: str, data: st.DataObject) -> None:
    _check(data.draw(_mutated(_valid(format_))), format_)


# Structured DOCX bodies: odd but well-formed WordprocessingML for the renderer.
_VALUES = st.sampled_from(["0", "1", "2", "8", "9", "-1", "abc", "", "99999999999", "true", "off"])
_STYLES = st.sampled_from(["Heading1", "Title", "ListBullet", "ListNumber2", "Nope", "Normal"])


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    ppr = ""
    if draw(st.booleans()):
        num = f'<w:numPr><w:ilvl w:val="{draw(_VALUES)}"/><w:numId w:val="{draw(_VALUES)}"/>'
        ppr = f'<w:pPr><w:pStyle w:val="{draw(_STYLES)}"/><w:outlineLvl w:val="{draw(_VALUES)}"/>'
        ppr += num + "</w:numPr></w:pPr>"
    runs = "".join(
        f'<w:r><w:rPr><w:b w:val="{draw(_VALUES)}"/></w:rPr><w:t>{text}</w:t><w:br/></w:r>'
        for text in draw(st.lists(st.sampled_from(["a", "b c", " ", "Genève"]), max_size=3))
    )
    return f"<w:p>{ppr}{runs}</w:p>"


def _table(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    cells = st.lists(children, max_size=3).map(lambda c: "<w:tc>" + "".join(c) + "</w:tc>")
    rows = st.lists(cells, max_size=3).map(lambda r: "<w:tr>" + "".join(r) + "</w:tr>")
    sdt = children.map(lambda c: f"<w:sdt><w:sdtContent>{c}</w:sdtContent></w:sdt>")
    return st.one_of(st.lists(rows, max_size=3).map(lambda t: "<w:tbl>" + "".join(t) + "</w:tbl>"), sdt)


_BLOCKS = st.recursive(_paragraph(), _table, max_leaves=12)


@FUZZ
@given(blocks=st.lists(_BLOCKS, max_size=6))
def test_structured_docx_bodies(blocks: list[str]) -> None:
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(blocks)}</w:body></w:document>'
    _check(replace_member(_docx(), "word/document.xml", xml.encode()), "docx")
