"""DOCX files checked for safety, opened with python-docx and rendered in document order."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import docx as python_docx
from docx.exceptions import PythonDocxError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.opc.part import Part
from docx.oxml.exceptions import XmlchemyError
from docx.oxml.parser import parse_xml
from lxml import etree

from jpo.errors import InputError
from jpo.vacancy.extract import layout, safety
from jpo.vacancy.extract.docx_styles import Numbering, Styles

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC, R = W + "p", W + "tbl", W + "tr", W + "tc", W + "r"
TXBX = W + "txbxContent"
_CONTAINERS = frozenset(
    {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag", W + "ins", W + "moveTo"}
)
_SKIP_IN_PARAGRAPH = frozenset({W + "pPr", W + "rPr", W + "del", W + "moveFrom", MC_FALLBACK})
_RUN_TEXT = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
MAX_TABLE_DEPTH = 40
OLE_MAGIC = b"\xd0\xcf\x11\xe0"

_OPEN_ERRORS: tuple[type[BaseException], ...] = (
    OpcError,
    PythonDocxError,
    XmlchemyError,
    KeyError,
    IndexError,
    etree.LxmlError,
    *safety.ZIP_ERRORS,
)


@dataclass(frozen=True, slots=True)
class _Package:
    body: etree._Element
    styles: etree._Element | None
    numbering: etree._Element | None
    notes: dict[tuple[str, str], str]  # (reference tag, id) -> the footnote's or endnote's text
    headers: list[etree._Element]
    footers: list[etree._Element]


@dataclass(frozen=True, slots=True)
class _Run:
    text: str
    element: etree._Element


def extract_docx(data: bytes, *, max_bytes: int) -> str:
    """The document body as markdown-like text, footnotes and endnotes read at their marks, its pages' header
    above it and footer below it, once (a Word template's reference and deadline may stand only there)."""
    if data.startswith(OLE_MAGIC):
        raise InputError("not a valid DOCX (an old binary .doc file: save it as .docx)")
    names = safety.check_zip(data, max_bytes=max_bytes, label="DOCX")
    safety.check_xml_members(data, max_bytes=max_bytes, label="DOCX")
    package = _open(data, has_main="word/document.xml" in names)
    _inline_notes(package.body, package.notes)
    renderer = _Renderer(Styles(package.styles), Numbering(package.numbering))
    try:
        heads = [line for part in package.headers for line in [*renderer.blocks(part, depth=0), ""]]
        feet = [line for part in package.footers for line in ["", *renderer.blocks(part, depth=0)]]
        return layout.finish([*heads, *renderer.blocks(package.body, depth=0), *feet])
    except RecursionError as err:
        raise InputError("DOCX rejected: content nested too deeply") from err


def _open(data: bytes, *, has_main: bool) -> _Package:
    try:
        part = python_docx.Document(io.BytesIO(data)).part
        root = part.element
        styles, numbering = _related(part, RT.STYLES), _related(part, RT.NUMBERING)
        notes = {**_notes(part, RT.FOOTNOTES, "footnote"), **_notes(part, RT.ENDNOTES, "endnote")}
        headers, footers = _margins(part, RT.HEADER), _margins(part, RT.FOOTER)
    except _OPEN_ERRORS as err:
        if not has_main:
            raise InputError("not a valid DOCX (no word/document.xml)") from err
        raise InputError(f"not a valid DOCX ({safety.reason(err)})") from err
    body = root.find(W + "body")
    if body is None:
        raise InputError("not a valid DOCX (word/document.xml has no body)")
    return _Package(body, styles, numbering, notes, headers, footers)


def _margins(part: Part, reltype: str) -> list[etree._Element]:
    """The document's headers or footers (`reltype`), each text once: a first page's, odd pages', even pages'
    often repeat it."""
    found: list[etree._Element] = []
    seen: set[str] = set()
    for rel in part.rels.values():
        element = (
            getattr(rel.target_part, "element", None)
            if rel.reltype == reltype and not rel.is_external
            else None
        )
        if not isinstance(element, etree._Element):
            continue
        text = " ".join(_plain_text(p) for p in element.iter(P)).strip()
        if text and text not in seen:
            seen.add(text)
            found.append(element)
    return found


# Word's own notes: the separator lines and the notice of a note continued on the next page
_NOTE_FURNITURE = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def _notes(part: Part, reltype: str, kind: str) -> dict[tuple[str, str], str]:
    """The text of each footnote or endnote (`kind`), by its reference's tag and id."""
    try:
        blob = part.part_related_by(reltype).blob
    except (KeyError, ValueError):
        return {}
    notes: dict[tuple[str, str], str] = {}
    for note in parse_xml(blob).iter(W + kind):
        if note.get(W + "type") in _NOTE_FURNITURE:
            continue
        text = layout.one_line(" ".join(_plain_text(p) for p in note.iter(P)))
        if text:
            notes[(W + kind + "Reference", note.get(W + "id", ""))] = text
    return notes


def _inline_notes(body: etree._Element, notes: dict[tuple[str, str], str]) -> None:
    """Each footnote or endnote read where its mark stands, in brackets, as a reader turns to it: "18:00⁵"
    with note 5 "Korea Standard Time" is "18:00 (note: Korea Standard Time)"."""
    if not notes:
        return
    marks = [e for e in body.iter(W + "footnoteReference", W + "endnoteReference")]
    for mark in marks:
        text = notes.get((str(mark.tag), mark.get(W + "id", "")))
        parent = mark.getparent()
        if parent is None:
            continue
        if text is None:
            parent.remove(mark)
            continue
        shown = etree.Element(W + "t")
        shown.text = layout.note_at_mark(text)
        parent.replace(mark, shown)


def _related(part: Part, reltype: str) -> etree._Element | None:
    try:
        related = part.part_related_by(reltype)
    except (KeyError, ValueError):
        return None
    element = getattr(related, "element", None)
    return element if isinstance(element, etree._Element) else None


def _children(parent: etree._Element, wanted: frozenset[str]) -> Iterator[etree._Element]:
    """Children of `parent` with a `wanted` tag, looking through content controls and the like."""
    stack = list(reversed(parent))
    while stack:
        element = stack.pop()
        if element.tag in wanted:
            yield element
        elif element.tag in _CONTAINERS:
            stack.extend(reversed(element))


class _Renderer:
    """Turns body elements into lines; keeps the list counters, so render each part once."""

    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering

    def blocks(self, parent: etree._Element, *, depth: int) -> list[str]:
        lines: list[str] = []
        for element in _children(parent, frozenset({P, TBL})):
            if element.tag == P:
                lines.extend(self.paragraph(element, depth=depth))
            else:
                lines.extend(self.table(element, depth=depth))
                lines.append("")
        return lines

    def paragraph(self, p: etree._Element, *, depth: int) -> list[str]:
        runs, boxes = _runs(p)
        text = "".join(run.text for run in runs).strip()
        lines = [self._format(p, text, runs)]
        for box in boxes:
            lines.extend(self.blocks(box, depth=depth + 1))
        return lines

    def _format(self, p: etree._Element, text: str, runs: list[_Run]) -> str:
        style = self.styles.paragraph_style(p)
        level = self.styles.heading_level(p, style)
        if level:
            return "#" * level + " " + text if text else ""
        item = self.styles.list_item(p, style)
        if item is not None:
            return self.numbering.render(item, text) if text else ""
        shown = [run for run in runs if run.text.strip()]
        if shown and all(self.styles.run_bold(run.element, style) for run in shown):
            return layout.bold_label(text)
        return text

    def table(self, tbl: etree._Element, *, depth: int) -> list[str]:
        rows = [
            [self.cell(tc, depth=depth) for tc in _children(tr, frozenset({TC}))]
            for tr in _children(tbl, frozenset({TR}))
        ]
        return layout.render_table(rows, header=bool(rows) and layout.is_bold_row(rows[0]))

    def cell(self, tc: etree._Element, *, depth: int) -> layout.Cell:
        plain = layout.one_line(" ".join(_plain_text(p) for p in tc.iter(P)))
        if depth >= MAX_TABLE_DEPTH:
            return layout.Cell(plain, (plain,) if plain else ())
        rendered = "\n".join(self.blocks(tc, depth=depth + 1)).split("\n")
        return layout.Cell(plain, tuple(line for line in rendered if line.strip()))


def _runs(p: etree._Element) -> tuple[list[_Run], list[etree._Element]]:
    """The runs of a paragraph in order, and the text boxes anchored in it."""
    runs: list[_Run] = []
    boxes: list[etree._Element] = []
    stack = list(reversed(p))
    while stack:
        element = stack.pop()
        if element.tag == TXBX:
            boxes.append(element)
            continue
        if element.tag in _SKIP_IN_PARAGRAPH:
            continue
        if element.tag == R:
            runs.append(_Run(_run_text(element), element))
        stack.extend(reversed(element))
    return runs, boxes


def _run_text(r: etree._Element) -> str:
    parts: list[str] = []
    for child in r:
        if child.tag == W + "t":
            parts.append(child.text or "")
        else:
            parts.append(_RUN_TEXT.get(str(child.tag), ""))
    return "".join(parts)


def _plain_text(p: etree._Element) -> str:
    runs, _ = _runs(p)
    return "".join(run.text for run in runs)
