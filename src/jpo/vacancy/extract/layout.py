"""Line layout shared by the DOCX and HTML readers: table rows, bold labels, blank lines."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from jpo.vacancy.extract import boxes
from jpo.vacancy.extract.language import language_of
from jpo.vacancy.vocabulary import DESIRED_STATUS, REQUIRED_STATUS

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
    if (first := _first_of_parallel_columns(rows)) is not None:
        return first
    rows = [[_options_ticked(cell) for cell in row] for row in rows]
    if (chosen := _ticked_cells(rows)) is not None:
        return chosen
    header = header or _heads_by_status(rows)
    if header and width >= 2 and len(rows) >= 3:
        rule = "|" + "---|" * width
        return [_markdown_row(rows[0], width), rule, *(_markdown_row(row, width) for row in rows[1:])]
    return [line for row in rows for line in render_row(row)]


# A requirements grid's column heads, which head it even when not set in bold ("Requisito | Esencial |
# Deseable")
_STATUS = re.compile(rf"^(?:{REQUIRED_STATUS}|{DESIRED_STATUS})$", re.IGNORECASE)


def _heads_by_status(rows: list[list[Cell]]) -> bool:
    """Whether the first row names each column after the first by a requirement's status."""
    heads = [cell.plain.strip(" :*") for cell in rows[0][1:]] if rows else []
    return len(rows) >= 3 and len(heads) >= 2 and all(_STATUS.match(head) for head in heads)


def _options_ticked(cell: Cell) -> Cell:
    """A cell of several options with boxes ("☐ P-1    ☒ P-2") as the ticked ones ("P-2")."""
    if sum(cell.plain.count(box) for box in (*boxes.TICKED, boxes.EMPTY)) < 2:
        return cell
    return Cell(boxes.ticked_only(cell.plain), tuple(boxes.ticked_only(line) for line in cell.lines))


def _ticked_cells(rows: list[list[Cell]]) -> list[str] | None:
    """A form's table of options each with its box ("☒ Teamwork" | "☐ Leadership") as the ticked options, one
    item a line; None for a table without both ticked and empty boxes, or whose boxes stand alone in their
    cells under a column's header ("English | ☒ | ☐" under "Language | Required | Desirable"), which the
    readers of the fields take as a table."""
    plains = [cell.plain for row in rows for cell in row]
    if not any(boxes.ticked(text) for text in plains) or not any(boxes.EMPTY in text for text in plains):
        return None
    if any(boxes.is_box(text) for text in plains):
        return None
    lines: list[str] = []
    for cell in (cell for row in rows for cell in row):
        if not boxes.boxed(cell.plain):
            lines.extend(cell.lines or ((cell.plain,) if cell.plain else ()))
        elif boxes.ticked(cell.plain):
            lines.append(f"- {boxes.without_box(cell.plain)}")
    return lines


_PARALLEL_ROWS = 3
_PARALLEL_SHARE = 0.35  # of the table's letters each column holds when both say the same


def _first_of_parallel_columns(rows: list[list[Cell]]) -> list[str] | None:
    """A notice set twice side by side, one language a column ("Duty station: Abidjan" | "Lieu d'affectation :
    Abidjan"), as its first column's lines, cell after cell; None for any other table."""
    if len(rows) < _PARALLEL_ROWS or any(len(row) != 2 for row in rows):
        return None
    left_text, right_text = (" ".join(row[i].plain for row in rows) for i in (0, 1))
    # (the same text twice is about as long in each language; a form's English labels over its answers in
    # French are not: the answers are the notice)
    if min(len(left_text), len(right_text)) < _PARALLEL_SHARE * (len(left_text) + len(right_text)):
        return None
    left, right = language_of(left_text), language_of(right_text)
    if left is None or right is None or left == right:
        return None
    return [line for row in rows for line in (row[0].lines or (row[0].plain,))]


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
