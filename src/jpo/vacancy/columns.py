"""Two columns of text side by side, as PDF layouts give them ("Core values      Core competencies"),
read one column after the other."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from jpo.vacancy.lines import Line
from jpo.vacancy.lists import list_marker
from jpo.vacancy.passage import Passage
from jpo.vacancy.vocabulary import ANY_LABEL

MIN_GAP = 4  # at least three spaces between the end of one column's text and the next column
_TOLERANCE = 2  # columns a PDF layout puts a character off its column
_HEADER = re.compile(r"compet|values|valeurs|valores", re.IGNORECASE)


def column_of(line: Line, offset: int) -> int:
    """The column on the page of the character at document `offset`, a character of `line`."""
    return offset - (line.offsets[0] - line.indent)


def gaps(offsets: Sequence[int]) -> Iterator[int]:
    """Each index where text resumes after a layout's gap (a run of three spaces or more), by the
    characters' document offsets."""
    return (i for i in range(1, len(offsets)) if offsets[i] - offsets[i - 1] >= MIN_GAP)


def _gap(line: Line) -> int | None:
    """Where, in `line.text`, the text of a second column starts, if a run of spaces parts two."""
    return next(gaps(line.offsets), None)


def _part(line: Line, i: int, j: int, *, first: bool = False, shift: int = 0) -> list[Line]:
    """`line.text[i:j]` as a line of its own, `shift` columns to the left (none when it holds no text)."""
    text, offsets = line.text[i:j], line.offsets[i:j]
    # a reader may have taken the gap for a label's end and written "Label: value" across it
    if text.endswith(": ") and offsets[-1] == offsets[-2]:
        text, offsets = text[:-2], offsets[:-2]
    text = text.rstrip()
    offsets = offsets[: len(text)]
    if not text:
        return []
    indent = (column_of(line, line.offsets[i]) if i else line.indent) - shift
    return [
        replace(
            line, text=text, offsets=offsets, start=offsets[0], end=offsets[-1] + 1, indent=indent,
            blank_before=line.blank_before or first, heading_level=0, bold=False,
        )
    ]  # fmt: skip


def _spread(line: Line) -> bool:
    """Whether the line's characters span more than its text by a gap's width (else it has no gap: the
    common case, told cheaply)."""
    return line.offsets[-1] - line.offsets[0] + 1 - len(line.text) >= MIN_GAP - 1


