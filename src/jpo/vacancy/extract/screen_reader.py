"""A page as a screen reader speaks it (a careers site's "text-only version", a transcript an applicant
saved): "[Heading level 2] What you will do", "list of 6 items" … "list end", "bullet …", "table with 2
columns and 9 rows", "row 3: Grade | P-2", "link: Apply now", "graphic: UN emblem", "main landmark". Rewritten
as the Markdown the rest of the reader knows: headings, "- " items, "Label: value" rows; the announcements of
lists, tables, landmarks, links, buttons, fields and pictures left out (they are the page's furniture).
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\[heading level ([1-6])\]\s*(.*)$", re.IGNORECASE)
_ITEM = re.compile(r"^(?:bullet|•)\s+(.*)$", re.IGNORECASE)
_ROW = re.compile(r"^row \d{1,3}:\s*(.*)$", re.IGNORECASE)
_ANNOUNCED = re.compile(
    r"^(?:list of \d+ items?|list end|table with \d+ columns? and \d+ rows?|table end"
    r"|(?:\w+\s+)?landmark(?:,.*| end)?|(?:link|link graphic|graphic|button|edit text|check box|combo box"
    r"|visited link|same page link)\s*:.*)$",
    re.IGNORECASE,
)
_ANNOUNCES_A_BLOCK = re.compile(
    r"^(?:list of \d+ items?|table with \d+ columns?)", re.IGNORECASE | re.MULTILINE
)
_SIGNS = 2  # headings announced as such that make a text a screen reader's transcript


def is_screen_reader_text(text: str) -> bool:
    """Whether a text is a screen reader's transcript: headings announced with their level, and a list's or
    a table's announcement."""
    if "[Heading level" not in text and "[heading level" not in text:
        return False
    headings = sum(1 for line in text.split("\n") if _HEADING.match(line.strip()))
    return headings >= _SIGNS and _ANNOUNCES_A_BLOCK.search(text) is not None


def from_screen_reader(text: str) -> str:
    """The text as Markdown, when it is a screen reader's transcript; else as it is."""
    if not is_screen_reader_text(text):
        return text
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        page = "\f" if raw.startswith("\f") else ""  # a page break stays where it was
        if (heading := _HEADING.match(line)) is not None:
            out += [page, f"{'#' * int(heading.group(1))} {heading.group(2).strip()}"]
        elif (item := _ITEM.match(line)) is not None:
            out.append(f"{page}- {item.group(1)}")
        elif (row := _ROW.match(line)) is not None:
            cells = [cell.strip() for cell in row.group(1).split(" | ")]
            out.append(page + (f"{cells[0]}: {cells[1]}" if len(cells) == 2 else " | ".join(cells)))
        elif line.casefold() in ("list end", "table end"):
            out.append(page)  # the text after a list or a table is no part of its last item
        elif not _ANNOUNCED.match(line):
            out.append(raw.rstrip())
        elif page:
            out.append(page)
    return "\n".join(out)
