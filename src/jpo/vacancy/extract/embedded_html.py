"""HTML blocks written inside Markdown (a wiki's facts `<table>`, a `<details>` section), read as the page
shows them; the Markdown around them, and inside a disclosure, is left as it is."""

from __future__ import annotations

import re

__all__ = ["from_embedded_html"]

# a table opened at a line's start and closed at a later line's start, as Markdown lets HTML blocks stand
_TABLE = re.compile(
    r"^[ \t]*<(?P<tag>table|dl)\b[^\n]*\n.*?^[ \t]*</(?P=tag)>[ \t]*$",
    re.IGNORECASE | re.DOTALL | re.MULTILINE,
)
# a disclosure's own lines, whose content stays Markdown: its question heads it
_SUMMARY = re.compile(
    r"^[ \t]*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(?P<title>.*?)</summary>[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DETAILS = re.compile(r"^[ \t]*</?details\b[^>]*>[ \t]*$", re.IGNORECASE | re.MULTILINE)
_TAGS = re.compile(r"<[^>]+>")


def from_embedded_html(text: str) -> str:
    """The text with each HTML table replaced by its lines and each disclosure by its heading."""
    lowered = text.lower()
    if "<details" in lowered:
        text = _SUMMARY.sub(lambda m: "#### " + _TAGS.sub("", m.group("title")).strip(), text)
        text = _DETAILS.sub("", text)
    if "<table" not in lowered and "<dl" not in lowered:
        return text
    from jpo.vacancy.extract.html import fragment_lines  # lxml, only for a document that needs it

    def shown(m: re.Match[str]) -> str:
        lines = fragment_lines(m.group(0))
        return "\n".join(lines).strip("\n") if lines else m.group(0)

    return _TABLE.sub(shown, text)