def _right_column(lines: list[Line]) -> tuple[dict[int, tuple[int, int]], int] | None:
    """Where a second column starts in each line parted by a gap (line index: (character index, page
    column)) and the right column's place, when at least two lines are parted at one column (not a list's
    items, "-    Professionnalisme", a typewriter's gap after each marker)."""
    if lines and all(list_marker(line.text) for line in lines):
        return None
    gaps = {
        k: (i, column_of(line, line.offsets[i]))
        for k, line in enumerate(lines)
        if _spread(line) and (i := _gap(line)) is not None
    }
    if len(gaps) < 2:
        return None
    columns = sorted(column for _, column in gaps.values())
    right = columns[len(columns) // 2]
    if sum(abs(column - right) <= _TOLERANCE for column in columns) < 2:
        return None
    return gaps, right


def split_columns(lines: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """The left and the right column of `lines` when at least two of them are parted at one column;
    a line that starts at the right column's place belongs to it whole."""
    parted = _right_column(lines)
    if parted is None:
        return None
    gaps, right = parted
    # the right column's lines are indented as if it stood at the left one's place, so that its
    # items do not read as sub-items of the left column's last
    shift = right - min(line.indent for line in lines)
    left_lines: list[Line] = []
    right_lines: list[Line] = []
    for k, line in enumerate(lines):
        found = gaps.get(k)
        if found is not None and found[1] >= right - _TOLERANCE:  # deeper: a wrapped item's next line
            left_lines += _part(line, 0, found[0])
            right_lines += _part(line, found[0], len(line.text), first=not right_lines, shift=shift)
        elif line.indent >= right - _TOLERANCE:
            right_lines += _part(line, 0, len(line.text), first=not right_lines, shift=shift)
        else:
            left_lines.append(line)
    return left_lines, right_lines


def headed_columns(lines: list[Line], dropped: re.Pattern[str]) -> list[Line] | None:
    """The lines of a two-column layout read column by column, each column's header row left out and
    a column whose header matches `dropped` left out whole ("Core values" beside "Core competencies")."""
    found = split_columns(lines)
    if found is None:
        return None
    kept: list[Line] = []
    for column in found:
        if not column:
            continue
        unmarked = list_marker(column[0].text) is None and len(column) > 1
        named = any(list_marker(line.text) for line in column[1:]) or _HEADER.search(column[0].text)
        header = column[0] if unmarked and named else None
        if header is not None and dropped.search(header.text):
            continue
        kept.extend(column[1:] if header is not None else column)
    return kept


_NAME_HEADER = re.compile(
    r"(?:name|nom|nombre|title|titre|t[íi]tulo|competenc(?:y|ies)|comp[ée]tences?|competencias?)$",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "!", "?", ";", ":")
_NAME_WORDS = 6


def name_column(lines: list[Line]) -> list[Passage] | None:
    """The names of a borderless table of names beside their descriptions ("Communication    Communicates
    orally …" / "                 concise …" / "Teamwork    Actively contributes …"): one per description, a
    name wrapped while its description runs on ("Planning and" / "Organizing") kept whole, a header row
    ("Name    Expected behaviour") left out. None when the lines are no such table."""
    found = _right_column(lines)
    if found is None:
        return None
    gaps, right = found
    cells: list[list[Line]] = []
    runs_on = False  # the previous row's description carries on: a name beside it carries on too
    for k, line in enumerate(lines):
        cut = gaps.get(k) or _narrow_cut(line, right)
        if cut is not None and cut[1] >= right - _TOLERANCE:
            left, description = line.text[: cut[0]].strip(), line.text[cut[0] :].strip()
        elif line.indent >= right - _TOLERANCE:
            left, description = "", line.text
        else:
            left, description = line.text.strip(), ""
        if list_marker(left) or list_marker(description):
            return None  # two lists side by side ("- Integrity      - Teamwork"): no names and descriptions
        if _NAME_HEADER.match(left):
            runs_on = False
            continue
        if left:
            part = _part(line, 0, cut[0] if cut is not None else len(line.text))
            if runs_on and cells and not line.blank_before:
                cells[-1] += part
            else:
                cells.append(part)
        runs_on = not description or not description.endswith(_SENTENCE_END)
    names = [Passage.join(cell) for cell in cells if cell]
    if len(names) < 2 or any(len(name.text.split()) > _NAME_WORDS for name in names):
        return None
    return names


def _narrow_cut(line: Line, right: int) -> tuple[int, int] | None:
    """Where a long name's row reaches the right column after two spaces only ("Technical/scientific
    Applies" with two spaces between)."""
    for i in range(1, len(line.offsets)):
        column = column_of(line, line.offsets[i])
        if column > right + _TOLERANCE:
            break
        if column >= right - _TOLERANCE and line.offsets[i] - line.offsets[i - 1] >= 2:
            return i, column
    return None


_MIN_ROWS = 3
_HEAD_WORDS = 6


def side_by_side(lines: list[Line]) -> list[Line]:
    """Regions laid out as two columns under two headings on one line ("TES MISSIONS      QUI PEUT
    POSTULER ?"), as a flyer's or a designed page's text gives them, read one column after the other."""
    read: list[Line] = []
    index = 0
    while index < len(lines):
        end = _region_end(lines, index)
        found = split_columns(lines[index:end]) if end else None
        if found is None:
            read.append(lines[index])
            index += 1
            continue
        read += found[0] + found[1]
        index = end
    return read


def _region_end(lines: list[Line], start: int) -> int:
    """Where a two-column region headed by `lines[start]` ends (0: none starts there): the lines up to the
    next blank one, each with text at the right heading's column, before it, or both."""
    head = lines[start]
    if not _spread(head):
        return 0  # no gap in the line: the common case, cheaply
    if not head.text.isupper() and "?" not in head.text:
        return 0  # neither heading in capitals nor a question
    cuts = list(gaps(head.offsets))
    if len(cuts) != 1 or any(ch.isdigit() for ch in head.text):
        return 0
    left, right_head = head.text[: cuts[0]].rstrip(" :"), head.text[cuts[0] :]
    # a label and its value ("POSITION      ASSOCIATE PROGRAMME OFFICER") are no two columns' headings
    if ANY_LABEL.match(left) or not (_heading_like(left) and _heading_like(right_head)):
        return 0
    right = column_of(head, head.offsets[cuts[0]])
    end, parted = start + 1, 0
    while end < len(lines) and not lines[end].blank_before:
        line = lines[end]
        cut = _gap(line)
        if cut is not None and abs(column_of(line, line.offsets[cut]) - right) <= _TOLERANCE:
            parted += 1
        elif cut is not None or (
            line.indent < right - _TOLERANCE and column_of(line, line.offsets[-1]) >= right
        ):
            break  # text across the right heading's column: no longer two columns
        end += 1
    return end if end - start >= _MIN_ROWS and parted >= 2 else 0


def _heading_like(text: str) -> bool:
    """A column's heading: a few words in capitals ("TES MISSIONS") or a question ("Who can apply?")."""
    text = text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    return (
        0 < len(text.split()) <= _HEAD_WORDS
        and bool(letters)
        and (all(ch.isupper() for ch in letters) or text.endswith("?"))
    )
