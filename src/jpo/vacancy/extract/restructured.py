"""A notice written in reStructuredText (a documentation team's page, a Sphinx-built site) rewritten as the
Markdown the rest of the reader knows: underlined section titles as ``#`` headings (levels in the order their
adornments first appear), field lists (``:Grade: P-2``) as ``Grade: P-2`` rows, auto-numbered items (``#.``)
numbered, an admonition's body kept under its title, other directives, comments and targets left out,
substitutions replaced and inline literals, roles and links read as their text.

The notation is described at https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html; only its
layout is read here.
"""

from __future__ import annotations

import re

from jpo.vacancy.extract.numbering import ListNumbers

__all__ = ["from_restructured"]

_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+_.:])\1{2,}\s*$")
_FIELD = re.compile(r"^:(?P<name>[^:\s`][^:`]{0,60}?):(?:\s+(?P<value>.*))?$")
_DIRECTIVE = re.compile(r"^(?P<indent>\s*)\.\.\s+(?:\|[^|]+\|\s+)?(?P<name>[\w-]+)::\s*(?P<argument>.*)$")
_SUBSTITUTION = re.compile(r"^\.\.\s+\|(?P<name>[^|]+)\|\s+replace::\s*(?P<text>.*)$")
_EXPLICIT = re.compile(r"^(?P<indent>\s*)\.\.(?:\s|$)")  # a comment or a target: ".. _anchor:", ".. text"
_AUTO_NUMBER = re.compile(r"^(?P<indent>\s*)#\.\s+")
_ADMONITIONS = frozenset(
    {"note", "important", "warning", "tip", "attention", "caution", "danger", "hint", "error", "admonition"}
)
_INLINE = (
    (re.compile(r"``([^`]+)``"), r"\1"),  # a literal
    (re.compile(r":[\w-]+:`([^`<]+?)(?:\s*<[^>]*>)?`"), r"\1"),  # a role: :doc:`text <target>`
    (re.compile(r"`([^`<]+?)\s*<[^>]*>`__?"), r"\1"),  # a link: `text <https://…>`_
    (re.compile(r"`([^`]+)`__?"), r"\1"),  # a reference: `text`_
)
_SIGNS = (
    re.compile(r"^\.\.\s+[\w-]+::", re.MULTILINE),  # a directive
    re.compile(r"^:[^:\s`][^:`]{0,60}:\s+\S(?:.*\n:[^:\s`][^:`]{0,60}:\s+\S){2}", re.MULTILINE),  # fields
    re.compile(r"^\s*#\.\s+\S", re.MULTILINE),  # an auto-numbered item
    re.compile(r"^\.\.\s+_[^:\n]+:\s*$", re.MULTILINE),  # a target
)


def is_restructured(text: str) -> bool:
    """Whether a text is written in reStructuredText: two of its signs (directives, a field list of three
    rows, auto-numbered items, targets)."""
    if ".. " not in text and "#." not in text:
        return False  # neither a directive, a target nor an auto-number: the common case, cheaply
    return sum(1 for sign in _SIGNS if sign.search(text)) >= 2


def from_restructured(text: str) -> str:
    """The text as Markdown, when it is written in reStructuredText; else as it is."""
    if not is_restructured(text):
        return text
    lines = text.split("\n")
    substitutions = {m["name"]: m["text"].strip() for line in lines if (m := _SUBSTITUTION.match(line))}
    out: list[str] = []
    levels: list[tuple[str, bool]] = []  # each title adornment (character, overlined) in order of use
    number = ListNumbers()  # the running number of the auto-numbered list at each indent
    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        title = _title(lines, index)
        if title is not None:
            text_line, style, used = title
            if style not in levels:
                levels.append(style)
            level = min(levels.index(style) + 1, 6)
            out.append("#" * level + " " + _inline(text_line.strip(), substitutions))
            index += used
            number.reset()
            continue
        if (directive := _DIRECTIVE.match(line)) is not None or _EXPLICIT.match(line):
            body_end = _block_end(lines, index)
            if directive is not None and directive["name"] in _ADMONITIONS:
                heading = directive["argument"].strip() or directive["name"].capitalize()
                out.append(f"#### {_inline(heading, substitutions)}")
                out.extend(_inline(body, substitutions) for body in _dedented(lines[index + 1 : body_end]))
            index = body_end
            continue
        out.append(_line(line, substitutions, number))
        index += 1
    return "\n".join(out)


def _title(lines: list[str], index: int) -> tuple[str, tuple[str, bool], int] | None:
    """A section title at `lines[index]`: its text, its adornment and how many lines it takes."""
    line = lines[index].rstrip()
    following = lines[index + 1].rstrip() if index + 1 < len(lines) else ""
    over = _ADORNMENT.match(line)
    if over is not None and index + 2 < len(lines):
        under = _ADORNMENT.match(lines[index + 2].rstrip())
        middle = lines[index + 1].strip()
        if under is not None and under.group(1) == over.group(1) and middle and not _ADORNMENT.match(middle):
            return middle, (over.group(1), True), 3
    under = _ADORNMENT.match(following)
    if (
        under is not None
        and line.strip()
        and not line.startswith((" ", "\t"))
        and _ADORNMENT.match(line) is None
        and len(following) >= len(line.strip())
    ):
        return line, (under.group(1), False), 2
    return None


def _block_end(lines: list[str], index: int) -> int:
    """Past the last line of the explicit block that starts at `lines[index]`: its indented body."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    end = index + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
    while end > index + 1 and not lines[end - 1].strip():
        end -= 1  # the blank lines after the body are the text's
    return end


def _dedented(body: list[str]) -> list[str]:
    """An admonition's body without its options (":class: …") and its common indent."""
    kept = [line for line in body if not _FIELD.match(line.strip()) or not line.strip().endswith(":")]
    indents = [len(line) - len(line.lstrip()) for line in kept if line.strip()]
    cut = min(indents, default=0)
    return [line[cut:].rstrip() for line in kept]


def _line(line: str, substitutions: dict[str, str], number: ListNumbers) -> str:
    if (field := _FIELD.match(line)) is not None:
        return _inline(f"{field['name']}: {field['value'] or ''}".rstrip(), substitutions)
    if (item := _AUTO_NUMBER.match(line)) is not None:
        indent = len(item["indent"])
        line = f"{item['indent']}{number.next(indent)}. {line[item.end() :]}"
    elif line.strip() and not line.startswith((" ", "\t")):
        number.reset()  # a paragraph at the margin ends the numbered list
    return _inline(line, substitutions)


def _inline(text: str, substitutions: dict[str, str]) -> str:
    for name, replacement in substitutions.items():
        text = text.replace(f"|{name}|", replacement)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text
