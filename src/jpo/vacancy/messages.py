"""A channel's export (a Telegram channel copied as text) holds many messages: other offers, readers'
questions, reminders. The notice is the run of messages that posts it ("(1/3)", "(2/3)", "(continuación)"),
and only its lines are the ToR."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from jpo.vacancy.lines import Line

# A message's header on a line of its own: "Becas y Empleo Internacional 🌎 | ONU, [10.02.27 09:12]"
_HEADER = re.compile(r"^.{1,100},\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\]$")
# A message that goes on with the one before it: "(2/3)", "(continuación)", "(suite)", "Part 2"
_CONTINUES = re.compile(
    r"^\(?\s*(?:[2-9]\s*/\s*[2-9]|continu\w*|suite|cont\.|part\s+[2-9]|partie\s+[2-9]|parte\s+[2-9])\b",
    re.IGNORECASE,
)
# The line that ends a message by announcing the next: "(continúa 👇)", "suite dans le message suivant"
_ANNOUNCES = re.compile(r"^\(?\s*(?:contin\w*|suite|sigue|to\s+be\s+continued|more\s+below)\b", re.IGNORECASE)
_MARKER_WORDS = 6
_PROGRAMME = re.compile(
    r"\b(?:JPO|JEA|APO|junior\s+professional|associate\s+expert|experto?a?s?\s+asociad|jeunes?\s+experts?)",
    re.IGNORECASE,
)
_MIN_MESSAGES = 3


def _apart(lines: list[Line]) -> list[Line]:
    """The lines with the first one standing apart, as after a blank line: a message starts anew."""
    if not lines:
        return lines
    return [replace(lines[0], blank_before=True, blanks_before=max(1, lines[0].blanks_before)), *lines[1:]]


def _messages(lines: list[Line], headers: list[int]) -> list[list[Line]]:
    """Each message's lines, its header left out."""
    bounds = [*headers, len(lines)]
    return [_apart(lines[a + 1 : b]) for a, b in pairwise(bounds) if b > a + 1]


def _marker(line: Line, pattern: re.Pattern[str]) -> bool:
    return pattern.match(line.text) is not None and len(line.text.split()) <= _MARKER_WORDS


def notice_lines(lines: list[Line]) -> list[Line]:
    """The lines of the messages that post the notice, when the text is a channel's export of several
    messages (one of which names the programme); else every line."""
    headers = [index for index, line in enumerate(lines) if _HEADER.match(line.text)]
    if len(headers) < _MIN_MESSAGES:
        return lines
    runs: list[list[Line]] = []
    for message in _messages(lines, headers):
        if runs and _CONTINUES.match(message[0].text):
            if _marker(runs[-1][-1], _ANNOUNCES):
                runs[-1].pop()  # "(continúa 👇)"
            rest = message[1:] if _marker(message[0], _CONTINUES) else message  # "(2/3)" alone on its line
            runs[-1].extend(_apart(rest))
        else:
            runs.append(list(message))
    naming = [run for run in runs if any(_PROGRAMME.search(line.text) for line in run)]
    if not naming:
        return lines
    return max(naming, key=len)
