"""A notice written in AsciiDoc (a team that builds its site with Asciidoctor) rewritten as the Markdown the
rest of the reader knows: ``=`` titles as ``#`` headings, attribute entries (``:grade: P-2``) put where the
text uses them (``{grade}``, and as ``grade: P-2`` rows when it never does), labelled lists (``Grade:: P-2``)
as rows, ``|===`` tables as pipe tables, ``. step`` items numbered, admonitions' and delimited blocks' own
lines left out with their content kept, comments and block macros dropped.

The notation is described at https://docs.asciidoctor.org/asciidoc/latest/; only its layout is read here.
"""

from __future__ import annotations

import re

from jpo.vacancy.extract.numbering import ListNumbers

__all__ = ["from_asciidoc"]

_TITLE = re.compile(r"^(?P<marks>={1,6})\s+(?P<title>\S.*)$")
_ATTRIBUTE = re.compile(r"^:(?P<name>!?[\w][\w-]*!?):(?:\s+(?P<value>.*))?$")
_REFERENCE = re.compile(r"\{(?P<name>[\w][\w-]*)\}")
_LABELLED = re.compile(r"^(?P<term>\S[^:]*?)(?P<marks>:{2,4}|;;)(?:\s+(?P<text>.*))?$")
_DELIMITER = re.compile(r"^(?:={4,}|-{4,}|\.{4,}|\*{4,}|_{4,}|\+{4,}|--)\s*$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]]*\]\s*$")  # "[IMPORTANT]", '[cols="1,3",options="header"]'
_BLOCK_TITLE = re.compile(r"^\.(?P<title>[^\s.].*)$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")
_ORDERED = re.compile(r"^(?P<dots>\.{1,5})\s+(?P<text>\S.*)$")
_BLOCK_MACRO = re.compile(r"^(?:toc|image|include|video|audio)::\S*\[.*\]\s*$")
_TABLE = re.compile(r"^\|===\s*$")
_COLUMNS = re.compile(r"cols\s*=\s*\"?(?P<spec>[^\",\]]+(?:,[^\",\]]+)*)\"?")
_INLINE = (
    (re.compile(r"<<[^,>]+,\s*([^>]+)>>"), r"\1"),  # a cross-reference with its text
    (re.compile(r"<<([^>]+)>>"), r"\1"),  # a cross-reference by its id
    # link:url[text]
    (re.compile(r"\b(?:link:|mailto:)?((?:https?://|mailto:)?[^\s\[]+)\[([^\]]*)\]"), r"\2 (\1)"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])"), r"\1"),  # _italic_
    (re.compile(r"(?<![\w`])`([^`\n]+)`(?![\w`])"), r"\1"),  # `literal`
    (re.compile(r"(?<=\s)--(?=\s)"), "–"),
)
# Attributes that set how the page is built, not what it says
_BUILT_IN = frozenset(
    {
        "lang", "doctype", "icons", "toc", "toc-title", "toclevels", "sectnums", "sectanchors",
        "experimental", "source-highlighter", "imagesdir", "nofooter", "noheader", "description", "keywords",
        "author", "email", "revnumber", "revdate", "revremark", "stylesheet", "linkcss", "idprefix",
        "idseparator", "sectlinks", "hide-uri-scheme", "table-caption", "figure-caption", "example-caption",
        "appendix-caption", "notitle", "showtitle", "numbered", "encoding", "data-uri", "copycss", "favicon",
        "outfilesuffix", "reproducible",
    }
)  # fmt: skip
_SIGNS = (
    re.compile(r"^={2,6}\s+\S", re.MULTILINE),  # a section title
    re.compile(r"^:[\w][\w-]*:(?:\s|$)", re.MULTILINE),  # an attribute entry
    re.compile(r"^\|===\s*$", re.MULTILINE),  # a table
    re.compile(r"^\S[^:\n]*::(?:\s|$)", re.MULTILINE),  # a labelled list's item
    # a block's attributes
    re.compile(r"^\[(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION|cols=|options=)", re.MULTILINE),
)


def is_asciidoc(text: str) -> bool:
    """Whether a text is written in AsciiDoc: a document title ("= …") over attribute entries, or three of
    its signs (section titles, attribute entries, tables, labelled lists, block attributes)."""
    if "==" not in text and "::" not in text:
        return False  # neither a section title, a table nor a labelled list: the common case, cheaply
    first = next((line for line in text.split("\n", 40) if line.strip()), "")
    titled = first.startswith("= ") and _SIGNS[1].search(text) is not None
    return titled or sum(1 for sign in _SIGNS if sign.search(text)) >= 3


