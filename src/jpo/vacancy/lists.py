"""Turn the lines of a section into list items: markers stripped, wrapped lines and sub-items joined."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jpo.vacancy.dates import ORDINAL_DATE_START
from jpo.vacancy.lines import Line
from jpo.vacancy.passage import Passage
from jpo.vacancy.quantities import to_number
from jpo.vacancy.vocabulary import ends_open

# The characters that mark a list's items, as bullets ("-" first, so that it reads as itself in a class).
BULLETS = "-•*▪‣◦●○–—·►▸➢✓✔✗✘o+°»☒☑"

_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # OCR reads bullets as dashes, degree signs and guillemets: "— contribuer …", "° participer …",
    # "» Organiser …", "« Esprit d'équipe" (no closing »)
    ("bullet", re.compile(rf"^(?:[{BULLETS}]|«(?![^»]*»)|\[[ xX]\])(?=\s)\s*")),
    ("number", re.compile(r"^\d{1,2}\.(?=\s)\s*")),
    ("number)", re.compile(r"^\d{1,2}\)(?=\s)\s*")),
    ("paren", re.compile(r"^\(\d{1,2}\)\s*")),
    # circled numbers, as Korean and Japanese notices number their documents: "① Application form"
    ("circled", re.compile(r"^[①-⑳](?=\s)\s*")),
    ("roman", re.compile(r"^\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)](?=\s)\s*")),
    ("letter", re.compile(r"^\(?[a-zA-Z][.)](?=\s)\s*")),
)
_RULE = re.compile(r"^(?=.*[-_=*~—]{3})[-_=*~—|:+]{3,}$")
_ENDS_SENTENCE = ".;!?:"
# "Label: value" at the start of a line: it starts something, it continues nothing.
LABELLED = re.compile(r"^[A-ZÀ-Ý][\w /()&'’.°º-]{0,40}:\s")
_OPEN_PUNCTUATION = ",-–/&(+"
_SHORT_NAME = 4  # words (with its marker) of an item that names something
_SENTENCE_WORDS = 8


@dataclass(frozen=True, slots=True)
class Marker:
    family: str
    length: int


def list_marker(text: str) -> Marker | None:
    """The list marker at the start of `text`, if any: its family and its length with spaces."""
    for family, pattern in _MARKERS:
        m = pattern.match(text)
        if m and m.end() < len(text):
            return None if family == "number" and ORDINAL_DATE_START.match(text) else Marker(family, m.end())
    return None


def is_rule(line: Line) -> bool:
    """A horizontal rule: it ends whatever list stands before it."""
    return bool(_RULE.match(line.text.replace(" ", "")))


_CUT_LINE = 50  # characters of a line that a page break may cut mid-sentence (a wrapped line's, not a name's)


def continues(previous: Line, line: Line) -> bool:
    """Whether `line` carries on the sentence that `previous` left unfinished."""
    if LABELLED.match(line.text) or is_rule(previous):  # (a setext heading's underline opens no sentence)
        return False
    tabled = line.text[:1] == "|" and previous.text[:1] == "|"
    # (a form's box of one cell goes on)
    cells = min(previous.text.count("|"), line.text.count("|")) - 1 if tabled else 0
    if cells >= 2 and _TABLE_ROW.match(previous.text) and _TABLE_ROW.match(line.text):
        # a table's rows each end where they end ("| Age limit | 32 |" / "| Tests | … |"), unless the next
        # carries on the cells of the one before ("| Closing | 19 April, 23:59 |" / "|  | (Madrid time) |")
        return not line.text[1:].split("|", 1)[0].strip()
    first = line.text[0]
    if first.islower() or first in ")],;":
        return True
    last_char = previous.text[-1]
    if last_char in _OPEN_PUNCTUATION:
        return True
    if ends_open(previous.text):
        return True
    if _closes_bracket(previous.text, line.text):  # "… par un test (TOEFL iBT :" / "95, IELTS : 7) ;"
        return True
    if line.text[:2].isupper() and _shouted(line.text) and not _shouted(previous.text):
        return False  # "- Adaptación a un entorno cambiante" / "REQUISITOS DEL PROGRAMA JPO …": a heading
    # "Teamwork  " / "Communication  ": names one per line; "• Comunicación" / "La persona seleccionada deberá
    # actuar …": a short name, then a sentence of its own
    if previous.hard_break or (
        len(previous.text.split()) <= _SHORT_NAME
        and first.isupper()
        and len(line.text.split()) >= _SENTENCE_WORDS
    ):
        return False
    if previous.page != line.page:
        return _cut_by_the_page(previous, line)
    return not line.blank_before and last_char not in _ENDS_SENTENCE


def _cut_by_the_page(previous: Line, line: Line) -> bool:
    """Whether a page break cut a long line's sentence ("… technical exchanges with the National" /
    "Registration Department …"): the blank lines around the page's foot and head are no paragraph's end
    (but a page's head the running-head test missed is no part of it: "United Nations ESCWA | Terms of …")."""
    return (
        previous.text[-1] not in _ENDS_SENTENCE
        and len(previous.text) >= _CUT_LINE
        and not _shouted(previous.text)
        and "|" not in line.text
    )


def _shouted(text: str) -> bool:
    """A line that opens in capitals: its first three words (eight letters or more, none in lower case)."""
    letters = [ch for ch in " ".join(text.split()[:3]) if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def _closes_bracket(previous: str, text: str) -> bool:
    """Whether `text` closes a bracket that `previous` left open."""
    close = text.find(")")
    return previous.count("(") > previous.count(")") and close >= 0 and "(" not in text[:close]


# Bullets OCR and fonts swap for one another ("•" read as "·"): one shape, one list
_SHAPES = {"·": "•", "●": "•", "▪": "•", "–": "-", "—": "-", "e": "•", "«": "•"}


def _shape(bullet: str) -> str:
    return _SHAPES.get(bullet, bullet)


@dataclass(slots=True)
class _Item:
    lines: list[tuple[Line, int]]  # each line and where its text starts (after the marker)

    def passage(self) -> Passage:
        parts = [Passage(line.text, line.offsets).sub(skip, len(line.text)) for line, skip in self.lines]
        text = " ".join(part.text for part in parts)
        offsets: list[int] = []
        for index, part in enumerate(parts):
            if index:
                offsets.append(offsets[-1] + 1)
            offsets.extend(part.offsets)
        return Passage(text, tuple(offsets))


# "1." and "2)" in one list: OCR, or a hasty typist, varies the numbers' punctuation
_NUMBERS = frozenset({"number", "number)"})


def _is_child(marker: Marker, line: Line, base_family: str, base_indent: int) -> bool:
    numbered = marker.family in _NUMBERS and base_family in _NUMBERS
    return line.indent > base_indent or (
        marker.family != base_family and line.indent >= base_indent and not numbered
    )


_OCR_E = re.compile(r"^e\s(?=[A-ZÀ-Ý])")


def _ocr_bullet(text: str, base: tuple[str, int] | None) -> Marker | None:
    """Among bulleted items, a bullet OCR read as "e" ("e Dar seguimiento a …")."""
    return Marker("bullet", 2) if base is not None and base[0] == "bullet" and _OCR_E.match(text) else None


def _first_family(marker: Marker, text: str) -> str:
    """The family of a list's first marker; a list opened by "l." or "I." is numbered ("1." read by OCR):
    a lettered list opens with "a."."""
    return "number" if marker.family == "letter" and text[0] in "lI" else marker.family


def list_items(lines: list[Line], *, first_only: bool = False) -> list[Passage]:
    """Marked items of `lines` (bullets, numbers, letters); sub-items join their parent.

    With `first_only`, stop at the first line after the items that is neither item nor continuation.
    """
    items: list[_Item] = []
    base: tuple[str, int] | None = None
    base_bullet = ""
    current: _Item | None = None
    nested = False  # under an item that introduces sub-items by another bullet ("• Assist in …:" / "- the …")
    interrupted = False  # a line of prose has stood since the last item
    for line in lines:
        if is_rule(line):
            if items:
                break
            continue
        marker = list_marker(line.text) or _ocr_bullet(line.text, base)
        other_bullet = marker is not None and marker.family == "bullet"
        other_bullet = other_bullet and _shape(line.text[0]) != _shape(base_bullet)
        if marker is not None:  # (a wrapped sub-item's next line keeps the nesting)
            introduced = current is not None and (nested or current.lines[-1][0].text.endswith(":"))
            nested = base is not None and base[0] == "bullet" and other_bullet and introduced
        if marker and current and base and (_is_child(marker, line, *base) or nested):
            current.lines.append((line, 0))
        elif (
            marker and base and items and marker.family != base[0] and (line.indent < base[1] or interrupted)
        ) or (first_only and items and other_bullet and not nested and base and line.indent <= base[1]):
            # (… or, for the list an intro opens, a bullet of another shape at its level: "upload:" / "– a
            # letter" / "– a passport" / "• Applications must …", the enclosing list's next item)
            # an item of the enclosing list: the nested list it ends is the one read here; or, after a
            # paragraph of prose, a mark of another kind ("4) copie …" / "Pour toute question …" / "* Indique
            # une question obligatoire"): something else than the list
            break
        elif marker:
            base_bullet = base_bullet if base else line.text[0]
            base = base or (_first_family(marker, line.text), line.indent)
            current = _Item([(line, marker.length)])
            items.append(current)
        elif current and continues(current.lines[-1][0], line):
            current.lines.append((line, 0))
        elif first_only and items:
            break
        else:
            current = None
            interrupted = bool(items)
    return [item.passage().strip(" ;,") for item in items]


def sub_items(lines: list[Line]) -> list[Passage]:
    """The items nested under items that introduce them ("- Core competencies:" / "  - Teamwork"); the
    other top-level items (and what they hold) left out. A list whose plain items stand beside one that
    introduces its own details ("- Teamwork" / "- Communication:" / "  o written …") is a list of names."""
    base: int | None = None
    introduced = False
    plain = 0
    nested: list[Line] = []
    for line in lines:
        marker = list_marker(line.text)
        if marker is not None and (base is None or line.indent <= base):
            base = line.indent if base is None else base
            introduced = line.text.rstrip(" *").endswith(":")
            plain += not introduced
        elif introduced:
            nested.append(line)
    return list_items(nested) if nested and plain < 2 else []


def paragraph_items(lines: list[Line]) -> list[Passage]:
    """Paragraphs of `lines` as items, for sections written without list markers."""
    items: list[_Item] = []
    for line in lines:
        if is_rule(line):
            continue
        if items and continues(items[-1].lines[-1][0], line):
            items[-1].lines.append((line, 0))
        else:
            items.append(_Item([(line, 0)]))
    passages = [item.passage().strip(" ;,") for item in items]
    return [p for p in passages if p.text and not p.text.endswith(":")]


def items_of(lines: list[Line]) -> list[Passage]:
    """List items when the section has any, else its paragraphs."""
    return list_items(lines) or paragraph_items(lines)


BROKEN_WORD = re.compile(r"[^\W\d_]{2}-$")  # a word hyphenated at the line's end
_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_CELL = re.compile(r"(?<=\|)[^|]*(?=\|)")
_TABLE_RULE = re.compile(r"^\|[\s:|-]+\|$")
CELL_GAP = re.compile(r"\s+\|\s+")  # cells of a row without outer pipes: "Grade | P-2 | 24 months"


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of a Markdown table: its cells' text, and whether it heads the table (stands above a rule)."""

    line: Line
    cells: list[Passage]
    header: bool


def table_cells(row: Passage) -> list[Passage]:
    """The cells of a Markdown table row, as written (spaces and emphasis kept)."""
    return [row.sub(*m.span()) for m in _TABLE_CELL.finditer(row.text)]


def is_table_rule(text: str) -> bool:
    """Whether a line is the rule under a Markdown table's header row ("|---|:---:|")."""
    return _TABLE_RULE.match(text) is not None


def table_rows(lines: list[Line]) -> Iterator[TableRow]:
    """The rows of the Markdown tables among `lines`, their rules left out."""
    for index, line in enumerate(lines):
        if not _TABLE_ROW.match(line.text) or _TABLE_RULE.match(line.text):
            continue
        cells = [cell.strip(" ") for cell in table_cells(Passage(line.text, line.offsets))]
        yield TableRow(line, cells, index + 1 < len(lines) and bool(_TABLE_RULE.match(lines[index + 1].text)))


_NUMBER_IN_BRACKETS = re.compile(r"^\((\d{1,2})\)\s")


def _restates(previous: Line, line: Line) -> bool:
    """Whether `line` opens on the number the line above ends on, in figures: "a maximum of three" / "(3)
    positions" is one phrase a narrow wrap cut, no item numbered 3."""
    m = _NUMBER_IN_BRACKETS.match(line.text)
    words = previous.text.split()
    return m is not None and bool(words) and not words[-1][0].isdigit() and to_number(words[-1]) == int(m[1])


def flow(lines: list[Line]) -> Passage:
    """Lines as running text: wrapped lines joined by a space, other breaks kept as new lines."""
    parts: list[str] = []
    offsets: list[int] = []
    previous: Line | None = None
    for line in lines:
        if previous is not None:
            joined = continues(previous, line) and (not list_marker(line.text) or _restates(previous, line))
            if joined and BROKEN_WORD.search(previous.text) and line.text[:1].islower():
                parts[-1], offsets[-1:] = parts[-1][:-1], []  # "mini-" / "mal": one word again
            else:
                parts.append(" " if joined else "\n")
                offsets.append(offsets[-1] + 1)
        parts.append(line.text)
        offsets.extend(line.offsets)
        previous = line
    return Passage("".join(parts), tuple(offsets))
