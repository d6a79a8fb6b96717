"""A slide deck saved as text (PowerPoint's "Outline" or "Save as text"): slide titles at the margin, their
bullets indented by tabs, a slide's speaker notes after "Notes:", perhaps "Slide 3" markers. Rewritten as the
Markdown the rest of the reader knows: each title a heading, each tab level a list's level, the notes a
paragraph after the slide's bullets, the markers left out. A slide that carries on the one before it ("Vos
missions (2/2)" after "Vos missions (1/2)") adds its bullets to it, under no heading of its own.
"""

from __future__ import annotations

import re

__all__ = ["from_slide_outline"]

_MARKER = re.compile(r"^(?:slide|diapositiva|diapositive|folie|dia)\s+\d{1,3}\s*$", re.IGNORECASE)
_NOTES = re.compile(
    r"^(?:speaker\s+)?(?:notes?|notas?|remarques?|commentaires?)\s*:\s*(?P<text>.*)$", re.IGNORECASE
)
# A bullet that is a fact's row: "Grade : P-2", "Lieu d'affectation :" over its own bullets
_ROW = re.compile(r"^(?P<label>(?:[^:.;!?]|\.(?=\S))(?:[^:;!?]|\.(?=\S)){0,39}?)\s*:(?:\s+\S.*)?$")
_LABEL_WORDS = 5
_PART = re.compile(r"\s*\((?P<part>\d{1,2})\s*/\s*\d{1,2}\)\s*$")  # "(2/2)"
_TABBED_SHARE = 0.4  # of a deck's lines indented by a tab
_MARKERS = 3
_TITLE_WORDS = 14  # a title at the margin is short; a longer line there is a note's text


def is_slide_outline(text: str) -> bool:
    """Whether a text is a deck's outline: three slide markers or more; or, with no markers, speaker notes and
    lines mostly indented by tabs, every line at the margin a title over its slide's bullets or a note (a
    notice with tabbed bullets has paragraphs at the margin)."""
    if "\t" not in text:
        return False
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if sum(1 for line in filled if _MARKER.match(line.strip())) >= _MARKERS:
        return True
    if not any(_NOTES.match(line) for line in filled) or sum(line.startswith("\t") for line in filled) < (
        _TABBED_SHARE * len(filled)
    ):
        return False
    in_notes = False
    titles = 0
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        if not line.strip() or line.startswith("\t"):
            in_notes = False  # a blank line or a bullet ends the notes
            continue
        if (notes := _NOTES.match(line)) is not None:
            in_notes = not notes["text"].strip()  # "Notes:" alone: its text on the lines below
        elif following.startswith("\t"):
            titles += 1
        elif not in_notes:
            return False  # a paragraph's line at the margin
    return titles >= _MARKERS


def from_slide_outline(text: str) -> str:
    """The text as a notice, when it is a deck's outline; else as it is."""
    if not is_slide_outline(text):
        return text
    out: list[str] = []
    in_notes = False
    previous_title = ""
    rows_at: set[int] = set()  # the tab levels whose last bullet was a fact's row
    lines = text.split("\n")
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        stripped = line.strip()
        if not stripped or _MARKER.match(stripped):
            in_notes = False
            continue
        notes = _NOTES.match(line)
        if notes is not None:
            in_notes = not notes["text"].strip()
            out.extend(["", notes["text"].strip()] if notes["text"].strip() else [""])
            continue
        if line.startswith("\t"):
            in_notes = False
            depth = len(line) - len(line.lstrip("\t"))
            rows_at = {level for level in rows_at if level < depth}
            row = _ROW.match(stripped)
            # a fact's row, read as a form's "Label: value", at the slide's first level or under another row
            # ("Lieu d'affectation :" / "Ville : Garoua"), not an item of a list ("Langues" / "Français : …")
            labelled = row is not None and len(row["label"].split()) <= _LABEL_WORDS
            if labelled and (depth == 1 or depth - 1 in rows_at):
                out.append(stripped)
                rows_at.add(depth)
            else:
                out.append("  " * (depth - 1) + "- " + stripped)
            continue
        if (in_notes and not following.startswith("\t")) or len(stripped.split()) > _TITLE_WORDS:
            out.append(stripped)  # a note's further lines
            continue
        title = _PART.sub("", stripped)
        part = _PART.search(stripped)
        if part is not None and part["part"] != "1" and title == previous_title:
            out.append("")  # the slide carries on the one before: its bullets go on under the same heading
            continue
        previous_title = title
        out.extend(["", f"## {title}", ""])
    return "\n".join(out).strip("\n") + "\n"
