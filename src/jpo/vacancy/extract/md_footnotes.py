"""Markdown footnotes read at their marks: "… (heure de Paris)[^2]." with "[^2]: Chaque candidat(e) peut
postuler à trois postes …" at the file's end is read "… (heure de Paris) (note: Chaque candidat(e) …).", as a
reader turns to the note. A note no mark calls stays where it is."""

from __future__ import annotations

import re

from jpo.vacancy.extract.layout import note_at_mark

__all__ = ["inline_markdown_footnotes"]

# "[^1]: text", its text going on over the indented lines under it
_DEFINITION = re.compile(
    r"^\[\^(?P<id>[^\]\s]{1,20})\]:[ \t]*(?P<text>.*(?:\n(?:    |\t).*)*)\n?", re.MULTILINE
)
_MARK = re.compile(r"\[\^(?P<id>[^\]\s]{1,20})\](?!:)")


def inline_markdown_footnotes(text: str) -> str:
    """The text with each called note's text at its marks, the note's definition gone."""
    if "[^" not in text:
        return text
    notes = {m.group("id"): " ".join(m.group("text").split()) for m in _DEFINITION.finditer(text)}
    called = {m.group("id") for m in _MARK.finditer(text)} & {i for i, note in notes.items() if note}
    if not called:
        return text
    body = _DEFINITION.sub(lambda m: "" if m.group("id") in called else m.group(0), text)
    return _MARK.sub(
        lambda m: note_at_mark(notes[m.group("id")]) if m.group("id") in called else m.group(0), body
    )
