"""Tables drawn with borders read as pipe tables: pandoc's grid tables (`+---+`, the header's border `+===+`),
a console's or an HR system's ASCII grids (`+---+` around the header and around all the rows) and tables
drawn with box-drawing characters (`┌─┬─┐`, `│`, `├─┼─┤`, `└─┴─┘`). Each row's cells, wrapped over several
lines, are joined into one line ("| Professionalism | Knowledge of … situations. |"); the header gets a rule
under it. Where no border stands between the rows, a line starts a row when its first cell starts one (it is
not empty and does not carry on the cell above: "Planificación y" / "organización"). A code fence around a
table alone (Markdown's "```text") goes with it. The rest of the text is kept as it is."""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["from_grid_tables"]

_BOX_CORNERS = "┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╞╪╡╟╫╢╒╤╕╘╧╛╓╥╖╙╨╜┏┳┓┣╋┫┗┻┛┍┯┑┝┿┥┕┷┙"
_BOX = str.maketrans(
    {**dict.fromkeys(_BOX_CORNERS, "+"), "─": "-", "━": "-", "═": "=", "│": "|", "┃": "|", "║": "|"}
)
_BOX_START = frozenset(_BOX_CORNERS + "│┃║")
_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_ROW = re.compile(r"^\s*\|.*\|\s*$")
_FENCE = re.compile(r"^\s*(?:```|~~~)[\w-]*\s*$")
# the end of a cell's line that carries its words on to the next line: "Planificación y", "Associate …,"
_RUNS_ON = re.compile(
    r"(?:[,(/–-]|\b(?:and|or|of|for|the|et|ou|de|des|du|la|le|y|o|del|en|para))$", re.IGNORECASE
)


def from_grid_tables(text: str) -> str:
    """The text with its bordered tables as pipe tables."""
    boxed = any(corner in text for corner in "┌├╔┏┍╒╓")
    if "+--" not in text and "+==" not in text and not boxed:
        return text
    original = text.split("\n")
    # (a box-drawn frame that is no table, two boxes side by side on a flyer, keeps its own characters)
    lines = [_unboxed(line) for line in original] if boxed else original
    read: list[str] = []
    index = 0
    while index < len(lines):
        end = _table_end(lines, index)
        if end is None:
            read.append(original[index])
            index += 1
            continue
        after = lines[end] if end < len(lines) else ""
        fenced = bool(read) and _FENCE.match(read[-1]) is not None and _FENCE.match(after) is not None
        if fenced:
            read.pop()
        read.extend(_pipe_table(lines[index:end]))
        index = end + 1 if fenced else end
    return "\n".join(read)


def _unboxed(line: str) -> str:
    """A line of a box-drawn table in ASCII (`+`, `-`, `=`, `|`), other lines as they are."""
    stripped = line.lstrip()
    return line.translate(_BOX) if stripped[:1] in _BOX_START else line


def _table_end(lines: list[str], start: int) -> int | None:
    """Where the grid table starting at `lines[start]` ends (past its last border), if one starts there."""
    if not _BORDER.match(lines[start]):
        return None
    end = start + 1
    while end < len(lines) and (_ROW.match(lines[end]) or _BORDER.match(lines[end])):
        end += 1
    last = end - 1
    return end if last > start and _BORDER.match(lines[last]) else None


def _pipe_table(table: list[str]) -> list[str]:
    cuts = [i for i, ch in enumerate(table[0]) if ch == "+"]
    blocks: list[list[list[str]]] = []  # the lines between two borders, each as its cells
    ruled = False  # a header border ("+===+") closes the first block
    for line in table[1:]:
        if _BORDER.match(line):
            ruled = ruled or (len(blocks) == 1 and "=" in line)
            blocks.append([])
        elif blocks:
            blocks[-1].append([line[a + 1 : b].strip() for a, b in pairwise(cuts)])
        else:
            blocks.append([[line[a + 1 : b].strip() for a, b in pairwise(cuts)]])
    blocks = [block for block in blocks if block]
    # a header above rows no border divides: a one-line block, then one block of several lines
    header = ruled or (len(blocks) == 2 and len(blocks[0]) == 1 and len(blocks[1]) > 1)
    rows = [blocks[0]] if header else []
    for block in blocks[1:] if header else blocks:
        rows.extend(_rows(block) if len(blocks) <= 2 else [block])
    out: list[str] = []
    for number, row in enumerate(rows):
        cells = [" ".join(" ".join(part).split()) for part in zip(*row, strict=True)]
        out.append("| " + " | ".join(cells) + " |")
        if number == 0 and header:
            out.append("|" + "---|" * len(cells))
    return out


def _rows(block: list[list[str]]) -> list[list[list[str]]]:
    """The rows of a block no border divides: a line whose first cell starts something starts a row."""
    rows: list[list[list[str]]] = []
    for cells in block:
        first = cells[0] if cells else ""
        above = rows[-1][-1][0] if rows and rows[-1][-1] else ""
        goes_on = not first or first[:1].islower() or bool(_RUNS_ON.search(above))
        if rows and goes_on:
            rows[-1].append(cells)
        else:
            rows.append([cells])
    return rows