def from_asciidoc(text: str) -> str:
    """The text as Markdown, when it is written in AsciiDoc; else as it is."""
    if not is_asciidoc(text):
        return text
    lines = text.split("\n")
    attributes: dict[str, str] = {}
    body: list[str] = []
    index = _header(lines, attributes)
    for line in lines[:index]:
        if (m := _TITLE.match(line)) is not None and len(m["marks"]) == 1:
            body.append(f"# {m['title'].strip()}")
    used = {m["name"] for line in lines[index:] for m in _REFERENCE.finditer(line)}
    rows = [
        f"{name.replace('-', ' ').replace('_', ' ')}: {value}"
        for name, value in attributes.items()
        if name not in used and name not in _BUILT_IN and value
    ]
    if rows:
        body += ["", *rows, ""]
    body += _body(lines[index:], attributes)
    return "\n".join(body)


def _header(lines: list[str], attributes: dict[str, str]) -> int:
    """Read the document header (title, author and revision lines, attribute entries); return where the body
    starts."""
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index < len(lines) and lines[index].startswith("= "):
        index += 1
        while index < len(lines) and lines[index].strip() and not lines[index].startswith(":"):
            index += 1  # the author's and the revision's lines
    while index < len(lines) and (m := _ATTRIBUTE.match(lines[index].rstrip())) is not None:
        attributes[m["name"]] = (m["value"] or "").strip()
        index += 1
    return index


def _body(lines: list[str], attributes: dict[str, str]) -> list[str]:
    out: list[str] = []
    columns = 0
    number = ListNumbers()
    index = 0
    while index < len(lines):
        line = _substituted(lines[index].rstrip(), attributes)
        stripped = line.strip()
        if stripped.startswith("//"):
            index = _after_comment(lines, index)
            continue
        if (spec := _BLOCK_ATTRIBUTES.match(stripped)) is not None:
            cols = _COLUMNS.search(spec.group())
            columns = len(cols["spec"].split(",")) if cols else columns
            header = "header" in spec.group()
            if index + 1 < len(lines) and _TABLE.match(lines[index + 1].strip()):
                index = _table(lines, index + 1, attributes, columns, header, out)
                columns = 0
                continue
            index += 1
            continue
        if _TABLE.match(stripped):
            index = _table(lines, index, attributes, columns, False, out)
            columns = 0
            continue
        if _DELIMITER.match(stripped) or _BLOCK_MACRO.match(stripped) or stripped == "+":
            index += 1
            continue
        out.append(_line(line, attributes, number))
        index += 1
    return out


def _line(line: str, attributes: dict[str, str], number: ListNumbers) -> str:
    if (title := _TITLE.match(line)) is not None:
        number.reset()
        return "#" * len(title["marks"]) + " " + _inline(title["title"].strip())
    if (entry := _ATTRIBUTE.match(line)) is not None:
        attributes[entry["name"]] = (entry["value"] or "").strip()
        return ""
    if (item := _ORDERED.match(line)) is not None:
        depth = len(item["dots"])
        return "   " * (depth - 1) + f"{number.next(depth)}. {_inline(item['text'])}"
    if (block := _BLOCK_TITLE.match(line)) is not None:
        return f"**{_inline(block['title'].strip())}**"
    labelled = _LABELLED.match(line)
    if labelled is not None and not labelled["term"].startswith(("http", "*", "-")):
        return f"{_inline(labelled['term'].strip())}: {_inline(labelled['text'] or '')}".rstrip()
    if line.strip() and not line.startswith((" ", "\t")) and not line.lstrip().startswith(("*", "-")):
        number.reset()
    return _inline(_ADMONITION.sub("", line))


def _table(
    lines: list[str], start: int, attributes: dict[str, str], columns: int, header: bool, out: list[str]
) -> int:
    """A ``|===`` table from `lines[start]` as pipe-table rows appended to `out`; the index past its end."""
    end = start + 1
    while end < len(lines) and not _TABLE.match(lines[end].strip()):
        end += 1
    cells: list[str] = []
    first_row = 0
    for raw in lines[start + 1 : end]:
        line = _substituted(raw.rstrip(), attributes)
        if not line.strip():
            continue
        if line.lstrip().startswith("|"):
            parts = line.lstrip()[1:].split("|")
            if not cells:
                first_row = len(parts)
            cells += [part.strip() for part in parts]
        elif cells:
            cells[-1] = f"{cells[-1]} {line.strip()}".strip()
    width = columns or first_row or 1
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    out.append("")
    for number, row in enumerate(rows):
        out.append("| " + " | ".join(_inline(cell) for cell in row) + " |")
        if number == 0 and header:
            out.append("|" + "---|" * width)
    out.append("")
    return end + 1


def _after_comment(lines: list[str], index: int) -> int:
    if lines[index].strip().startswith("////"):
        end = index + 1
        while end < len(lines) and not lines[end].strip().startswith("////"):
            end += 1
        return end + 1
    return index + 1


def _substituted(line: str, attributes: dict[str, str]) -> str:
    if "{" not in line:
        return line
    return _REFERENCE.sub(lambda m: attributes.get(m["name"], m.group()), line)


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text
