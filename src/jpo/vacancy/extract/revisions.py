"""Tracked changes left in a text export, read as if accepted: deleted text and reviewers' comments
out, inserted text in.

Covers the markups such exports use: wdiff's ``[-deleted-]`` / ``{+inserted+}`` (here also
``[+inserted+]``, each optionally tagged with its reviewer, ``[-old-]{AB}``), CriticMarkup's
``{--deleted--}``, ``{++inserted++}``, ``{~~old~>new~~}`` and ``{>>comment<<}``, Markdown's
``~~struck~~``, and margin notes written ``[[Comment …]]``. A line left empty by a deletion goes too,
so a deleted list item leaves no gap in its list.
"""

from __future__ import annotations

import re

_TAG = r"(?:\{[^{}\s]{1,24}\})?"  # the reviewer's initials after a change: "[-two-]{TN}"
_CHANGE = re.compile(
    rf"\[-(?P<deleted>.*?)-\]{_TAG}"
    rf"|\[\+(?P<inserted>.*?)\+\]{_TAG}|\{{\+(?P<inserted2>[^+].*?)\+\}}{_TAG}"
    r"|\{--.*?--\}|\{\+\+(?P<inserted3>.*?)\+\+\}|\{~~.*?~>(?P<inserted4>.*?)~~\}|\{>>.*?<<\}"
    r"|(?<!~)~~(?!~)[^~\n]+?~~(?!~)"
    r"|\[\[(?:Comment|Commentaire|Comentario|Note)\b.*?\]\]",
)
_MARKS = ("[-", "[+", "{+", "{--", "{~~", "{>>", "~~", "[[")


def accept_changes(text: str) -> str:
    """`text` with every tracked change accepted and every margin note removed."""
    if not any(mark in text for mark in _MARKS):
        return text  # the common case, cheaply
    kept: list[str] = []
    for line in text.split("\n"):
        accepted = _CHANGE.sub(_accepted, line)
        if accepted.strip() or not line.strip() or "\f" in line:
            kept.append(accepted.rstrip() if accepted != line else line)
    return "\n".join(kept)


def _accepted(m: re.Match[str]) -> str:
    return m["inserted"] or m["inserted2"] or m["inserted3"] or m["inserted4"] or ""
