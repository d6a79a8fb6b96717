"""Line layout shared by the DOCX and HTML readers: table rows, bold labels, blank lines."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_LABEL_WORDS = 12
_SPACES = re.compile(r"\s+")
_MARKER = re.compile(r"^(#{1,6}|-) ")
_LINE_BREAKS = re.compile(r"\r\n|[\r\f\v\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text on one line, and its rendered lines (lists, nested tables)."""

    plain: str
    lines: tuple[str, ...]


def one_line(text: str) -> str:
    """The text with every run of whitespace (newlines too) collapsed to one space."""
    return _SPACES.sub(" ", text).strip()


NOTE_OPEN = " (note: "  # "note" in lower case: a mark after a full stop keeps the note in its sentence


def note_at_mark(text: str) -> str:
    """A footnote's or an endnote's text read where its mark stands: " (note: Korea Standard Time)"."""
    return f"{NOTE_OPEN}{text})"


def bold_label(text: str) -> str:
    """`**text**` for a short one-line paragraph that is bold throughout, else the text."""
    stripped = text.strip()
    if not stripped or "\n" in stripped or len(stripped.split()) > MAX_LABEL_WORDS:
        return text
    return f"**{stripped}**"


def render_row(cells: Iterable[Cell]) -> list[str]:
    """A table row as lines: one cell as its lines, two as "label: value", more joined by " | "."""
    kept: list[Cell] = []
    for cell in cells:
        if cell.plain and (not kept or kept[-1].plain != cell.plain):
            kept.append(cell)
    if len(kept) == 1:
        return list(kept[0].lines)
    if len(kept) == 2 and _is_column(kept[0]):
        # a page laid out in a table (an e-mail's main column beside its side column): column after column
        return [*kept[0].lines, "", *kept[1].lines]
    if len(kept) == 2:
        return _label_value(kept[0], kept[1])
    return [" | ".join(cell.plain for cell in kept)] if kept else []


_COLUMN_LINES = 3  # a label is a line or two ("Duty station", "Date of\nissue"), a column of a page more


def _is_column(cell: Cell) -> bool:
    """A cell that holds a part of a page (paragraphs, a list, a heading), no label for its neighbour."""
    return len(cell.lines) >= _COLUMN_LINES


def is_bold_row(cells: list[Cell]) -> bool:
    """Every cell of the row one bold line: a header row, in a reader that marks bold as `**…**`."""
    return bool(cells) and all(
        len(cell.lines) == 1 and len(cell.lines[0]) > 4 and cell.lines[0].startswith("**")
        and cell.lines[0].endswith("**") for cell in cells
    )  # fmt: skip


def render_table(rows: list[list[Cell]], *, header: bool) -> list[str]:
    """A table as lines, row by row; a table whose first row heads two or more columns of at least two
    rows ("Core Values | Core Competencies") as a Markdown table, so that each column stays one."""
    width = max((len(row) for row in rows), default=0)
    if header and width >= 2 and len(rows) >= 3:
        rule = "|" + "---|" * width
        return [_markdown_row(rows[0], width), rule, *(_markdown_row(row, width) for row in rows[1:])]
    return [line for row in rows for line in render_row(row)]


def _markdown_row(cells: list[Cell], width: int) -> str:
    texts = [cell.plain.replace("|", "/") for cell in cells] + [""] * (width - len(cells))
    return "| " + " | ".join(texts) + " |"


def _label_value(left: Cell, right: Cell) -> list[str]:
    label = left.plain.rstrip(":").rstrip()
    if len(right.lines) <= 1:
        value = _bare(right.lines[0]) if right.lines else right.plain
        return [f"{label}: {value}" if label else value]
    return [f"{label}:", *right.lines] if label else list(right.lines)


def _bare(line: str) -> str:
    """A rendered line without its heading or bullet marker and bold wrapping."""
    line = _MARKER.sub("", line.strip())
    if len(line) > 4 and line.startswith("**") and line.endswith("**"):
        return line[2:-2]
    return line


def finish(lines: Iterable[str]) -> str:
    """Join lines: trailing spaces cut, at most one blank line in a row, none at either end."""
    out: list[str] = []
    for chunk in lines:
        for line in _LINE_BREAKS.sub("\n", chunk).split("\n"):
            line = line.rstrip()
            if line or (out and out[-1]):
                out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n" if out else ""
