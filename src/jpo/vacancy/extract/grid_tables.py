"""Pandoc's grid tables read as pipe tables: each row's cells, wrapped over several lines between the
`+---+` borders, joined into one line ("| Professionalism | Knowledge of … situations. |"), the header's
`+===+` border a rule under it. The rest of the text is kept as it is."""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["from_grid_tables"]

_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_ROW = re.compile(r"^\s*\|.*\|\s*$")


def from_grid_tables(text: str) -> str:
    """The text with its grid tables as pipe tables."""
    if "+--" not in text:
        return text
    lines = text.split("\n")
    read: list[str] = []
    index = 0
    while index < len(lines):
        end = _table_end(lines, index)
        if end is None:
            read.append(lines[index])
            index += 1
            continue
        read.extend(_pipe_table(lines[index:end]))
        index = end
    return "\n".join(read)


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
    border = table[0]
    cuts = [i for i, ch in enumerate(border) if ch == "+"]
    rows: list[str] = []
    cells: list[list[str]] = []
    for line in table[1:]:
        if _BORDER.match(line):
            if cells:
                rows.append("| " + " | ".join(" ".join(" ".join(part).split()) for part in cells) + " |")
                if "=" in line:
                    rows.append("|" + "---|" * len(cells))
            cells = []
            continue
        parts = [line[a + 1 : b] for a, b in pairwise(cuts)]
        if not cells:
            cells = [[] for _ in parts]
        for cell, part in zip(cells, parts, strict=False):
            cell.append(part.strip())
    return rows
