"""A form's check boxes read as a person reads them: only the ticked options hold.

"Grade: ☐ P-1    ☒ P-2" is "Grade: P-2"; a table of languages ticked under "Required" and "Desirable" is
"English: Required"; a table of competencies with a box in each cell is the list of the ticked ones. A line
or a table with no empty box beside a ticked one is left as it is (a ticked box alone is a bullet).
"""

from __future__ import annotations

import re

TICKED = "☒☑"
EMPTY = "☐"
_BOX = re.compile(rf"[{TICKED}{EMPTY}]")
_OPTION = re.compile(rf"(?P<box>[{TICKED}{EMPTY}])\s*(?P<text>[^{TICKED}{EMPTY}]*)")


def ticked_only(line: str) -> str:
    """The line with its unticked options left out and the boxes of the ticked ones taken away."""
    if not (any(box in line for box in TICKED) and EMPTY in line) or line.lstrip().startswith("|"):
        return line  # (a table's row keeps its boxes under its columns' headers)
    first = _BOX.search(line)
    assert first is not None  # the line holds a box
    label = line[: first.start()].rstrip()
    kept = [
        m.group("text").strip().rstrip(":").strip()
        for m in _OPTION.finditer(line, first.start())
        if m.group("box") in TICKED
    ]
    kept = [text for text in kept if text]
    if not kept:
        return label
    return f"{label} {', '.join(kept)}" if label else ", ".join(kept)


def is_box(text: str) -> bool:
    """Whether a cell holds only a box."""
    return len(text.strip()) == 1 and _BOX.fullmatch(text.strip()) is not None


def ticked(text: str) -> bool:
    return text.lstrip()[:1] in TICKED


def boxed(text: str) -> bool:
    return _BOX.match(text.lstrip()) is not None


def without_box(text: str) -> str:
    return _BOX.sub("", text, count=1).strip().rstrip(":").strip()
