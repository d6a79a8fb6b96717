"""A page in Confluence's or Jira's wiki markup (as a team wiki exports or a colleague pastes it) rewritten
as the Markdown the rest of the reader knows: ``h2.`` headings, ``#`` numbered and ``*`` bulleted lists,
``||header||`` table rows, ``{panel:title=…}`` and other macros, ``*bold*``, ``[text|link]`` links.

Atlassian documents the notation at
https://confluence.atlassian.com/doc/confluence-wiki-markup-251003035.html; only its layout is read here.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^h([1-6])\.\s+(.*)$")
_LIST = re.compile(r"^([*#-]*[*#])\s+(.*)$")
_MACRO = re.compile(
    r"^\{(?P<name>panel|info|note|warning|tip|expand|section|column|excerpt|quote|code|noformat|toc|children)"
    r"(?::(?P<params>[^}]*))?\}(?P<rest>.*)$"
)
_TITLE = re.compile(r"(?:^|\|)title=(?P<title>[^|]+)")
_HEADER_ROW = re.compile(r"^\|\|(.*)\|\|\s*$")
_INLINE = (
    (re.compile(r"\{status:[^}]*?title=([^|}]*)[^}]*\}(?:\{status\})?"), r"\1"),
    (re.compile(r"\{(?:color|anchor|status)(?::[^}]*)?\}"), ""),
    (re.compile(r"\{\{(.+?)\}\}"), r"\1"),
    (re.compile(r"\[([^\]|\[]+)\|[^\]\[]+\]"), r"\1"),  # [text|link]: the text
    (re.compile(r"\[#?([^\]|\[]+)\]"), r"\1"),  # [link] or [#anchor]
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])"), r"**\1**"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])"), r"\1"),  # _italics_
)
_SIGNS = (
    re.compile(r"^h[1-6]\.\s", re.MULTILINE),
    re.compile(r"^\{(?:panel|info|note|warning|tip|expand|toc)\b", re.MULTILINE),
    re.compile(r"^\|\|.+\|\|\s*$", re.MULTILINE),
)


def is_wiki_markup(text: str) -> bool:
    """Whether a text is written in wiki markup: two of its signs (headings, macros, header rows)."""
    if "{" not in text and "||" not in text:
        return False  # without a macro or a header row, two signs cannot be: the common case, cheaply
    return sum(1 for sign in _SIGNS if sign.search(text)) >= 2


def from_wiki_markup(text: str) -> str:
    """The text as Markdown, when it is written in wiki markup; else as it is."""
    if not is_wiki_markup(text):
        return text
    out: list[str] = []
    numbers: list[int] = []  # the running number of each level of a numbered list
    for line in text.split("\n"):
        converted, numbers = _line(line.rstrip(), numbers)
        out.append(converted)
    return "\n".join(out)


def _line(line: str, numbers: list[int]) -> tuple[str, list[int]]:
    if (macro := _MACRO.match(line)) is not None:
        title = _TITLE.search(macro["params"] or "")
        named = f"#### {title['title'].strip()}" if title and macro["name"] != "toc" else ""
        return "\n".join(part for part in (named, _inline(macro["rest"])) if part), []
    if (heading := _HEADING.match(line)) is not None:
        return f"{'#' * int(heading[1])} {_inline(heading[2])}", []
    if (header := _HEADER_ROW.match(line)) is not None:
        cells = [cell.strip() for cell in header[1].split("||")]
        return "| " + " | ".join(cells) + " |\n|" + "---|" * len(cells), numbers
    if (item := _LIST.match(line)) is not None:
        depth = len(item[1])
        indent = "   " * (depth - 1)
        if item[1][-1] != "#":
            return f"{indent}- {_inline(item[2])}", numbers[: depth - 1]
        numbers = [*numbers[:depth], *([0] * max(0, depth - len(numbers)))][:depth]
        numbers[-1] += 1
        return f"{indent}{numbers[-1]}. {_inline(item[2])}", numbers
    return _inline(line), numbers if line.startswith((" ", "|")) else []


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text
