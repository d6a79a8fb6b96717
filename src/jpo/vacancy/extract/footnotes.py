"""A page's footnotes, as a word processor prints them at its bottom, read at their marks.

"Tener 30 años o menos3." over a page's last lines "3" / "Edad cumplida a 31 de diciembre de 2027." is
"Tener 30 años o menos (note: Edad cumplida a 31 de diciembre de 2027.)." — as a reader turns to the note.
A number counts as a mark only when the page's bottom holds the note it calls, and a note only when the
page's text above calls it.
"""

from __future__ import annotations

import re

from jpo.vacancy.extract.layout import note_at_mark

__all__ = ["inline_footnotes"]

_BOTTOM_LINES = 14  # the notes of a page stand in its last lines
# a mark: a note's number set after a word's last small letter or its bracket ("menos3.", "española4,")
# (or glued to the next word too, as a PDF's text may lose the space after a raised mark: "younger2and")
_MARK = re.compile(r"(?<=[a-zà-ÿ)\]])(?P<n>[1-9]\d?)(?=[\s.,;:)]|$|[a-zà-ÿ]{2})")
# a note: its number alone on a line, its text on the next ("3" / " Edad cumplida …"), or both on one line
_NOTE_NUMBER = re.compile(r"^\s*(?P<n>[1-9]\d?)\s*$")
_NOTE_LINE = re.compile(r"^\s*(?P<n>[1-9]\d?)\s+(?P<text>[A-ZÀ-Ý(«\"“].*)$")
# or its raised number glued to its text ("4This limit applies …"), as no heading or list's item is written
_NOTE_GLUED = re.compile(r"^\s*(?P<n>[1-9]\d?)(?P<text>[A-ZÀ-Ý][a-zà-ÿ'’]*\s.*)$")


def inline_footnotes(page: str) -> str:
    """The page with each note its text calls read at the mark, the note's own lines gone."""
    lines = page.split("\n")
    notes = _notes(lines)
    if not notes:
        return page
    body_end = min(first for first, _, _ in notes.values())
    body = "\n".join(lines[:body_end])
    called = {m.group("n") for m in _MARK.finditer(body)}
    notes = {n: note for n, note in notes.items() if n in called}
    if not notes:
        return page

    def read(m: re.Match[str]) -> str:
        if m.group("n") not in notes:
            return m.group(0)
        glued = m.end() < len(m.string) and m.string[m.end()].isalpha()
        return note_at_mark(notes[m.group("n")][2]) + (" " if glued else "")

    body = _MARK.sub(read, body)
    kept = [line for index, line in enumerate(lines) if index >= body_end and not _in_note(index, notes)]
    return "\n".join([body, *kept])


def _notes(lines: list[str]) -> dict[str, tuple[int, int, str]]:
    """Each note of the page's bottom by its number: its first and past-last line and its text."""
    notes: dict[str, tuple[int, int, str]] = {}
    start = max(1, len(lines) - _BOTTOM_LINES)
    index = start
    while index < len(lines):
        alone = _NOTE_NUMBER.match(lines[index])
        one_line = _NOTE_LINE.match(lines[index])
        glued = _NOTE_GLUED.match(lines[index])
        if alone and index + 1 < len(lines) and lines[index + 1].strip()[:1].isupper():
            number, text, end = alone.group("n"), lines[index + 1].strip(), index + 2
        elif glued:
            number, text, end = glued.group("n"), glued.group("text").strip(), index + 1
        elif one_line and notes:  # "4 Equivale a …": only after a note of the first kind, not a list's item
            number, text, end = one_line.group("n"), one_line.group("text").strip(), index + 1
        else:
            index += 1
            continue
        while end < len(lines) and lines[end][:1].islower():  # a note's text wrapped on
            text += " " + lines[end].strip()
            end += 1
        notes.setdefault(number, (index, end, text))
        index = end
    return notes


def _in_note(index: int, notes: dict[str, tuple[int, int, str]]) -> bool:
    return any(first <= index < end for first, end, _ in notes.values())
